// @ts-check
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { totalsReporter } from './tests/support/totals-reporter.mjs';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

/**
 * Dates are tested in a fixed non-UTC zone so zone bugs cannot hide behind UTC. Some expectations are written
 * for New York; TEST_TZ=Pacific/Auckland (etc.) runs the suite elsewhere to look for zone bugs, and then only
 * those New York expectations may differ.
 */
export const TEST_TIME_ZONE = process.env.TEST_TZ || 'America/New_York';
process.env.TZ = TEST_TIME_ZONE;

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
        args: CHROMIUM_ARGS,
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
