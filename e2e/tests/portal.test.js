// Browser tests of the portal as a person sees it: Debian's Chromium driven by playwright-core,
// accessibility checked with axe-core.
//
// Run from e2e/:  OPENGOV_BIN=/path/to/opengov node --test --test-concurrency=1 tests/
//
// The server is started here, on a free port, with a fresh temporary SQLite database (the
// portal loads its demo data into an empty database). A missing OPENGOV_BIN fails the run.
import { before, after, describe, test } from 'node:test';
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
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const HERE = path.dirname(fileURLToPath(import.meta.url));
const SHOTS = path.resolve(HERE, '..', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;
const DESKTOP = { width: 1280, height: 900 };
const NARROW = { width: 320, height: 800 };

const LANGS = [
  { lang: 'ar', dir: 'rtl', other: 'fr' },
  { lang: 'fr', dir: 'ltr', other: 'ar' },
];
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'plan', path: '/plans/3' },
  { name: 'commitment', path: '/commitments/MO0054' },
];

let server; // child process
let serverLog = '';
let serverExit; // promise of the child's exit
let tmpDir;
let baseURL;
let browser;

function freePort() {
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

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function logTail() {
  return serverLog.split('\n').slice(-30).join('\n');
}

async function waitReady(url, deadline) {
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

before(async () => {
  const bin = process.env.OPENGOV_BIN;
  assert.ok(bin, 'OPENGOV_BIN must name the opengov binary (e.g. ../target/debug/opengov)');
  try {
    fs.accessSync(bin, fs.constants.R_OK | fs.constants.X_OK);
  } catch (e) {
    assert.fail(`OPENGOV_BIN=${bin} is missing or not readable/executable: ${e.message}`);
  }
  assert.ok(fs.statSync(bin).isFile(), `OPENGOV_BIN=${bin} is not a file`);

  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'opengov-e2e-'));
  const port = await freePort();
  baseURL = `http://127.0.0.1:${port}`;
  // The portal reads every OPENGOV_* variable as configuration and refuses unknown ones
  // (OPENGOV_BIN, OPENGOV_TEST_PG_URL): hand it only its own.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('OPENGOV_')));
  server = spawn(bin, ['serve', '--bind', `127.0.0.1:${port}`], {
    env: {
      ...env,
      OPENGOV_DATABASE_URL: `sqlite://${path.join(tmpDir, 'e2e.db')}`,
      NO_COLOR: '1',
    },
    cwd: tmpDir, // so that no ./opengov.toml of the caller is picked up
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  serverExit = new Promise((resolve) => server.once('exit', (code, signal) => resolve({ code, signal })));
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

  await waitReady(`${baseURL}/readyz`, Date.now() + READY_TIMEOUT_MS);

  fs.mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
});

after(async () => {
  if (browser) await browser.close().catch(() => {});
  if (server && server.exitCode === null && server.signalCode === null) {
    server.kill('SIGTERM');
    const stopped = await Promise.race([serverExit, sleep(STOP_TIMEOUT_MS).then(() => null)]);
    if (stopped === null) {
      server.kill('SIGKILL');
      await serverExit;
      assert.fail(`opengov did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM:\n${logTail()}`);
    }
  }
  if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
});

/** Runs fn with a fresh page of a fresh browser context, closing the context afterwards. */
async function withPage(contextOptions, fn) {
  const context = await browser.newContext({ baseURL, ...contextOptions });
  try {
    const page = await context.newPage();
    return await fn(page);
  } finally {
    await context.close();
  }
}

describe('pages in Arabic and French', () => {
  for (const { lang, dir, other } of LANGS) {
    for (const p of PAGES) {
      const url = `/${lang}${p.path}`;
      test(`${url}: language, direction, heading, language switcher`, async () => {
        await withPage({ viewport: DESKTOP }, async (page) => {
          const res = await page.goto(url);
          assert.ok(res, `no response for ${url}`);
          assert.equal(res.status(), 200, `${url} answered ${res.status()}`);

          assert.equal(await page.getAttribute('html', 'lang'), lang, `${url}: <html lang>`);
          assert.equal(await page.getAttribute('html', 'dir'), dir, `${url}: <html dir>`);

          const h1 = page.locator('h1').first();
          assert.ok(await h1.isVisible(), `${url}: the h1 is not visible`);
          const h1Text = (await h1.innerText()).trim();
          assert.ok(h1Text.length > 0, `${url}: the h1 is empty`);

          const switcher = page.locator(`a[hreflang="${other}"]`);
          assert.ok((await switcher.count()) >= 1, `${url}: no link with hreflang="${other}"`);
          assert.equal(
            await switcher.first().getAttribute('href'),
            `/${other}${p.path}`,
            `${url}: the ${other} link of the language switcher does not lead to the same page`,
          );
          assert.ok(await switcher.first().isVisible(), `${url}: the ${other} language link is not visible`);

          await page.screenshot({ path: path.join(SHOTS, `${lang}-${p.name}.png`), fullPage: true });
        });
      });
    }

    for (const narrow of [...PAGES, { name: 'commitments', path: '/commitments' }]) test(`/${lang}${narrow.path} at 320 px wide: no horizontal scrolling`, async () => {
      await withPage({ viewport: NARROW }, async (page) => {
        const res = await page.goto(`/${lang}${narrow.path}`);
        assert.equal(res.status(), 200);
        await page.screenshot({ path: path.join(SHOTS, `${lang}-${narrow.name}-320.png`), fullPage: true });
        const { scrollWidth, wide } = await page.evaluate(() => {
          const vw = document.documentElement.clientWidth;
          const wide = [...document.querySelectorAll('body *')]
            .filter((el) => {
              const r = el.getBoundingClientRect();
              return r.width > 0 && (r.right > vw + 1 || r.left < -1);
            })
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).replace(/\s+/g, '.') : ''}`);
          return { scrollWidth: document.documentElement.scrollWidth, wide };
        });
        assert.ok(
          scrollWidth <= NARROW.width + 1,
          `/${lang}${narrow.path} scrolls horizontally at 320 px: scrollWidth=${scrollWidth}; elements past the edge: ${wide.join(', ')}`,
        );
      });
    });
  }
});

describe('accessibility (axe-core): no serious or critical violation', () => {
  for (const { lang } of LANGS) {
    for (const p of PAGES) {
      const url = `/${lang}${p.path}`;
      test(`axe ${url}`, async () => {
        // The portal's CSP forbids inline and injected scripts: bypass it for axe only.
        await withPage({ viewport: DESKTOP, bypassCSP: true }, async (page) => {
          const res = await page.goto(url);
          assert.equal(res.status(), 200, `${url} answered ${res.status()}`);
          await page.addScriptTag({ path: AXE_PATH });
          const results = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
          const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
          const report = bad
            .map((v) => {
              const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
              return `  - ${v.id} [${v.impact}] ${v.help} (${v.nodes.length} node(s)): ${targets}`;
            })
            .join('\n');
          assert.equal(bad.length, 0, `${url}: axe found serious/critical violations:\n${report}`);
        });
      });
    }
  }
});

test('/fr/plans/2 says that 12 of its 22 commitments are recorded', async () => {
  await withPage({ viewport: DESKTOP }, async (page) => {
    const res = await page.goto('/fr/plans/2');
    assert.equal(res.status(), 200);
    const notice = page.locator('.notice--warning');
    assert.ok((await notice.count()) >= 1, 'no incompleteness notice (.notice--warning) on /fr/plans/2');
    assert.ok(await notice.first().isVisible(), 'the incompleteness notice is not visible');
    const text = await notice.first().innerText();
    assert.match(text, /\b12\b/, `the notice does not mention 12: ${JSON.stringify(text)}`);
    assert.match(text, /\b22\b/, `the notice does not mention 22: ${JSON.stringify(text)}`);
    assert.ok(text.indexOf('12') < text.indexOf('22'), `the notice should read "12 of 22": ${JSON.stringify(text)}`);
  });
});

test('keyboard: the first Tab on /ar/ reaches the visible skip link', async () => {
  await withPage({ viewport: DESKTOP }, async (page) => {
    const res = await page.goto('/ar/');
    assert.equal(res.status(), 200);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? { tag: el.tagName.toLowerCase(), cls: el.className, skip: el.matches('a.skip-link'), href: el.getAttribute('href') } : null;
    });
    assert.ok(focused && focused.skip, `the first Tab focused ${JSON.stringify(focused)}, not a.skip-link`);
    const box = await page.locator('a.skip-link').boundingBox();
    assert.ok(box, 'the focused skip link has no box (not rendered)');
    assert.ok(box.width > 0 && box.height > 0, `the focused skip link has an empty box: ${JSON.stringify(box)}`);
    // Visible means on screen, not moved off the viewport.
    assert.ok(
      box.x < DESKTOP.width && box.x + box.width > 0 && box.y < DESKTOP.height && box.y + box.height > 0,
      `the focused skip link is outside the viewport: ${JSON.stringify(box)}`,
    );
    assert.ok(await page.locator('a.skip-link').isVisible(), 'the focused skip link is not visible');
  });
});

test('commitment filters work without JavaScript', async () => {
  await withPage({ viewport: DESKTOP, javaScriptEnabled: false }, async (page) => {
    const res = await page.goto('/fr/commitments');
    assert.equal(res.status(), 200);
    await page.selectOption('select[name=plan]', '3');
    const submit = page.locator('form:has(select[name=plan]) [type=submit]');
    assert.equal(await submit.count(), 1, 'the filter form should have one submit button');
    await Promise.all([page.waitForURL(/[?&]plan=3(&|$)/, { timeout: 15_000 }), submit.click()]);
    assert.ok(page.url().includes('plan=3'), `URL after submitting: ${page.url()}`);
    const ids = (await page.locator('table tbody tr td:first-child a').allInnerTexts()).map((s) => s.trim());
    assert.ok(ids.length > 0, 'the filtered list shows no commitment');
    const rows = await page.locator('table tbody tr').count();
    assert.equal(ids.length, rows, 'every row should start with an OGP id link');
    const stray = ids.filter((id) => !(id.startsWith('MO005') || id.startsWith('MO006')));
    assert.deepEqual(stray, [], `rows not of plan 3 in the list filtered on plan 3: ${stray.join(', ')}`);
  });
});
