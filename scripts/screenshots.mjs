// Headless screenshots of every demo page, light and dark, 375 px and 1280 px wide, into screenshots/.
// Usage: npm run screenshots [-- page.html ...]   (starts its own Vite server on a free port)
import { createServer } from 'vite';
import { launchChromium } from './chromium.mjs';
import { mkdirSync, readdirSync } from 'node:fs';

const pages = process.argv.slice(2).length
  ? process.argv.slice(2)
  : readdirSync('demo').filter((f) => f.endsWith('.html'));
const server = await createServer({ server: { port: 0, open: false }, logLevel: 'error' });
await server.listen();
const { port } = server.httpServer.address();
const browser = await launchChromium();
mkdirSync('screenshots', { recursive: true });
try {
  for (const file of pages) {
    for (const scheme of ['light', 'dark']) {
      for (const width of [375, 1280]) {
        const page = await browser.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        await page.setViewport({ width, height: 900 });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        // Vite may reload the page once while it optimizes dependencies on first visit: retry then.
        for (let attempt = 1; ; attempt++) {
          try {
            await page.goto(`http://localhost:${port}/demo/${file}`, { waitUntil: 'networkidle0' });
            // Lazy elements load when scrolled near; walk down the page once so everything renders.
            await page.evaluate(async () => {
              for (let y = 0; y < document.body.scrollHeight; y += 600) {
                window.scrollTo(0, y);
                await new Promise((r) => setTimeout(r, 120));
              }
              window.scrollTo(0, 0);
            });
            break;
          } catch (error) {
            if (attempt === 3) throw error;
          }
        }
        await new Promise((r) => setTimeout(r, 500));
        const out = `screenshots/${file.replace('.html', '')}-${scheme}-${width}.png`;
        await page.screenshot({ path: out, fullPage: true });
        // Long pages are also cut into screen-sized slices (-part1, -part2…) that are legible when viewed.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const slice = width < 600 ? 1000 : 1100;
        for (let y = 0, n = 1; height > slice * 1.3 && y < height; y += slice, n++) {
          const clip = { x: 0, y, width, height: Math.min(slice, height - y) };
          await page.screenshot({
            path: out.replace('.png', `-part${n}.png`),
            clip,
            captureBeyondViewport: true,
          });
        }
        console.log(out, errors.length ? `console errors: ${errors.join(' | ')}` : '');
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
