// The co-implementation journey in Arabic, in a real browser: an administrator creates a
// commitment, adds two activities to it and assigns a project leader (who registered and
// confirmed their address); the leader writes a progress report with a PDF and a link; the
// administrator, acting as coordinator, returns it with a reason; the leader answers and
// resubmits; it is validated, and the public commitment, plan and home pages show the new
// figure and the report with its evidence at once. Then the same through the reporting API
// with a personal token.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  DESKTOP,
  SHOTS,
  assertNoSeriousAxeViolations,
  freePort,
  launchBrowser,
  sleep,
  startServer,
} from './helpers.js';

const ADMIN = { email: 'coordination@gov.example.ma', password: 'coordination lantern orchard velvet', name: 'منسقة الخطة' };
const LEADER = { email: 'leader@ministry.example.ma', password: 'leader harbour citadel mosaic', name: 'مسؤول المشروع' };
const NAV_TIMEOUT_MS = 30_000;
/** A one-page PDF (the workshop's minutes), small and valid. */
const MINUTES_PDF = [
  '%PDF-1.4',
  '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
  '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
  '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
  'trailer << /Root 1 0 R >>',
  '%%EOF',
  '',
].join('\n');

let server;
let baseURL;
let mailDir;
let browser;

before(async () => {
  const port = await freePort();
  mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'opengov-e2e-office-mail-'));
  server = await startServer({
    env: {
      OPENGOV_DEV: 'true',
      OPENGOV_MAIL_TRANSPORT: 'files',
      OPENGOV_MAIL_DIR: mailDir,
      OPENGOV_PUBLIC_URL: `http://127.0.0.1:${port}`,
      // The second factor has its own journey (accounts.test.js); here the administrator works
      // without enrolling one.
      OPENGOV_REQUIRE_SECOND_FACTOR: 'false',
    },
    port,
    prefix: 'opengov-e2e-office-',
  });
  baseURL = server.baseURL;
  const r = await server.run(['create-admin', '--email', ADMIN.email, '--name', ADMIN.name, '--lang', 'ar'], {
    input: `${ADMIN.password}\n`,
  });
  assert.equal(r.code, 0, `create-admin failed:\n${r.stderr}`);
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

const here = (page) => new URL(page.url()).pathname;

async function open(page, url, status = 200) {
  const res = await page.goto(baseURL + url);
  assert.equal(res.status(), status, `${url} answered ${res.status()}, expected ${status}`);
  return res;
}

/** Clicks a button of the page's main content and waits for the page that follows. */
async function click(page, selector) {
  const button = page.locator(`main ${selector}`);
  assert.equal(await button.count(), 1, `${here(page)}: expected one ${selector}`);
  const [res] = await Promise.all([page.waitForNavigation({ timeout: NAV_TIMEOUT_MS }), button.click()]);
  return res;
}

async function assertNoErrorSummary(page) {
  const summary = page.locator('.error-summary');
  if (await summary.count()) assert.fail(`${here(page)} shows errors: ${await summary.innerText()}`);
}

async function signIn(page, who) {
  await open(page, '/ar/account/sign-in');
  await page.fill('input[name=email]', who.email);
  await page.fill('input[name=password]', who.password);
  await click(page, 'form[action$="/account/sign-in"] button[type=submit]');
  assert.equal(here(page), '/ar/account', `signing in as ${who.email} led to ${here(page)}`);
}

async function registerAndConfirm(page, who) {
  await open(page, '/ar/account/register');
  await page.fill('input[name=display_name]', who.name);
  await page.fill('input[name=email]', who.email);
  await page.fill('input[name=password]', who.password);
  await page.selectOption('select[name=language]', 'ar');
  await page.check('input[name=terms]');
  await click(page, 'form[action$="/account/register"] button[type=submit]');
  let link;
  for (let i = 0; i < 50 && !link; i++) {
    const box = await (await fetch(`${baseURL}/dev/mailbox`)).json();
    const m = box.messages.find((x) => x.to.includes(who.email));
    if (m) {
      const mail = await (await fetch(`${baseURL}/dev/mailbox/${m.file}`)).text();
      const found = /https?:\/\/[^\s"<>]+\/ar\/account\/verify\?token=[A-Za-z0-9_-]+/.exec(mail);
      if (found) link = new URL(found[0]).pathname + new URL(found[0]).search;
    }
    if (!link) await sleep(200);
  }
  assert.ok(link, `no confirmation e-mail to ${who.email}:\n${server.log()}`);
  await open(page, link);
  await click(page, 'form[action$="/account/verify"] button[type=submit]');
}

async function mainText(page) {
  return page.locator('main').innerText();
}

test('an activity is planned, reported on, returned, resubmitted and published, in Arabic', async () => {
  const leaderContext = await browser.newContext({ viewport: DESKTOP, locale: 'ar-MA', bypassCSP: true });
  const adminContext = await browser.newContext({ viewport: DESKTOP, locale: 'ar-MA', bypassCSP: true });
  const publicContext = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'ar-MA', bypassCSP: true });
  const leader = await leaderContext.newPage();
  const admin = await adminContext.newPage();
  const reader = await publicContext.newPage();
  try {
    await registerAndConfirm(leader, LEADER);
    await signIn(leader, LEADER);
    await signIn(admin, ADMIN);

    // The administrator creates a commitment in plan 3 (an OGP id already taken is refused
    // beside its field), plans two activities on it and assigns the leader.
    await open(admin, '/ar/office');
    await click(admin, 'a[href="/ar/office/plans/3"]');
    await click(admin, 'a[href="/ar/office/plans/3/commitments/new"]');
    assert.equal(await admin.getAttribute('html', 'dir'), 'rtl');
    await admin.fill('#f-ogp_id', 'MO0054');
    await admin.fill('#f-title_ar', 'بوابة وطنية لتتبع الالتزامات');
    await admin.fill('#f-title_fr', 'Portail national de suivi des engagements');
    await admin.selectOption('#f-axis', { index: 1 });
    await click(admin, 'form button[type=submit]');
    assert.ok(await admin.locator('.error-summary').count(), 'a taken OGP id is refused');
    assert.equal(await admin.inputValue('#f-title_ar'), 'بوابة وطنية لتتبع الالتزامات', 'the form keeps what was typed');
    await admin.fill('#f-ogp_id', 'MO0090');
    await click(admin, 'form button[type=submit]');
    await assertNoErrorSummary(admin);
    await open(admin, '/ar/office/commitments/MO0090');
    for (const [title, end] of [
      ['ورشة إطلاق المشروع', '2025-06'],
      ['نشر البوابة', '2027-06'],
    ]) {
      await click(admin, `a[href="/ar/office/commitments/MO0090/activities/new"]`);
      await admin.fill('#f-title_ar', title);
      await admin.fill('#f-end', end);
      await click(admin, 'form button[type=submit]');
      await assertNoErrorSummary(admin);
      assert.equal(here(admin), '/ar/office/commitments/MO0090');
    }
    await admin.fill('#f-email', LEADER.email);
    await click(admin, 'form[action$="/leaders"] button[type=submit]');
    await assertNoErrorSummary(admin);
    assert.ok((await mainText(admin)).includes(LEADER.email), 'the leader is listed');
    await assertNoSeriousAxeViolations(admin, 'the commitment office page (ar)');

    // Before: the public page shows 0 % and no published report.
    await open(reader, '/ar/commitments/MO0090');
    assert.ok((await mainText(reader)).includes('لم يُنشر أي تقرير تقدم'), 'no report yet');

    // The leader writes a report on the first activity, in Arabic-Indic digits.
    await open(leader, '/ar/office');
    const write = leader.locator('main a[href$="/reports/new"]').first();
    await Promise.all([leader.waitForNavigation(), write.click()]);
    await leader.fill('#f-progress', '٤٠');
    await leader.fill('#f-done', 'عُقدت ورشة إطلاق المشروع في الرباط بحضور 40 جمعية.');
    await click(leader, 'form button[type=submit]');
    await assertNoErrorSummary(leader);
    assert.match(here(leader), /^\/ar\/office\/reports\/\d+$/);
    const report = here(leader);
    // Evidence: the workshop's minutes as a PDF, and a link.
    const pdf = path.join(os.tmpdir(), `opengov-e2e-minutes-${process.pid}.pdf`);
    fs.writeFileSync(pdf, MINUTES_PDF);
    await leader.setInputFiles('#f-file', pdf);
    await click(leader, 'form.evidence-form button[type=submit]');
    await assertNoErrorSummary(leader);
    await leader.fill('#f-url', 'https://www.example.ma/atelier-rabat');
    await click(leader, 'form[action$="/evidence"]:not(.evidence-form) button[type=submit]');
    await assertNoErrorSummary(leader);
    const evidence = await mainText(leader);
    assert.ok(evidence.includes(path.basename(pdf)), 'the PDF is listed');
    assert.ok(evidence.includes('https://www.example.ma/atelier-rabat'), 'the link is listed');
    fs.rmSync(pdf, { force: true });
    await click(leader, 'button[value=submit]');
    await assertNoErrorSummary(leader);
    assert.ok((await mainText(leader)).includes('في انتظار المصادقة'), 'submitted');

    // The coordinator returns it with a reason.
    await open(admin, '/ar/office');
    await click(admin, `a[href="${report}"]`);
    await admin.fill('#f-reason', 'المرجو إرفاق محضر الورشة.');
    await click(admin, 'form[action$="/return"] button[type=submit]');
    assert.ok((await mainText(admin)).includes('أعيد للتصحيح'));

    // The leader sees the reason, answers, resubmits.
    await open(leader, report);
    assert.ok((await mainText(leader)).includes('المرجو إرفاق محضر الورشة.'), 'the reason is shown');
    await leader.fill('#f-done', 'عُقدت ورشة إطلاق المشروع في الرباط؛ نُشر محضرها.');
    await click(leader, 'button[value=submit]');
    await assertNoErrorSummary(leader);

    // Validated: published, and the public figures change at once.
    await open(admin, report);
    await click(admin, 'form[action$="/validate"] button[type=submit]');
    assert.ok((await mainText(admin)).includes('منشور'));
    await open(reader, '/ar/commitments/MO0090');
    const text = await mainText(reader);
    assert.ok(text.includes('نُشر محضرها'), 'the report is on the timeline');
    assert.ok(/20\s?%/.test(text), `the commitment shows 20 %:\n${text.slice(0, 600)}`);
    // The timeline lists the evidence; the PDF downloads as a PDF.
    const href = await reader.locator('.timeline a[href^="/files/"]').first().getAttribute('href');
    const file = await fetch(baseURL + href);
    assert.equal(file.status, 200);
    assert.equal(file.headers.get('content-type'), 'application/pdf');
    assert.equal(file.headers.get('x-content-type-options'), 'nosniff');
    assert.match(file.headers.get('content-disposition') || '', /^inline;/);
    assert.equal(Buffer.from(await file.arrayBuffer()).toString('latin1'), MINUTES_PDF);
    assert.ok(text.includes('https://www.example.ma/atelier-rabat'), 'the link is on the timeline');
    // The figures above the commitment changed at once: its axis, its plan, the home page.
    const plan = await (await fetch(`${baseURL}/api/v1/plans/3`)).json();
    assert.equal(Number(plan.progress), 20, `plan 3: ${JSON.stringify(plan).slice(0, 300)}`);
    const axes = await (await fetch(`${baseURL}/api/v1/plans/3/axes`)).json();
    const axisList = Array.isArray(axes) ? axes : axes.data;
    assert.ok(axisList.some((a) => Number(a.progress) === 20), `an axis of plan 3 at 20 %: ${JSON.stringify(axes).slice(0, 300)}`);
    await open(reader, '/ar/plans/3');
    assert.ok(/20\s?%/.test(await mainText(reader)), 'the plan page shows 20 %');
    await open(reader, '/ar/');
    assert.ok(/20\s?%/.test(await mainText(reader)), 'the home page shows 20 %');
    await open(reader, '/ar/commitments/MO0090');
    await assertNoSeriousAxeViolations(reader, 'the commitment page with its timeline (ar, 360 px)');
    fs.mkdirSync(SHOTS, { recursive: true });
    await reader.locator('#timeline-title').scrollIntoViewIfNeeded();
    await reader.screenshot({ path: path.join(SHOTS, 'office-journey-ar-360.png') });
  } finally {
    await leaderContext.close();
    await adminContext.close();
    await publicContext.close();
  }
});

const SYSTEM_LEADER = { email: 'systeme@agence.example.ma', password: 'system ledger quarry willow', name: 'نظام الوكالة' };

/** A JSON call to the reporting API with a bearer token. */
async function api(method, url, token, body) {
  const res = await fetch(baseURL + url, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/json',
      'Accept-Language': 'ar',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}

test('the same journey through the API with a personal token instead of the form', async () => {
  const leaderContext = await browser.newContext({ viewport: DESKTOP, locale: 'ar-MA', bypassCSP: true });
  const adminContext = await browser.newContext({ viewport: DESKTOP, locale: 'ar-MA', bypassCSP: true });
  const leader = await leaderContext.newPage();
  const admin = await adminContext.newPage();
  try {
    await registerAndConfirm(leader, SYSTEM_LEADER);
    await signIn(leader, SYSTEM_LEADER);
    await signIn(admin, ADMIN);

    // The administrator plans one activity on MO0057 and assigns the leader.
    await open(admin, '/ar/office/commitments/MO0057');
    await click(admin, 'a[href="/ar/office/commitments/MO0057/activities/new"]');
    await admin.fill('#f-title_ar', 'ربط نظام الوكالة بالبوابة');
    await admin.fill('#f-end', '2027-12');
    await click(admin, 'form button[type=submit]');
    await assertNoErrorSummary(admin);
    await admin.fill('#f-email', SYSTEM_LEADER.email);
    await click(admin, 'form[action$="/leaders"] button[type=submit]');
    await assertNoErrorSummary(admin);

    // The leader makes a token on their account page; its secret is shown once.
    await open(leader, '/ar/account/tokens');
    await leader.fill('#f-name', 'نظام تتبع المشاريع');
    await click(leader, 'form[action$="/account/tokens"] button[type=submit]');
    const token = (await leader.locator('#token-secret').innerText()).trim();
    assert.match(token, /^og_[A-Za-z0-9_-]{43}$/);

    // The agency's system finds the activity and files a draft with a link, then submits it.
    const acts = await (await fetch(`${baseURL}/api/v1/commitments/MO0057/activities`)).json();
    const list = Array.isArray(acts) ? acts : acts.data;
    const activity = list.find((a) => JSON.stringify(a).includes('ربط نظام الوكالة بالبوابة'));
    assert.ok(activity, `the new activity is listed: ${JSON.stringify(acts).slice(0, 400)}`);
    const key = activity.key;
    let r = await api('POST', '/api/v1/reports', token, {
      activity: key,
      progress: 150,
      done: 'x',
    });
    assert.equal(r.status, 422, 'progress over 100 is refused');
    assert.ok(JSON.stringify(r.json).includes('report-error-progress'));
    r = await api('POST', '/api/v1/reports', token, {
      activity: key,
      progress: 60,
      done: 'رُبط نظام الوكالة بالبوابة في بيئة الاختبار.',
      links: ['https://www.example.ma/rapport-liaison.pdf'],
      idempotency_key: 'e2e-MO0057-1',
    });
    assert.equal(r.status, 201, JSON.stringify(r.json));
    const id = r.json.id;
    r = await api('POST', '/api/v1/reports', token, {
      activity: key,
      progress: 60,
      done: 'رُبط نظام الوكالة بالبوابة في بيئة الاختبار.',
      idempotency_key: 'e2e-MO0057-1',
    });
    assert.equal(r.status, 200, 'the same key again is the same report');
    assert.equal(r.json.id, id);
    r = await api('POST', `/api/v1/reports/${id}/submit`, token, { revision: 1 });
    assert.equal(r.status, 200, JSON.stringify(r.json));

    // The coordinator returns it in the office; the system reads the reason and answers.
    await open(admin, `/ar/office/reports/${id}`);
    await admin.fill('#f-reason', 'المرجو تحديد تاريخ الربط.');
    await click(admin, 'form[action$="/return"] button[type=submit]');
    r = await api('GET', `/api/v1/reports/${id}`, token);
    assert.equal(r.status, 200);
    assert.equal(r.json.status, 'returned');
    assert.ok(JSON.stringify(r.json).includes('المرجو تحديد تاريخ الربط.'), 'the reason reaches the system');
    r = await api('PUT', `/api/v1/reports/${id}`, token, {
      revision: r.json.revision,
      progress: 60,
      done: 'رُبط نظام الوكالة بالبوابة في بيئة الاختبار يوم 2026-11-20.',
    });
    assert.equal(r.status, 200, JSON.stringify(r.json));
    r = await api('POST', `/api/v1/reports/${id}/submit`, token, { revision: r.json.revision });
    assert.equal(r.status, 200, JSON.stringify(r.json));

    // Validated in the office: the public page shows the figure and the report with its link.
    await open(admin, `/ar/office/reports/${id}`);
    await click(admin, 'form[action$="/validate"] button[type=submit]');
    const page = await (await fetch(`${baseURL}/ar/commitments/MO0057`)).text();
    assert.ok(page.includes('يوم 2026-11-20') || page.includes('2026-11-20'), 'the report is on the timeline');
    assert.ok(page.includes('https://www.example.ma/rapport-liaison.pdf'), 'its link is shown');
    const json = await (await fetch(`${baseURL}/api/v1/commitments/MO0057`)).json();
    assert.equal(Number(json.progress), 60, `the commitment's figure: ${json.progress}`);
  } finally {
    await leaderContext.close();
    await adminContext.close();
  }
});
