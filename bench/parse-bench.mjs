#!/usr/bin/env node
// Feed parsing benchmark, in one headless Chromium page: parseFeed against the floor (the browser's native
// DOMParser plus querySelector for title/link/date/description of each item) and against rss-parser,
// @extractus/feed-extractor (extractFromXml) and fast-xml-parser plus a minimal mapping.
// Usage: npm run bench  (or: node bench/parse-bench.mjs [--runs N] [--sizes 50,500] [--gc])
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
import { atomFeed, rssFeed } from './generate-feeds.mjs';

/* global NE, FE, FX, RSSParser -- the page's globals, set by the bundles injected below */

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('--sizes', '50,500,5000').split(',').map(Number);
const runs = Number(arg('--runs', 21));
// --gc: a full collection before every sample, so each contender pays for its own garbage only (without it,
// one contender's garbage may be collected during the next one's sample; with it, the heap stays small and
// allocation-heavy contenders collect more often). Neither is the one true number: run both.
const forceGc = process.argv.includes('--gc');

/** Bundles a module for the page as an IIFE that sets `globalThis[name]`. */
async function iife(contents, name) {
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: name,
    platform: 'browser',
    minify: true,
    write: false,
    logLevel: 'error',
  });
  return out.outputFiles[0].text;
}

const scripts = [
  await iife(`export { parseFeed } from './src/feed/parse.ts';`, 'NE'),
  await iife(`export { extractFromXml } from '@extractus/feed-extractor';`, 'FE'),
  // fast-xml-parser gives a raw object tree; the mapping is the least a feed reader must add to it.
  await iife(
    `import { XMLParser } from 'fast-xml-parser';
     const arr = (v) => (v == null ? [] : Array.isArray(v) ? v : [v]);
     const text = (v) => (v && typeof v === 'object' ? v['#text'] : v);
     export function parse(xml) {
       const d = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' }).parse(xml);
       const ch = d.rss && d.rss.channel;
       if (ch) return arr(ch.item).map((i) => ({ title: text(i.title), link: text(i.link), date: i.pubDate, description: text(i.description) }));
       return arr(d.feed && d.feed.entry).map((e) => ({
         title: text(e.title),
         link: (arr(e.link).find((l) => (l['@_rel'] || 'alternate') === 'alternate') || {})['@_href'],
         date: e.published || e.updated,
         description: text(e.summary),
       }));
     }`,
    'FX',
  ),
  // rss-parser ships a browser build; its xmlbuilder dependency is only used to write XML, so a stub does.
  'window.xmlbuilder = {};\n' +
    readFileSync(createRequire(import.meta.url).resolve('rss-parser/dist/rss-parser.min.js'), 'utf8'),
];

// For --gc: exposes gc() to the page.
const browser = await launchChromium(['--js-flags=--expose-gc']);
const rows = [];
try {
  const page = await browser.newPage();
  await page.goto('about:blank');
  for (const content of scripts) await page.addScriptTag({ content });

  for (const [format, generate] of [
    ['RSS', rssFeed],
    ['Atom', atomFeed],
  ]) {
    for (const n of sizes) {
      const xml = generate(n);
      const result = await page.evaluate(
        async (xml, n, runs, forceGc) => {
          const contenders = {
            floor: () => {
              const doc = new DOMParser().parseFromString(xml, 'application/xml');
              const out = [];
              for (const item of doc.querySelectorAll('item, entry')) {
                const link = item.querySelector('link');
                out.push({
                  title: item.querySelector('title')?.textContent,
                  link: link?.getAttribute('href') ?? link?.textContent,
                  date: item.querySelector('pubDate, published, updated')?.textContent,
                  description: item.querySelector('description, summary')?.textContent,
                });
              }
              return out;
            },
            parseFeed: () => NE.parseFeed(xml).items,
            'rss-parser': async () => (await new RSSParser().parseString(xml)).items,
            'feed-extractor': () => FE.extractFromXml(xml, { normalization: true }).entries,
            'fast-xml-parser': () => FX.parse(xml),
          };
          // Small feeds are repeated inside one sample: the page clock is coarsened to 0.1 ms.
          const reps = Math.max(1, Math.round(500 / n));
          const samples = {};
          for (const [name, fn] of Object.entries(contenders)) {
            const items = await fn(); // a sanity check that every contender read every item
            if (items.length !== n) throw new Error(`${name} read ${items.length} of ${n} items`);
            // Warm-up, so the JIT has optimized every contender before the first sample.
            for (let i = 0; i < reps * (n >= 5000 ? 2 : 5); i++) await fn();
            samples[name] = [];
          }
          // Round-robin, so load from other processes spreads over all contenders alike.
          for (let r = 0; r < runs; r++) {
            for (const [name, fn] of Object.entries(contenders)) {
              if (forceGc) globalThis.gc();
              const t = performance.now();
              for (let i = 0; i < reps; i++) await fn();
              samples[name].push((performance.now() - t) / reps);
            }
          }
          const median = (a) => a.sort((x, y) => x - y)[a.length >> 1];
          return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
        },
        xml,
        n,
        n >= 5000 ? Math.min(runs, 15) : runs,
        forceGc,
      );
      rows.push({ feed: `${format} ${n}`, kb: Math.round(xml.length / 1024), ...result });
      console.error(`measured ${format} ${n}`);
    }
  }
} finally {
  await browser.close();
}

const names = ['floor', 'parseFeed', 'rss-parser', 'feed-extractor', 'fast-xml-parser'];
const cell = (ms, floor) => `${ms.toFixed(2)} ms (${(ms / floor).toFixed(2)}×)`.padEnd(22);
console.log(
  `\nMedian parse time in headless Chromium${forceGc ? ' (gc() before each sample)' : ''}, ratio to the floor (DOMParser + querySelector):\n`,
);
console.log('feed'.padEnd(20) + names.map((n) => n.padEnd(22)).join(''));
for (const r of rows) {
  console.log(`${r.feed} (${r.kb} KB)`.padEnd(20) + names.map((n) => cell(r[n], r.floor)).join(''));
}
const worst = Math.max(...rows.map((r) => r.parseFeed / r.floor));
console.log(`\nparseFeed worst ratio to the floor: ${worst.toFixed(2)}× (target ≤ 1.0×, aim 0.5×)`);
