#!/usr/bin/env node
// Rendering benchmark for <latest-stories>, in one headless Chromium page: 10, 100 and 1000 stories through
// the element (property `stories`, layout list) next to the floor, a plain innerHTML rendering of the same
// cards with the same style sheets (see bench/render-bench-page.ts for exactly what each side does). Each
// sample is the time from setting the data to a settled layout; medians of --runs samples per size, the two
// contenders interleaved so that load from other processes hits both alike. Target: ≤ 1.5× the floor at 100
// and 1000 stories.
// Usage: node bench/render-bench.mjs [--runs 31] [--sizes 10,100,1000] [--detail]
// --detail adds the element with `no-date` (no dates at all), to show what the dates cost.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';
/* global RB */ // The page bundle's global (bench/render-bench-page.ts), used inside page.evaluate.

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('--sizes', '10,100,1000').split(',').map(Number);
const runs = Math.max(15, Number(arg('--runs', 31)));
const detail = process.argv.includes('--detail');
const WARMUP = 3;

// Production Lit (no dev-mode checks), minified, as a site would ship it.
const bundle = (
  await build({
    entryPoints: [resolve(here, 'render-bench-page.ts')],
    absWorkingDir: root,
    bundle: true,
    format: 'iife',
    globalName: 'RB',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'error',
    tsconfig: resolve(root, 'tsconfig.json'),
  })
).outputFiles[0].text;
const page = readFileSync(resolve(here, 'render-bench.html'), 'utf8');

// A local server, so that the lazy images of the first screen load the same way for both contenders.
const server = createServer((req, res) => {
  const url = req.url ?? '/';
  if (url === '/' || url === '/index.html') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return res.end(page);
  }
  if (url === '/render-bench.js') {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
    return res.end(bundle);
  }
  const img = /^\/img\/(\d+)\.svg$/.exec(url);
  if (img) {
    const hue = (Number(img[1]) * 47) % 360;
    res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'max-age=3600' });
    return res.end(
      `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360"><rect width="100%" height="100%" fill="hsl(${hue} 55% 50%)"/></svg>`,
    );
  }
  res.writeHead(404);
  res.end();
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// For --gc: exposes gc() to the page.
const browser = await launchChromium(['--js-flags=--expose-gc']);
const rows = [];
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  await tab.goto(`${origin}/`, { waitUntil: 'load' });
  for (const n of sizes) {
    const result = await tab.evaluate(
      async (n, runs, warmup, detail) => {
        const stage = document.getElementById('stage');
        const stories = RB.makeStories(n);
        const samples = { floor: [], element: [], noDate: [] };
        const order = [
          ['floor', RB.runFloor],
          ['element', RB.runElement],
        ];
        if (detail) order.push(['noDate', (s, st) => RB.runElement(s, st, ['no-date'])]);
        for (let r = 0; r < warmup + runs; r++) {
          // Alternate who goes first, so neither always follows the other's garbage.
          for (const [name, run] of r % 2 ? [...order].reverse() : order) {
            globalThis.gc?.();
            const ms = await run(stories, stage);
            if (r >= warmup) samples[name].push(ms);
          }
        }
        stage.replaceChildren();
        const median = (a) => {
          const s = [...a].sort((x, y) => x - y);
          return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        };
        return {
          floor: median(samples.floor),
          element: median(samples.element),
          noDate: detail ? median(samples.noDate) : NaN,
        };
      },
      n,
      runs,
      WARMUP,
      detail,
    );
    rows.push({ n, ...result, ratio: result.element / result.floor });
    console.error(`measured ${n} stories`);
  }
} finally {
  await browser.close();
  server.close();
}

console.log(
  `\n<latest-stories> render to a settled layout, headless Chromium, median of ${runs} runs (after ${WARMUP} warm-ups):\n`,
);
console.log(
  'stories'.padEnd(10) +
    'floor (innerHTML)'.padEnd(20) +
    'element'.padEnd(14) +
    'ratio'.padEnd(10) +
    (detail ? 'element, no-date' : ''),
);
for (const r of rows) {
  console.log(
    String(r.n).padEnd(10) +
      `${r.floor.toFixed(2)} ms`.padEnd(20) +
      `${r.element.toFixed(2)} ms`.padEnd(14) +
      `${r.ratio.toFixed(2)}×`.padEnd(10) +
      (detail ? `${r.noDate.toFixed(2)} ms (${(r.noDate / r.floor).toFixed(2)}×)` : ''),
  );
}
const judged = rows.filter((r) => r.n >= 100);
if (judged.length) {
  const worst = Math.max(...judged.map((r) => r.ratio));
  console.log(`\nworst ratio at ≥ 100 stories: ${worst.toFixed(2)}× (target ≤ 1.5×)`);
}
