// Shared by the browser test files: starting and stopping the portal on a free port with a
// fresh temporary SQLite database, launching Debian's Chromium through playwright-core, fresh
// browser contexts, and the axe-core check.
//
// Not a test file itself: `node --test tests/` only runs files named *.test.js.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve('axe-core/axe.min.js');
const HERE = path.dirname(fileURLToPath(import.meta.url));
export const SHOTS = path.resolve(HERE, '..', 'screenshots');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const READY_TIMEOUT_MS = 60_000;
export const STOP_TIMEOUT_MS = 15_000;
export const DESKTOP = { width: 1280, height: 900 };
export const NARROW = { width: 320, height: 800 };

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** The opengov binary named by OPENGOV_BIN; fails the run when it is missing. */
export function opengovBin() {
  const bin = process.env.OPENGOV_BIN;
  assert.ok(bin, 'OPENGOV_BIN must name the opengov binary (e.g. ../target/debug/opengov)');
  try {
    fs.accessSync(bin, fs.constants.R_OK | fs.constants.X_OK);
  } catch (e) {
    assert.fail(`OPENGOV_BIN=${bin} is missing or not readable/executable: ${e.message}`);
  }
  assert.ok(fs.statSync(bin).isFile(), `OPENGOV_BIN=${bin} is not a file`);
  return bin;
}

/**
 * The caller's environment without any OPENGOV_* variable: the portal reads every OPENGOV_*
 * variable as configuration and refuses unknown ones (OPENGOV_BIN, OPENGOV_TEST_PG_URL), so
 * it is handed only its own.
 */
export function cleanEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('OPENGOV_')));
}

/**
 * Starts `opengov serve` on a free port of 127.0.0.1 with a fresh SQLite database in a new
 * temporary directory (the portal loads its demo data into an empty database) and waits for
 * /readyz. `env` adds OPENGOV_* settings (only keys the portal knows); `port` is a port chosen
 * beforehand (for settings that name it, such as OPENGOV_PUBLIC_URL), a free one otherwise.
 *
 * Returns { baseURL, port, tmpDir, databaseURL, bin, log(), run(args, opts), stop() }.
 */
export async function startServer({ env: extraEnv = {}, port: wantedPort, prefix = 'opengov-e2e-' } = {}) {
  const bin = opengovBin();
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const port = wantedPort ?? (await freePort());
  const baseURL = `http://127.0.0.1:${port}`;
  const databaseURL = `sqlite://${path.join(tmpDir, 'e2e.db')}`;
  let serverLog = '';
  const logTail = () => serverLog.split('\n').slice(-30).join('\n');

  const server = spawn(bin, ['serve', '--bind', `127.0.0.1:${port}`], {
    env: {
      ...cleanEnv(),
      OPENGOV_DATABASE_URL: databaseURL,
      ...extraEnv,
      NO_COLOR: '1',
    },
    cwd: tmpDir, // so that no ./opengov.toml of the caller is picked up
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const serverExit = new Promise((resolve) => server.once('exit', (code, signal) => resolve({ code, signal })));
  const keep = (chunk) => {
    serverLog += chunk.toString();
    if (serverLog.length > 200_000) serverLog = serverLog.slice(-100_000);
  };
  server.stdout.on('data', keep);
  server.stderr.on('data', keep);
  await new Promise((resolve, reject) => {
    server.once('spawn', resolve);
    server.once('error', reject);
  });

  const handle = {
    baseURL,
    port,
    tmpDir,
    databaseURL,
    bin,
    log: logTail,
    /**
     * Runs another opengov command against the same database (e.g. create-admin), with
     * `input` on stdin. Resolves to { code, stdout, stderr }.
     */
    run(args, { input = '', env = {}, timeoutMs = 60_000 } = {}) {
      return new Promise((resolve, reject) => {
        const child = spawn(bin, args, {
          env: { ...cleanEnv(), OPENGOV_DATABASE_URL: databaseURL, ...env, NO_COLOR: '1' },
          cwd: tmpDir,
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (c) => (stdout += c));
        child.stderr.on('data', (c) => (stderr += c));
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`opengov ${args.join(' ')} did not finish within ${timeoutMs / 1000} s:\n${stderr}`));
        }, timeoutMs);
        child.once('error', (e) => {
          clearTimeout(timer);
          reject(e);
        });
        child.once('exit', (code, signal) => {
          clearTimeout(timer);
          resolve({ code: code ?? signal, stdout, stderr });
        });
        child.stdin.end(input);
      });
    },
    /** SIGTERM, then SIGKILL after STOP_TIMEOUT_MS (which fails); removes the temporary directory. */
    async stop() {
      try {
        if (server.exitCode === null && server.signalCode === null) {
          server.kill('SIGTERM');
          const stopped = await Promise.race([serverExit, sleep(STOP_TIMEOUT_MS).then(() => null)]);
          if (stopped === null) {
            server.kill('SIGKILL');
            await serverExit;
            assert.fail(`opengov did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM:\n${logTail()}`);
          }
        }
      } finally {
        fs.rmSync(tmpDir, { recursive: true, force: true });
      }
    },
  };

  try {
    await waitReady(server, `${baseURL}/readyz`, Date.now() + READY_TIMEOUT_MS, logTail);
  } catch (e) {
    await handle.stop().catch(() => {});
    throw e;
  }
  return handle;
}

async function waitReady(server, url, deadline, logTail) {
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`opengov exited (${server.exitCode ?? server.signalCode}) before it was ready:\n${logTail()}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return;
      last = `status ${res.status}`;
    } catch (e) {
      last = e.message;
    }
    await sleep(250);
  }
  throw new Error(`opengov was not ready within ${READY_TIMEOUT_MS / 1000} s (${last}):\n${logTail()}`);
}

/** Debian's Chromium, headless, with the arguments that let it run as root in a container. */
export function launchBrowser() {
  fs.mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** Runs fn with a fresh page of a fresh browser context, closing the context afterwards. */
export async function withPage(browser, baseURL, contextOptions, fn) {
  const context = await browser.newContext({ baseURL, ...contextOptions });
  try {
    const page = await context.newPage();
    return await fn(page, context);
  } finally {
    await context.close();
  }
}

/**
 * Runs axe-core on the page (its context must have been made with bypassCSP: the portal's CSP
 * forbids injected scripts) and fails on any violation of impact serious or critical.
 */
export async function assertNoSeriousAxeViolations(page, label) {
  await page.addScriptTag({ path: AXE_PATH });
  const results = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad
    .map((v) => {
      const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
      return `  - ${v.id} [${v.impact}] ${v.help} (${v.nodes.length} node(s)): ${targets}`;
    })
    .join('\n');
  assert.equal(bad.length, 0, `${label}: axe found serious/critical violations:\n${report}`);
}
