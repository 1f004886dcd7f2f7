// Browser tests of the portal as a person sees it: Debian's Chromium driven by playwright-core,
// accessibility checked with axe-core.
//
// Run from e2e/:  OPENGOV_BIN=/path/to/opengov node --test --test-concurrency=1 tests/
//
// The server is started here, on a free port, with a fresh temporary SQLite database (the
// portal loads its demo data into an empty database). A missing OPENGOV_BIN fails the run.
import { before, after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  DESKTOP,
  NARROW,
  SHOTS,
  assertNoSeriousAxeViolations,
  launchBrowser,
  startServer,
  withPage as withPageOf,
} from './helpers.js';

const LANGS = [
  { lang: 'ar', dir: 'rtl', other: 'fr' },
  { lang: 'fr', dir: 'ltr', other: 'ar' },
];
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'plan', path: '/plans/3' },
  { name: 'commitment', path: '/commitments/MO0054' },
];

let server; // see helpers.startServer
let baseURL;
let browser;

before(async () => {
  server = await startServer();
  baseURL = server.baseURL;
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close().catch(() => {});
  if (server) await server.stop();
});

/** Runs fn with a fresh page of a fresh browser context, closing the context afterwards. */
function withPage(contextOptions, fn) {
  return withPageOf(browser, baseURL, contextOptions, fn);
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
          await assertNoSeriousAxeViolations(page, url);
        });
      });
    }
  }
});

test('/fr/plans/2 says that 13 of its 22 commitments are recorded', async () => {
  await withPage({ viewport: DESKTOP }, async (page) => {
    const res = await page.goto('/fr/plans/2');
    assert.equal(res.status(), 200);
    const notice = page.locator('.notice--warning');
    assert.ok((await notice.count()) >= 1, 'no incompleteness notice (.notice--warning) on /fr/plans/2');
    assert.ok(await notice.first().isVisible(), 'the incompleteness notice is not visible');
    const text = await notice.first().innerText();
    assert.match(text, /\b13\b/, `the notice does not mention 13: ${JSON.stringify(text)}`);
    assert.match(text, /\b22\b/, `the notice does not mention 22: ${JSON.stringify(text)}`);
    assert.ok(text.indexOf('13') < text.indexOf('22'), `the notice should read "13 of 22": ${JSON.stringify(text)}`);
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
