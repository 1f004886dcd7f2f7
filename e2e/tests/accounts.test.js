// Browser tests of accounts, done the way a person does them: register, confirm the address
// from the e-mail, sign in and out, reset the password, an administrator granting a role, and
// accessibility of the account pages. Debian's Chromium via playwright-core, axe-core.
//
// Run from e2e/:  OPENGOV_BIN=/path/to/opengov node --test --test-concurrency=1 tests/
//
// The server runs on a free port with a fresh temporary SQLite database, in development mode,
// with e-mails written as files and read back through the development mailbox (/dev/mailbox).
// An administrator is created with `opengov create-admin` once the server is up.
//
// Translation problems (a message id such as `register-title` shown instead of a text, an
// e-mail subject in the wrong language) are collected while a journey goes on, so that the rest
// of the journey is still exercised; the test then fails with the whole list.
import { before, after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DESKTOP,
  SHOTS,
  assertNoSeriousAxeViolations,
  freePort,
  launchBrowser,
  sleep,
  startServer,
  withPage as withPageOf,
} from './helpers.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const MAIL_TIMEOUT_MS = 15_000;
const NAV_TIMEOUT_MS = 15_000;

const ADMIN = { email: 'admin@example.ma', name: 'Admin', password: 'river lantern copper meadow' };

const USERS = {
  fr: {
    lang: 'fr',
    dir: 'ltr',
    name: 'Amina',
    email: 'amina+fr@example.ma',
    password: 'lantern orchard velvet compass',
    newPassword: 'harbour juniper quartz lullaby',
    signOutLabel: 'Se déconnecter',
  },
  ar: {
    lang: 'ar',
    dir: 'rtl',
    name: 'Amina',
    email: 'amina+ar@example.ma',
    password: 'saffron beacon tundra willow',
    newPassword: 'marble cypress oasis thunder',
    signOutLabel: null, // the Arabic text is not fixed here; the button must still be translated
  },
};

/** The English subjects, to tell a subject left in English (or the fallback) apart. */
const ENGLISH_SUBJECTS = {
  verify: 'Confirm your e-mail address',
  reset: 'Choose a new password',
};

/** What a subject in the user's language looks like. */
const SUBJECT_LOOKS_RIGHT = {
  // Any French wording of "Confirm your e-mail address" / "Choose a new password".
  fr: (s) => /\b(votre|vos|adresse|courriel|mot de passe|compte|nouveau|nouvelle|confirmez|confirmer|confirmation|choisissez|choisir)\b/i.test(s),
  ar: (s) => /[\u0600-\u06FF]/.test(s),
};

// Message ids with a hyphen, from the English messages (the most complete file): one of them
// shown on a page means a text is missing in the page's language.
const MESSAGE_IDS = (() => {
  const ftl = path.resolve(HERE, '..', '..', 'crates', 'i18n', 'locales', 'en.ftl');
  const ids = fs
    .readFileSync(ftl, 'utf8')
    .split('\n')
    .map((l) => /^([a-z][a-z0-9_-]*)\s*=/.exec(l))
    .filter(Boolean)
    .map((m) => m[1])
    .filter((id) => id.includes('-'));
  assert.ok(ids.length > 100, `too few message ids read from ${ftl}`);
  return new Set(ids);
})();

let server;
let baseURL;
let mailDir;
let browser;

/** Where each journey left its user: the current password once the journey is through. */
const finished = {};

before(async () => {
  const port = await freePort();
  mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'opengov-e2e-mail-'));
  server = await startServer({
    env: {
      OPENGOV_DEV: 'true',
      OPENGOV_MAIL_TRANSPORT: 'files',
      OPENGOV_MAIL_DIR: mailDir,
      OPENGOV_PUBLIC_URL: `http://127.0.0.1:${port}`,
    },
    port,
    prefix: 'opengov-e2e-accounts-',
  });
  baseURL = server.baseURL;
  assert.equal(baseURL, `http://127.0.0.1:${port}`);

  // The first administrator, from the command line, on the database the server uses.
  const r = await server.run(
    ['create-admin', '--email', ADMIN.email, '--name', ADMIN.name, '--lang', 'fr'],
    { input: `${ADMIN.password}\n` },
  );
  assert.equal(r.code, 0, `opengov create-admin failed (${r.code}):\n${r.stderr}${r.stdout}`);
  assert.match(r.stderr, /is an administrator/, `create-admin said:\n${r.stderr}`);

  // The development mailbox answers (and is empty).
  const box = await fetch(`${baseURL}/dev/mailbox`);
  assert.equal(box.status, 200, `/dev/mailbox answered ${box.status}`);
  const json = await box.json();
  assert.ok(Array.isArray(json.messages), `/dev/mailbox: ${JSON.stringify(json)}`);

  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close().catch(() => {});
  try {
    if (server) await server.stop();
  } finally {
    if (mailDir) fs.rmSync(mailDir, { recursive: true, force: true });
  }
});

function withPage(contextOptions, fn) {
  return withPageOf(browser, baseURL, { viewport: DESKTOP, ...contextOptions }, fn);
}

// ---------------------------------------------------------------------------------------------
// Small steps

/** Opens `url`, which must answer `status`; returns the response. */
async function open(page, url, status = 200) {
  const res = await page.goto(url);
  assert.ok(res, `no response for ${url}`);
  assert.equal(res.status(), status, `${url} answered ${res.status()}, expected ${status}`);
  return res;
}

/**
 * Clicks the one submit button of the form whose action ends with `actionEnd`, waits for the
 * page that follows and returns its response (after redirects).
 */
async function submit(page, actionEnd) {
  // The page's own forms (the header has a sign-out form of its own on every page).
  const form = page.locator(`main form[action$="${actionEnd}"]`);
  const where = `${new URL(page.url()).pathname}`;
  assert.equal(await form.count(), 1, `${where}: expected one form with an action ending in ${actionEnd}`);
  const button = form.locator('button[type=submit]');
  assert.equal(await button.count(), 1, `${where}: the form ${actionEnd} should have one submit button`);
  assert.ok(await button.isVisible(), `${where}: the submit button of ${actionEnd} is not visible`);
  const [res] = await Promise.all([page.waitForNavigation({ timeout: NAV_TIMEOUT_MS }), button.click()]);
  assert.ok(res, `${where}: submitting ${actionEnd} gave no response`);
  return res;
}

/** The path (and query) of the page shown. */
const here = (page) => {
  const u = new URL(page.url());
  return u.pathname + u.search;
};

/** The visible h1: it must be there and not empty. Returns its text. */
async function heading(page) {
  const h1 = page.locator('main h1').first();
  assert.ok(await h1.isVisible(), `${here(page)}: no visible h1`);
  const text = (await h1.innerText()).trim();
  assert.ok(text.length > 0, `${here(page)}: the h1 is empty`);
  return text;
}

async function assertLangDir(page, lang, dir) {
  assert.equal(await page.getAttribute('html', 'lang'), lang, `${here(page)}: <html lang>`);
  assert.equal(await page.getAttribute('html', 'dir'), dir, `${here(page)}: <html dir>`);
}

async function assertNoErrorSummary(page) {
  const summary = page.locator('.error-summary');
  if ((await summary.count()) > 0) {
    assert.fail(`${here(page)}: unexpected error summary: ${JSON.stringify((await summary.first().innerText()).trim())}`);
  }
}

/** Message ids shown as text on the page (title included): texts missing in its language. */
async function untranslatedIds(page) {
  const text = await page.evaluate(() => `${document.title}\n${document.body.innerText}`);
  const tokens = text.match(/[a-z][a-z0-9_]*(?:-[a-z0-9_]+)+/g) || [];
  return [...new Set(tokens.filter((t) => MESSAGE_IDS.has(t)))];
}

/** Records (does not throw) the message ids the page shows instead of texts. */
async function checkTranslated(page, problems) {
  const ids = await untranslatedIds(page);
  if (ids.length > 0) {
    problems.push(`${here(page)} (lang=${await page.getAttribute('html', 'lang')}): untranslated message ids shown: ${ids.join(', ')}`);
  }
}

function assertNoProblems(problems, what) {
  assert.equal(problems.length, 0, `${what}: ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
}

// ---------------------------------------------------------------------------------------------
// The development mailbox

async function mailbox() {
  const res = await fetch(`${baseURL}/dev/mailbox`);
  assert.equal(res.status, 200, `/dev/mailbox answered ${res.status}`);
  const json = await res.json();
  assert.ok(Array.isArray(json.messages), `/dev/mailbox: no messages array: ${JSON.stringify(json)}`);
  return json.messages;
}

/**
 * Waits (up to MAIL_TIMEOUT_MS) for a message to `address` that is not in `seen` and returns the
 * newest such message with its text. The message must be an e-mail of the expected kind:
 * `linkPath` is the path its link must lead to (e.g. "/fr/account/verify").
 */
async function newestMailTo(address, seen, linkPath) {
  const deadline = Date.now() + MAIL_TIMEOUT_MS;
  let last = [];
  while (Date.now() < deadline) {
    last = await mailbox();
    const mine = last.filter((m) => String(m.to).toLowerCase().includes(address.toLowerCase()) && !seen.has(m.file));
    if (mine.length > 0) {
      const m = mine[0]; // newest first
      seen.add(m.file);
      const res = await fetch(`${baseURL}${m.href}`);
      assert.equal(res.status, 200, `${m.href} answered ${res.status}`);
      assert.match(res.headers.get('content-type') || '', /^text\/plain/, `${m.href}: content type`);
      const text = await res.text();
      const links = text.match(/https?:\/\/[^\s<>"]+/g) || [];
      const wanted = `${baseURL}${linkPath}?token=`;
      const link = links.find((l) => l.startsWith(wanted));
      assert.ok(
        link,
        `the newest e-mail to ${address} (${JSON.stringify(m.subject)}) has no link starting with ${wanted}; links: ${JSON.stringify(links)}\n${text}`,
      );
      assert.match(link, /\?token=[A-Za-z0-9_-]{20,}$/, `the link of the e-mail to ${address} has no proper token: ${link}`);
      return { ...m, text, link };
    }
    await sleep(250);
  }
  assert.fail(
    `no new e-mail to ${address} within ${MAIL_TIMEOUT_MS / 1000} s; mailbox: ${JSON.stringify(last.map((m) => [m.to, m.subject]))}\n${server.log()}`,
  );
}

/** Records a subject that is not in the user's language. */
function checkSubject(mail, u, kind, problems) {
  const s = String(mail.subject || '').trim();
  if (!s) {
    problems.push(`the ${kind} e-mail to ${u.email} has an empty subject`);
  } else if (MESSAGE_IDS.has(s)) {
    problems.push(`the ${kind} e-mail to ${u.email} (language ${u.lang}) has a message id as subject: ${JSON.stringify(s)}`);
  } else if (s === ENGLISH_SUBJECTS[kind] || !SUBJECT_LOOKS_RIGHT[u.lang](s)) {
    problems.push(`the ${kind} e-mail to ${u.email} (language ${u.lang}) has a subject not in ${u.lang}: ${JSON.stringify(s)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Account steps a user takes

async function signIn(page, lang, email, password) {
  await open(page, `/${lang}/account/sign-in`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', password);
  return submit(page, `/${lang}/account/sign-in`);
}

/** Signs in and checks that the account page with the address is shown. */
async function signInToAccount(page, lang, email, password) {
  const res = await signIn(page, lang, email, password);
  assert.equal(res.status(), 200, `signing in as ${email}: ${here(page)} answered ${res.status()}`);
  await assertNoErrorSummary(page);
  assert.equal(new URL(page.url()).pathname, `/${lang}/account`, `signing in as ${email} led to ${here(page)}`);
  await heading(page);
  const main = await page.locator('main').innerText();
  assert.ok(main.includes(email), `/${lang}/account does not show the address ${email}`);
}

/** RFC 6238 code (SHA-1, 6 digits, 30 s) of a base32 secret, as an authenticator app computes it. */
function totpCode(base32, now = Date.now()) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const ch of base32.replace(/=+$/, '').toUpperCase()) {
    const v = alphabet.indexOf(ch);
    assert.ok(v >= 0, `not base32: ${base32}`);
    bits += v.toString(2).padStart(5, '0');
  }
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(now / 1000 / 30)));
  const mac = crypto.createHmac('sha1', key).update(counter).digest();
  const off = mac[mac.length - 1] & 0xf;
  const n = (mac.readUInt32BE(off) & 0x7fffffff) % 1_000_000;
  return String(n).padStart(6, '0');
}

/** An administrator must turn on two-step verification first: do it as a person would. */
async function enrolSecondFactor(page, lang) {
  await open(page, `/${lang}/account/two-step`);
  await submit(page, `/${lang}/account/two-step/start`);
  const key = (await page.locator('main td').nth(1).innerText()).trim();
  assert.match(key, /^[A-Z2-7]{16,}=*$/, `the enrolment key shown is ${key}`);
  await page.fill('input[name=code]', totpCode(key));
  const res = await submit(page, `/${lang}/account/two-step/enable`);
  assert.equal(res.status(), 200, `enabling two-step verification answered ${res.status()}`);
  const codes = await page.locator('main td').allInnerTexts();
  assert.equal(codes.filter((c) => /^[a-z0-9]{4}-[a-z0-9]{4}$/.test(c.trim())).length, 10, 'ten recovery codes are shown');
}

async function journey(u) {
  const { lang, dir, email } = u;
  const problems = [];
  const seen = new Set();
  await withPage({}, async (page) => {
    // Register.
    await open(page, `/${lang}/account/register`);
    await assertLangDir(page, lang, dir);
    await heading(page);
    await checkTranslated(page, problems);
    await page.fill('input[name=display_name]', u.name);
    await page.fill('input[name=email]', email);
    await page.fill('input[name=password]', u.password);
    await page.selectOption('select[name=language]', lang);
    await page.check('input[name=terms]');
    let res = await submit(page, `/${lang}/account/register`);
    assert.equal(res.status(), 200, `after registering: ${here(page)} answered ${res.status()}`);
    await assertNoErrorSummary(page);
    assert.equal(here(page), `/${lang}/account/check-email`, 'registering should lead to the "check your e-mail" page');
    await assertLangDir(page, lang, dir);
    await heading(page);
    await checkTranslated(page, problems);

    // The confirmation e-mail, in the user's language, with a link to this portal.
    const verify = await newestMailTo(email, seen, `/${lang}/account/verify`);
    checkSubject(verify, u, 'verify', problems);
    // It goes to an address typed into a form, not yet known to be the registrant's: it carries
    // no text the registrant chose, not even the display name (docs/security.md, finding 4).
    assert.ok(!verify.text.includes(u.name), `the confirmation e-mail repeats the name typed at registration:\n${verify.text}`);

    // Open the link, confirm.
    await open(page, verify.link);
    await assertLangDir(page, lang, dir);
    await heading(page);
    await checkTranslated(page, problems);
    res = await submit(page, `/${lang}/account/verify`);
    assert.equal(res.status(), 200, `confirming the address: ${here(page)} answered ${res.status()}`);
    await assertNoErrorSummary(page);
    assert.equal(new URL(page.url()).pathname, `/${lang}/account/verify`);
    await assertLangDir(page, lang, dir);
    await heading(page);
    await checkTranslated(page, problems);
    const toSignIn = page.locator(`main a[href="/${lang}/account/sign-in"]`);
    assert.ok((await toSignIn.count()) >= 1 && (await toSignIn.first().isVisible()), 'the confirmation page has no visible sign-in link');

    // The same link a second time is refused (single use).
    await open(page, verify.link);
    res = await submit(page, `/${lang}/account/verify`);
    assert.equal(res.status(), 400, `a used confirmation link should be refused; got ${res.status()}`);

    // Sign in.
    await open(page, `/${lang}/account/sign-in`);
    await assertLangDir(page, lang, dir);
    await checkTranslated(page, problems);
    await signInToAccount(page, lang, email, u.password);
    await assertLangDir(page, lang, dir);
    await checkTranslated(page, problems);

    // Signed in, every page's header has a sign-out button too.
    const headerSignOut = page.locator(`.site-header form[action$="/${lang}/account/sign-out"] button[type=submit]`);
    assert.equal(await headerSignOut.count(), 1, 'the header has no sign-out button when signed in');
    // Sign out with the account page's button.
    const signOut = page.locator(`main form[action$="/${lang}/account/sign-out"] button[type=submit]`);
    assert.equal(await signOut.count(), 1, 'the account page has no sign-out button');
    const label = (await signOut.innerText()).trim();
    if (u.signOutLabel && label !== u.signOutLabel) {
      problems.push(`/${lang}/account: the sign-out button reads ${JSON.stringify(label)}, expected ${JSON.stringify(u.signOutLabel)}`);
    }
    res = await submit(page, `/${lang}/account/sign-out`);
    assert.equal(res.status(), 200);
    assert.equal(here(page), `/${lang}/account/sign-in?notice=signed-out`, 'signing out should lead to the sign-in page');
    assert.ok(await page.locator('main .notice').first().isVisible(), 'no visible "signed out" notice');
    await checkTranslated(page, problems);
    await open(page, `/${lang}/account`);
    assert.equal(new URL(page.url()).pathname, `/${lang}/account/sign-in`, `after signing out, /${lang}/account should ask to sign in; got ${here(page)}`);

    // Forgotten password: from the sign-in page's link.
    const forgot = page.locator(`main a[href="/${lang}/account/reset"]`);
    assert.equal(await forgot.count(), 1, 'the sign-in page has no "forgotten password" link');
    await Promise.all([page.waitForURL(`**/${lang}/account/reset`, { timeout: NAV_TIMEOUT_MS }), forgot.click()]);
    await assertLangDir(page, lang, dir);
    await heading(page);
    await checkTranslated(page, problems);
    await page.fill('input[name=email]', email);
    res = await submit(page, `/${lang}/account/reset`);
    assert.equal(res.status(), 200);
    assert.equal(here(page), `/${lang}/account/check-email`, 'asking for a new password should lead to "check your e-mail"');

    const reset = await newestMailTo(email, seen, `/${lang}/account/reset/confirm`);
    checkSubject(reset, u, 'reset', problems);

    await open(page, reset.link);
    await assertLangDir(page, lang, dir);
    await heading(page);
    await checkTranslated(page, problems);
    await page.fill(`form[action$="/${lang}/account/reset/confirm"] input[type=password]`, u.newPassword);
    res = await submit(page, `/${lang}/account/reset/confirm`);
    assert.equal(res.status(), 200, `setting the new password: ${here(page)} answered ${res.status()}`);
    await assertNoErrorSummary(page);
    assert.equal(here(page), `/${lang}/account/sign-in?notice=reset`, 'after the new password, the sign-in page should follow');
    assert.ok(await page.locator('main .notice').first().isVisible(), 'no visible "password changed" notice');
    await checkTranslated(page, problems);

    // The old password no longer works; the new one does.
    await page.fill('input[name=email]', email);
    await page.fill('input[name=password]', u.password);
    res = await submit(page, `/${lang}/account/sign-in`);
    assert.equal(res.status(), 400, `the old password should be refused; got ${res.status()} at ${here(page)}`);
    assert.ok(await page.locator('.error-summary').isVisible(), 'no visible error summary after the old password');
    await checkTranslated(page, problems);

    await signInToAccount(page, lang, email, u.newPassword);
  });
  finished[lang] = { ...u, password: u.newPassword };
  assertNoProblems(problems, `${lang} journey (it went through; these were found on the way)`);
}

// ---------------------------------------------------------------------------------------------

describe('account journeys', () => {
  test('French: register, confirm the address from the e-mail, sign in and out, reset the password', async () => {
    await journey(USERS.fr);
  });

  test('Arabic (RTL): register, confirm the address from the e-mail, sign in and out, reset the password', async () => {
    await journey(USERS.ar);
  });

  test('an administrator gives the French user the role project_leader on MO0054', async () => {
    const u = finished.fr;
    assert.ok(u, 'the French journey did not finish: there is no French user to work with');
    const problems = [];

    // Before the role: the user may not report on MO0054's activities.
    await withPage({}, async (page) => {
      await signInToAccount(page, 'fr', u.email, u.password);
      await open(page, '/fr/office/activities/MO0054-1/reports/new', 403);
    });

    let userPath;
    await withPage({}, async (page) => {
      await signInToAccount(page, 'fr', ADMIN.email, ADMIN.password);
      // Administrators must use a second factor: the admin area first sends them to enrol.
      await page.goto('/fr/admin/users');
      assert.match(new URL(page.url()).pathname + new URL(page.url()).search, /\/fr\/account\/two-step\?required=1$/);
      await enrolSecondFactor(page, 'fr');
      await open(page, '/fr/admin/users');
      await heading(page);
      await checkTranslated(page, problems);

      // Search the user.
      await page.fill('form.filters input[name=q]', u.email);
      const button = page.locator('form.filters button[type=submit]');
      await Promise.all([page.waitForURL(/\/fr\/admin\/users\?(.*&)?q=/, { timeout: NAV_TIMEOUT_MS }), button.click()]);
      const rows = page.locator('table tbody tr');
      assert.equal(await rows.count(), 1, `searching ${u.email} should list one user; listed: ${JSON.stringify(await rows.allInnerTexts())}`);
      assert.ok((await rows.first().innerText()).includes(u.email), 'the row found does not show the address');
      await checkTranslated(page, problems);

      // Open their page.
      const link = rows.first().locator('a');
      await Promise.all([page.waitForURL(/\/fr\/admin\/users\/\d+$/, { timeout: NAV_TIMEOUT_MS }), link.click()]);
      userPath = new URL(page.url()).pathname;
      await heading(page);
      assert.ok((await page.locator('main').innerText()).includes(u.email), `${userPath} does not show ${u.email}`);
      assert.equal(await page.locator(`form[action$="${userPath}/roles"]`).count(), 1, `${userPath}: no role form`);
      await checkTranslated(page, problems);

      // Give the role.
      await page.selectOption(`form[action$="${userPath}/roles"] select[name=role]`, 'project_leader');
      await page.fill(`form[action$="${userPath}/roles"] input[name=scope]`, 'MO0054');
      const res = await submit(page, `${userPath}/roles`);
      assert.equal(res.status(), 200, `granting the role: ${here(page)} answered ${res.status()}`);
      await assertNoErrorSummary(page);
      assert.equal(new URL(page.url()).pathname, userPath, 'after granting, the user page should be shown again');

      // The page lists the role, on MO0054, with a button to revoke it.
      const revoke = page.locator(`section:has(form[action*="${userPath}/roles/"][action$="/revoke"])`);
      assert.equal(await revoke.count(), 1, `${userPath}: the granted role is not listed`);
      const title = (await revoke.locator('h2').innerText()).trim();
      assert.ok(title.includes('MO0054'), `${userPath}: the role listed does not name MO0054: ${JSON.stringify(title)}`);
      assert.ok(await revoke.locator('button[type=submit]').isVisible(), 'the revoke button is not visible');
      await checkTranslated(page, problems);
    });

    // The user, signed in afresh: MO0054 is theirs, MO0057 is not.
    await withPage({}, async (page) => {
      await signInToAccount(page, 'fr', u.email, u.password);
      // Their office lists MO0054's activities, with a report form for each.
      await open(page, '/fr/office', 200);
      await heading(page);
      const write = page.locator('main a[href="/fr/office/activities/MO0054-1/reports/new"]');
      assert.equal(await write.count(), 1, '/fr/office does not offer a report on MO0054-1');
      await checkTranslated(page, problems);
      await open(page, '/fr/office/activities/MO0054-1/reports/new', 200);
      await heading(page);
      const intro = await page.locator('main').innerText();
      assert.ok(intro.includes('MO0054'), `the report form does not name MO0054: ${JSON.stringify(intro.slice(0, 300))}`);
      await checkTranslated(page, problems);
      await open(page, '/fr/commitments/MO0065', 200); // it exists ...
      await open(page, '/fr/office/activities/MO0065-1/reports/new', 403); // ... but is not theirs
      await heading(page);
      await checkTranslated(page, problems);
    });
    assertNoProblems(problems, 'role journey (it went through; these were found on the way)');
  });
});

describe('account pages: appearance and accessibility', () => {
  for (const lang of ['ar', 'fr']) {
    const dir = lang === 'ar' ? 'rtl' : 'ltr';
    for (const name of ['register', 'sign-in']) {
      const url = `/${lang}/account/${name}`;
      test(`${url}: language, direction, form, texts (screenshot ${lang}-${name}.png)`, async () => {
        await withPage({}, async (page) => {
          await open(page, url);
          await assertLangDir(page, lang, dir);
          await heading(page);
          const form = page.locator(`form[action$="${url}"]`);
          assert.equal(await form.count(), 1, `${url}: no form`);
          assert.equal(await form.locator('button[type=submit]').count(), 1);
          await page.screenshot({ path: path.join(SHOTS, `${lang}-${name}.png`), fullPage: true });
          const ids = await untranslatedIds(page);
          assert.deepEqual(ids, [], `${url}: untranslated message ids shown: ${ids.join(', ')}`);
        });
      });
    }

    test(`/${lang}/account/register: the empty form shows its errors (screenshot ${lang}-register-errors.png)`, async () => {
      await withPage({}, async (page) => {
        const url = `/${lang}/account/register`;
        await open(page, url);
        const res = await submit(page, url);
        assert.equal(res.status(), 400, `the empty form answered ${res.status()}`);
        assert.equal(here(page), url);
        await assertLangDir(page, lang, dir);
        const summary = page.locator('.error-summary');
        assert.ok(await summary.isVisible(), 'no visible error summary');
        const targets = await summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        for (const f of ['display_name', 'email', 'password', 'terms']) {
          assert.ok(targets.includes(`#f-${f}`), `the error summary does not list ${f}: ${JSON.stringify(targets)}`);
          assert.equal(await page.getAttribute(`#f-${f}`, 'aria-invalid'), 'true', `#f-${f} is not marked aria-invalid`);
          assert.ok(await page.locator(`#f-${f}-error`).isVisible(), `no visible error message for ${f}`);
        }
        await page.screenshot({ path: path.join(SHOTS, `${lang}-register-errors.png`), fullPage: true });
        const ids = await untranslatedIds(page);
        assert.deepEqual(ids, [], `${url} with errors: untranslated message ids shown: ${ids.join(', ')}`);
      });
    });
  }

  for (const url of ['/fr/account/register', '/ar/account/register', '/fr/account/sign-in']) {
    test(`axe ${url}`, async () => {
      // The portal's CSP forbids injected scripts: bypass it for axe only.
      await withPage({ bypassCSP: true }, async (page) => {
        await open(page, url);
        await assertNoSeriousAxeViolations(page, url);
      });
    });
  }

  test('axe /fr/account (signed in)', async () => {
    // A citizen's account (the administrator now signs in with a second step).
    const u = finished.fr;
    assert.ok(u, 'the French journey did not finish: there is no French user to sign in with');
    await withPage({ bypassCSP: true }, async (page) => {
      await signInToAccount(page, 'fr', u.email, u.password);
      await assertNoSeriousAxeViolations(page, '/fr/account (signed in)');
    });
  });
});
