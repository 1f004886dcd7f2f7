// Screenshots for review: the home page, a plan, a commitment, the commitments list and an
// institution, in Arabic, French and Tamazight, at 360 x 740 (a phone) and 1280 x 900, taken
// from a running portal with Debian's Chromium. Prints where each page's main heading starts.
//
//   cargo run -- serve            # or any running portal
//   cd e2e && node screenshots.js [base URL, default http://127.0.0.1:8080] [output directory]
//
// Each page gives `<lang>-<page>-<width>.png` (the first screen, as the reader sees it on
// arrival), `<lang>-<page>-<width>-full.png` (the whole page) and the whole page in slices of
// two screens (`-part1.png`, ...). `headings.json` holds the measured positions.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './tests/helpers.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const BASE = process.argv[2] || process.env.BASE_URL || 'http://127.0.0.1:8080';
const OUT = path.resolve(process.argv[3] || path.join(HERE, 'screenshots', 'review'));
const LANGS = ['ar', 'fr', 'zgh'];
const VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 900 },
];

/** The pages, by name; the institution is the first one the list links to. */
async function pagesOf(lang) {
  const html = await (await fetch(`${BASE}/${lang}/institutions`)).text();
  const inst = /href="(\/[a-z]+\/institutions\/[^"]+)"/.exec(html);
  return [
    ['home', `/${lang}/`],
    ['plan', `/${lang}/plans/2`],
    ['commitment', `/${lang}/commitments/MO0054`],
    ['commitments', `/${lang}/commitments`],
    ['institution', inst ? inst[1] : `/${lang}/institutions`],
  ];
}

fs.mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
const headings = [];
try {
  for (const viewport of VIEWPORTS) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    for (const lang of LANGS) {
      for (const [name, url] of await pagesOf(lang)) {
        const res = await page.goto(BASE + url);
        if (!res || res.status() !== 200) throw new Error(`${url} answered ${res && res.status()}`);
        const top = await page.evaluate(() => {
          const h = document.querySelector('main h1');
          return h ? Math.round(h.getBoundingClientRect().top + window.scrollY) : null;
        });
        const file = `${lang}-${name}-${viewport.width}`;
        await page.screenshot({ path: path.join(OUT, `${file}.png`) });
        await page.screenshot({ path: path.join(OUT, `${file}-full.png`), fullPage: true });
        // The whole page again in slices of two screens, readable at full size.
        const total = await page.evaluate(() => document.documentElement.scrollHeight);
        const slice = Math.min(viewport.height * 2, 1500);
        for (let y = 0, i = 1; y < total; y += slice, i++) {
          const clip = { x: 0, y, width: viewport.width, height: Math.min(slice, total - y) };
          await page.screenshot({ path: path.join(OUT, `${file}-part${i}.png`), fullPage: true, clip });
        }
        headings.push({ lang, page: name, url, width: viewport.width, height: viewport.height, headingTop: top });
        const share = top === null ? 'no h1' : `${Math.round((100 * top) / viewport.height)} % of the first screen`;
        console.log(`${viewport.width}x${viewport.height} ${url}: heading at ${top} px (${share})`);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
}
fs.writeFileSync(path.join(OUT, 'headings.json'), JSON.stringify(headings, null, 2) + '\n');
console.log(`screenshots and headings.json in ${OUT}`);
