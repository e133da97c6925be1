// @ts-check
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { totalsReporter } from './tests/support/totals-reporter.mjs';

/**
 * Dates are tested in a fixed non-UTC zone so zone bugs cannot hide behind UTC. Some expectations are written
 * for New York; TEST_TZ=Pacific/Auckland (etc.) runs the suite elsewhere to look for zone bugs, and then only
 * those New York expectations may differ.
 */
export const TEST_TIME_ZONE = process.env.TEST_TZ || 'America/New_York';
process.env.TZ = TEST_TIME_ZONE;

function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ].filter(Boolean);
  const found = candidates.find((p) => existsSync(/** @type {string} */ (p)));
  if (!found) {
    console.error(
      "\nNo Chromium found. Install Debian's package: `sudo apt-get install chromium`, or set CHROME_PATH to a Chrome/Chromium binary.\n",
    );
    process.exit(1);
  }
  return found;
}

const extraPlugins = [];
// Test-only HTTP routes (feeds with ETags, slow responses, a second origin without CORS) live beside the tests.
if (existsSync('./tests/support/server-plugin.mjs')) {
  const { testServerPlugin } = await import('./tests/support/server-plugin.mjs');
  extraPlugins.push(testServerPlugin());
}

export default {
  files: ['tests/**/*.test.ts', 'tests/**/*.test.html'],
  nodeResolve: true,
  concurrency: 1,
  testsFinishTimeout: Number(process.env.WTR_TIMEOUT ?? 300000),
  testFramework: { config: { timeout: 10000, ...(process.env.GREP ? { grep: process.env.GREP } : {}) } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), ...extraPlugins],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
        env: { ...process.env, TZ: TEST_TIME_ZONE },
      },
      async createPage({ browser }) {
        const page = await browser.newPage();
        await page.emulateTimezone(TEST_TIME_ZONE);
        return page;
      },
    }),
  ],
  reporters: [(await import('@web/test-runner')).defaultReporter(), totalsReporter()],
};
