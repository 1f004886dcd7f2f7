// Content in the reader's language, as the browser shows it: the Arabic plan, commitments and
// institutions pages are mostly Arabic script, each marked row says so in words that stay
// visible on a phone (no tooltip-only marker, no Latin language code), screen readers get one
// note per page, and axe-core finds no serious or critical violation.
//
// Run from e2e/:  OPENGOV_BIN=/path/to/opengov node --test --test-concurrency=1 tests/
import { before, after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  DESKTOP,
  SHOTS,
  assertNoSeriousAxeViolations,
  launchBrowser,
  startServer,
  withPage as withPageOf,
} from './helpers.js';

const PHONE = { width: 360, height: 740 };
const WIDE = { width: 1280, height: 900 };
const PAGES = [
  { name: 'ar-plan-2', path: '/ar/plans/2', mark: 'ترجمة غير رسمية' },
  { name: 'ar-commitments', path: '/ar/commitments', mark: 'ترجمة غير رسمية' },
  { name: 'ar-institutions', path: '/ar/institutions', mark: 'ترجمة غير رسمية' },
  { name: 'fr-commitment-MO0054', path: '/fr/commitments/MO0054', mark: 'traduction non officielle' },
];
// The most Latin letters an Arabic page's visible main content may have, in percent (the
// Rust crawl, crates/web/tests/web/content_language.rs, holds every page to the same limit).
const PAGE_LIMIT = 25;

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close().catch(() => {});
  if (server) await server.stop();
});

function withPage(contextOptions, fn) {
  return withPageOf(browser, server.baseURL, contextOptions, fn);
}

/** Latin and all letters of the text of <main> a reader can see (not the visually hidden
 * note, not the inside of closed disclosures). */
function visibleLetters(page) {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    let latin = 0;
    let all = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (el.closest('.visually-hidden')) continue;
      const details = el.closest('details');
      if (details && !details.open && !el.closest('summary')) continue;
      if (!el.checkVisibility()) continue;
      for (const ch of n.textContent) {
        if (!/\p{L}/u.test(ch)) continue;
        all += 1;
        if (/\p{Script=Latin}/u.test(ch)) latin += 1;
      }
    }
    return { latin, all };
  });
}

describe('content in the reader\'s language', () => {
  for (const viewport of [PHONE, WIDE]) {
    for (const p of PAGES) {
      test(`${p.path} at ${viewport.width} px: words for markers, one note, mostly the reader's script`, async () => {
        await withPage({ viewport }, async (page) => {
          const res = await page.goto(p.path);
          assert.equal(res.status(), 200, `${p.path} answered ${res.status()}`);
          await page.screenshot({ path: path.join(SHOTS, `content-${p.name}-${viewport.width}.png`), fullPage: true });

          // Every marker outside the closed disclosure of the sources' wordings.
          const marks = page.locator('main .content-mark:not(details .content-mark)');
          const count = await marks.count();
          assert.ok(count > 0, `${p.path}: no marker`);
          for (let i = 0; i < Math.min(count, 5); i += 1) {
            const m = marks.nth(i);
            assert.ok(await m.isVisible(), `${p.path}: marker ${i} is not visible`);
            assert.equal(await m.getAttribute('title'), null, `${p.path}: a marker must not hide its meaning in a tooltip`);
            const text = (await m.innerText()).trim();
            assert.ok(!/^[A-Z]{2,3}$/.test(text), `${p.path}: marker ${i} is a language code (${text})`);
          }
          const words = await marks.allInnerTexts();
          assert.ok(words.some((w) => w.includes(p.mark)), `${p.path}: no marker says "${p.mark}": ${words.slice(0, 5).join(' | ')}`);
          // One marker per row, never one per field.
          const rows = await page.locator('main tbody tr').count();
          const rowMarks = await page.locator('main tbody tr .content-mark').count();
          assert.ok(rowMarks <= rows, `${p.path}: ${rowMarks} markers in ${rows} rows`);
          // Screen readers: one note, near the top of main.
          const notes = page.locator('main > p.visually-hidden');
          assert.equal(await notes.count(), 1, `${p.path}: one note for screen readers`);

          if (p.path.startsWith('/ar/')) {
            const { latin, all } = await visibleLetters(page);
            const share = (100 * latin) / all;
            assert.ok(share < PAGE_LIMIT, `${p.path}: ${share.toFixed(1)} % of the visible letters are Latin (limit ${PAGE_LIMIT} %)`);
          }
        });
      });
    }
  }

  for (const p of [...PAGES, { path: '/fr/institutions' }, { path: '/zgh/commitments' }, { path: '/en/commitments/MO0004' }]) {
    test(`axe ${p.path}`, async () => {
      await withPage({ viewport: DESKTOP, bypassCSP: true }, async (page) => {
        const res = await page.goto(p.path);
        assert.equal(res.status(), 200);
        await assertNoSeriousAxeViolations(page, p.path);
      });
    });
  }

  test('the wordings of the sources open on a tap, without JavaScript', async () => {
    await withPage({ viewport: PHONE, javaScriptEnabled: false }, async (page) => {
      const res = await page.goto('/ar/commitments/MO0004');
      assert.equal(res.status(), 200);
      const quoted = page.locator('details.wordings dd bdi[lang="en"]').first();
      assert.ok(!(await quoted.isVisible()), 'the English wordings are closed at first');
      await page.locator('details.wordings > summary').click();
      assert.ok(await quoted.isVisible(), 'a tap opens them');
    });
  });
});
