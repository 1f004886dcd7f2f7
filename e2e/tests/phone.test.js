// The portal on a 360 x 740 phone, as an Arabic or French reader sees it: the page's heading on
// the first screen of every page, a menu and filters that open without JavaScript, commitments
// as cards, a scroll cue on wide tables, and figures (percentages, law numbers) that read the
// same way everywhere on the Arabic pages, checked on the rendered text. Also the help pages
// (contact, legal notice, privacy, accessibility, glossary) with axe-core in four languages.
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
/** The main heading must start within this share of the phone's first screen. */
const HEADING_SHARE = 0.4;
const ADMIN = { email: 'admin@example.ma', name: 'Admin', password: 'river lantern copper meadow' };
const CONTACT = 'equipe@example.ma';

let server;
let baseURL;
let browser;

before(async () => {
  server = await startServer({
    // A contact address set (the help pages show it); no CNDP number (they must not show one).
    env: { OPENGOV_REQUIRE_SECOND_FACTOR: 'false', OPENGOV_CONTACT_EMAIL: CONTACT },
    prefix: 'opengov-e2e-phone-',
  });
  baseURL = server.baseURL;
  const r = await server.run(
    ['create-admin', '--email', ADMIN.email, '--name', ADMIN.name, '--lang', 'fr'],
    { input: `${ADMIN.password}\n` },
  );
  assert.equal(r.code, 0, `opengov create-admin failed (${r.code}):\n${r.stderr}${r.stdout}`);
  // The demo as it is shown: with its illustrative activities and the banner on every page
  // (the longest first screen).
  const seed = await server.run(['seed-demo', '--illustrative']);
  assert.equal(seed.code, 0, `opengov seed-demo failed (${seed.code}):\n${seed.stderr}`);
  // The server hears of another process's writes within about a second.
  for (let i = 0; i < 40; i++) {
    if ((await (await fetch(`${baseURL}/fr/`)).text()).includes('banner--warning')) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  browser = await launchBrowser();
});

after(async () => {
  if (browser) await browser.close().catch(() => {});
  if (server) await server.stop();
});

function withPage(contextOptions, fn) {
  return withPageOf(browser, baseURL, contextOptions, fn);
}

/**
 * Every page a visitor reaches from the home page of `lang` by following links (lists through
 * the first page of each filter), found with plain requests; plus a page that does not exist.
 */
async function crawl(lang) {
  const seen = new Set();
  const queue = [`/${lang}/`];
  const pages = [];
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    const res = await fetch(baseURL + url, { redirect: 'manual' });
    if (res.status >= 300 && res.status < 400) continue; // sign-in redirects and the like
    assert.equal(res.status, 200, `${url} answered ${res.status}`);
    if (!(res.headers.get('content-type') || '').startsWith('text/html')) continue;
    pages.push(url);
    const html = await res.text();
    for (const m of html.matchAll(/href="([^"#]+)(#[^"]*)?"/g)) {
      const link = m[1].replaceAll('&amp;', '&');
      if (!link.startsWith(`/${lang}/`) || seen.has(link)) continue;
      if (link.includes('page=') && !link.endsWith('page=2')) continue;
      queue.push(link);
    }
  }
  pages.push(`/${lang}/no-such-page`);
  return pages;
}

/** Where the page's main heading starts, in CSS pixels from the top of the page. */
async function headingTop(page) {
  return page.evaluate(() => {
    const h = document.querySelector('main h1') || document.querySelector('h1');
    return h ? h.getBoundingClientRect().top + window.scrollY : null;
  });
}

async function signIn(page, lang) {
  await page.goto(`/${lang}/account/sign-in`);
  await page.fill('#f-email', ADMIN.email);
  await page.fill('#f-password', ADMIN.password);
  await Promise.all([
    page.waitForURL((u) => !u.pathname.endsWith('/sign-in'), { timeout: 15_000 }),
    page.locator('main form[action$="/account/sign-in"] button[type=submit]').click(),
  ]);
}

const measured = {};

describe('the main heading is on the first screen of a 360 x 740 phone', () => {
  for (const lang of ['ar', 'fr']) {
    test(`every public page of /${lang}/`, async () => {
      const pages = await crawl(lang);
      assert.ok(pages.length > 60, `only ${pages.length} pages found from /${lang}/`);
      const limit = PHONE.height * HEADING_SHARE;
      const late = [];
      await withPage({ viewport: PHONE }, async (page) => {
        for (const url of pages) {
          await page.goto(url);
          const top = await headingTop(page);
          measured[url] = top;
          if (top === null || top > limit) late.push(`${url}: ${top === null ? 'no h1' : `${Math.round(top)} px`}`);
        }
      });
      const tops = pages.map((u) => measured[u]).filter((t) => t !== null);
      console.log(`/${lang}/: ${pages.length} pages, heading at ${Math.round(Math.min(...tops))}-${Math.round(Math.max(...tops))} px (limit ${limit} px)`);
      assert.deepEqual(late, [], `headings below ${limit} px on a ${PHONE.width} x ${PHONE.height} screen:\n${late.join('\n')}`);
    });

    test(`the account and admin pages of /${lang}/, signed in`, async () => {
      const limit = PHONE.height * HEADING_SHARE;
      const late = [];
      await withPage({ viewport: PHONE }, async (page) => {
        for (const p of ['/account/sign-in', '/account/register', '/account/reset']) {
          await page.goto(`/${lang}${p}`);
          const top = await headingTop(page);
          if (top === null || top > limit) late.push(`${p}: ${top}`);
        }
        await signIn(page, lang);
        for (const p of ['/account', '/account/two-step', '/account/delete', '/admin/users', '/admin/audit', '/admin/users/1']) {
          const res = await page.goto(`/${lang}${p}`);
          assert.equal(res.status(), 200, `/${lang}${p} answered ${res.status()}`);
          const top = await headingTop(page);
          if (top === null || top > limit) late.push(`${p}: ${top}`);
        }
        await page.screenshot({ path: path.join(SHOTS, `phone-${lang}-admin-user.png`) });
      });
      assert.deepEqual(late, [], `headings below ${limit} px:\n${late.join('\n')}`);
    });
  }
});

describe('the phone header', () => {
  for (const lang of ['ar', 'fr']) {
    test(`/${lang}/: the menu opens without JavaScript, from the keyboard`, async () => {
      await withPage({ viewport: PHONE, javaScriptEnabled: false }, async (page) => {
        await page.goto(`/${lang}/plans`);
        const plansLink = page.locator(`.main-nav a[href="/${lang}/commitments"]`);
        assert.equal(await plansLink.isVisible(), false, 'the navigation is open before the menu is');
        const button = page.locator('.site-menu > summary');
        assert.ok(await button.isVisible(), 'no visible menu button');
        const box = await button.boundingBox();
        assert.ok(box.height >= 24 && box.width >= 24, `the menu button is too small: ${JSON.stringify(box)}`);
        // Keyboard: Tab to the button, Enter opens the menu.
        await button.focus();
        await page.keyboard.press('Enter');
        assert.ok(await plansLink.isVisible(), 'Enter on the menu button does not show the navigation');
        const signIn = page.locator(`.site-menu a[href^="/${lang}/account/sign-in"]`);
        assert.ok(await signIn.isVisible(), 'the sign-in link is not in the open menu');
        await page.screenshot({ path: path.join(SHOTS, `phone-${lang}-menu-open.png`) });
        await page.keyboard.press('Enter');
        assert.equal(await plansLink.isVisible(), false, 'Enter again does not close the menu');
      });
    });

    test(`/${lang}/: the other languages on one line; the full header at 1280 px`, async () => {
      await withPage({ viewport: PHONE }, async (page) => {
        await page.goto(`/${lang}/`);
        const others = page.locator('.lang-switcher a:not([aria-current])');
        assert.equal(await others.count(), 3);
        const tops = [];
        for (let i = 0; i < 3; i++) {
          assert.ok(await others.nth(i).isVisible(), `language link ${i} is hidden`);
          tops.push((await others.nth(i).boundingBox()).y);
        }
        assert.ok(Math.max(...tops) - Math.min(...tops) < 2, `the languages wrap: ${tops}`);
        const header = await page.locator('.site-header').boundingBox();
        assert.ok(header.height <= 130, `the phone header is ${header.height} px high`);
      });
      await withPage({ viewport: DESKTOP }, async (page) => {
        await page.goto(`/${lang}/`);
        assert.equal(await page.locator('.site-menu > summary').isVisible(), false, 'a menu button on the desktop');
        for (const p of ['/', '/plans', '/commitments', '/institutions']) {
          assert.ok(await page.locator(`.main-nav a[href="/${lang}${p}"]`).isVisible(), `${p} not in the desktop navigation`);
        }
        assert.ok(await page.locator('.user-nav a[href^="/' + lang + '/account/sign-in"]').isVisible(), 'no sign-in link on the desktop');
        assert.equal(await page.locator('.lang-switcher a').count(), 4);
        assert.ok(await page.locator('.lang-switcher a[aria-current]').isVisible(), 'the current language is not shown on the desktop');
      });
    });
  }
});

describe('lists and tables on the phone', () => {
  for (const lang of ['ar', 'fr']) {
    test(`/${lang}/commitments: filters folded, commitments as cards with title, status and progress`, async () => {
      await withPage({ viewport: PHONE, javaScriptEnabled: false }, async (page) => {
        await page.goto(`/${lang}/commitments`);
        assert.equal(await page.locator('select[name=plan]').isVisible(), false, 'the filters are open with no filter in use');
        await page.locator('.filters-box > summary').click();
        assert.ok(await page.locator('select[name=plan]').isVisible(), 'the filters do not open');
        await page.goto(`/${lang}/commitments`);
        const first = page.locator('table.data-table--cards tbody tr').first();
        const card = await first.boundingBox();
        assert.ok(card.y < PHONE.height, `the first commitment starts at ${card.y} px, below the first screen`);
        for (const sel of ['.cell-title a', '.cell-progress .progress-value', '.cell-id a']) {
          const el = first.locator(sel).first();
          assert.ok(await el.isVisible(), `${sel} not visible in the first card`);
          const b = await el.boundingBox();
          assert.ok(b.x >= 0 && b.x + b.width <= PHONE.width + 1, `${sel} is cut at the screen's edge: ${JSON.stringify(b)}`);
        }
        // A reported figure has its status beside it.
        const withFigure = page.locator('.cell-progress:has(.progress-bar)').first();
        if ((await withFigure.count()) > 0) {
          assert.ok(await withFigure.locator('.tag').first().isVisible(), 'no status beside a figure');
        }
        const wrap = await page.locator('.table-wrap--cards').first().evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth }));
        assert.ok(wrap.sw <= wrap.cw + 1, `the cards scroll sideways: ${JSON.stringify(wrap)}`);
        await page.screenshot({ path: path.join(SHOTS, `phone-${lang}-commitments.png`), fullPage: true });

        await page.goto(`/${lang}/commitments?plan=3`);
        assert.ok(await page.locator('select[name=plan]').isVisible(), 'the filters are folded while one is in use');
      });
    });

    test(`/${lang}/: wide tables say that they scroll`, async () => {
      await withPage({ viewport: PHONE }, async (page) => {
        // An institution page has an activity table when the data has activities.
        await page.goto(`/${lang}/institutions`);
        const hrefs = await page.locator('main table a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        let found = false;
        for (const href of hrefs) {
          await page.goto(href);
          if ((await page.locator('.table-wrap--wide').count()) === 0) continue;
          found = true;
          assert.ok(await page.locator('.scroll-hint').first().isVisible(), `${href}: no visible scroll hint`);
          const w = await page.locator('.table-wrap--wide').first().evaluate((el) => ({ sw: el.scrollWidth, cw: el.clientWidth }));
          assert.ok(w.sw > w.cw, `${href}: the wide table does not overflow at 360 px (${JSON.stringify(w)}), so the hint is wrong`);
          break;
        }
        assert.ok(found, 'no institution page with an activity table');
      });
    });
  }
});

describe('figures read the same way on every Arabic page', () => {
  test('percent signs: the same side of the digits everywhere; 09-08 reads 09-08', async () => {
    const pages = (await crawl('ar')).filter((u) => !u.includes('?') || u.includes('page=2'));
    const orders = new Map();
    let checked = 0;
    let lawOrder = null;
    await withPage({ viewport: DESKTOP }, async (page) => {
      for (const url of pages) {
        await page.goto(url);
        const found = await page.evaluate(() => {
          const out = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          const re = /(\d+)[\s\u00a0\u202f]?%/g;
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const el = n.parentElement;
            if (!el || el.closest('.visually-hidden, script, style')) continue;
            re.lastIndex = 0;
            for (let m = re.exec(n.data); m; m = re.exec(n.data)) {
              const digits = document.createRange();
              digits.setStart(n, m.index);
              digits.setEnd(n, m.index + m[1].length);
              const sign = document.createRange();
              const at = m.index + m[0].length - 1;
              sign.setStart(n, at);
              sign.setEnd(n, at + 1);
              const d = [...digits.getClientRects()];
              const s = [...sign.getClientRects()];
              if (!d.length || !s.length) continue; // not rendered
              const last = d.reduce((a, b) => (b.right > a.right ? b : a));
              const first = d.reduce((a, b) => (b.left < a.left ? b : a));
              if (Math.abs(s[0].top - last.top) > last.height / 2) continue; // broken across lines
              const order = s[0].left >= last.right - 1 ? 'digits-then-sign' : s[0].right <= first.left + 1 ? 'sign-then-digits' : 'overlap';
              out.push({ order, text: (el.closest('p,li,td,dd,span,div') || el).textContent.trim().slice(0, 70) });
            }
          }
          return out;
        });
        for (const f of found) {
          checked += 1;
          if (!orders.has(f.order)) orders.set(f.order, []);
          orders.get(f.order).push(`${url}: ${f.text}`);
        }
      }
      // The law number in the registration form's hint.
      await page.goto('/ar/account/register');
      const law = await page.evaluate(() => {
        const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = n.data.indexOf('09-08');
          if (i < 0) continue;
          const r = (a, b) => {
            const x = document.createRange();
            x.setStart(n, a);
            x.setEnd(n, b);
            return x.getClientRects()[0];
          };
          return { first: r(i, i + 2).left, second: r(i + 3, i + 5).left };
        }
        return null;
      });
      assert.ok(law, 'no "09-08" on /ar/account/register');
      lawOrder = law;
    });
    assert.ok(checked > 50, `only ${checked} percentages found on ${pages.length} Arabic pages`);
    const summary = [...orders.entries()].map(([o, l]) => `${o}: ${l.length}, e.g. ${l.slice(0, 3).join(' | ')}`).join('\n');
    const problems = [];
    if (orders.size !== 1 || !orders.has('digits-then-sign')) problems.push(`percentages render in more than one way:\n${summary}`);
    if (!(lawOrder.first < lawOrder.second)) problems.push(`"09-08" renders as "08-09" (${JSON.stringify(lawOrder)})`);
    assert.deepEqual(problems, []);
  });
});

describe('help pages', () => {
  for (const lang of ['ar', 'fr', 'en', 'zgh']) {
    for (const p of ['/contact', '/legal-notice', '/privacy', '/accessibility', '/glossary']) {
      test(`axe /${lang}${p}, linked from the footer`, async () => {
        await withPage({ viewport: DESKTOP, bypassCSP: true }, async (page) => {
          const res = await page.goto(`/${lang}/`);
          assert.equal(res.status(), 200);
          const link = page.locator(`.site-footer a[href="/${lang}${p}"]`);
          assert.equal(await link.count(), 1, `the footer does not link ${p}`);
          await Promise.all([page.waitForURL(`**/${lang}${p}`), link.click()]);
          const main = await page.locator('main').innerText();
          if (p === '/contact' || p === '/accessibility') assert.ok(main.includes(CONTACT), `${p} does not show the contact address`);
          if (p === '/privacy') assert.ok(!(await page.locator('#cndp').count()), 'a CNDP number is shown although none is set');
          await assertNoSeriousAxeViolations(page, `/${lang}${p}`);
        });
      });
    }
  }

  test('/ar/commitments/MO0054: IRM fields link to the glossary entry that explains them', async () => {
    await withPage({ viewport: PHONE }, async (page) => {
      await page.goto('/ar/commitments/MO0054');
      const link = page.locator('a.term-link[href="/ar/glossary#starred"]');
      assert.equal(await link.count(), 1, 'no glossary link beside "starred"');
      await Promise.all([page.waitForURL('**/ar/glossary#starred'), link.click()]);
      const entry = page.locator('#starred');
      assert.ok(await entry.isVisible(), 'the glossary has no visible entry #starred');
      const box = await entry.boundingBox();
      // Scrolled to the top of the screen, give or take a sub-pixel of rounding (-0.4 px seen).
      assert.ok(box.y > -1 && box.y < PHONE.height, `the entry is not on screen after following the link: ${box.y}`);
    });
  });
});

describe('accessibility (axe-core) at 360 px, menu open', () => {
  for (const lang of ['ar', 'fr', 'zgh']) {
    for (const p of ['/', '/commitments', '/plans/2']) {
      test(`axe /${lang}${p} on a phone`, async () => {
        await withPage({ viewport: PHONE, bypassCSP: true }, async (page) => {
          await page.goto(`/${lang}${p}`);
          await page.locator('.site-menu > summary').click();
          await assertNoSeriousAxeViolations(page, `/${lang}${p} (360 px, menu open)`);
        });
      });
    }
  }
});
