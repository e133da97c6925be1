// @ts-check
// The whole suite in Firefox ESR (Debian's `firefox-esr`), driven over WebDriver BiDi by puppeteer-core.
// `npm run test:firefox`. Not part of `npm test`: it roughly doubles the browser test time.
//
// @web/test-runner-puppeteer is not used: it depends on full `puppeteer`, whose install downloads its own
// browsers. Its launcher is only @web/test-runner-chrome's ChromeLauncher handed a puppeteer instance, so we
// do the same with puppeteer-core, which launches the installed Firefox and downloads nothing.
import { existsSync } from 'node:fs';
import * as puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import baseConfig, { TEST_TIME_ZONE } from './web-test-runner.config.mjs';

const firefox = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
  (p) => p && existsSync(p),
);
if (!firefox) {
  console.error(
    "\nNo Firefox found. Install Debian's package: `sudo apt-get install firefox-esr`, or set FIREFOX_PATH.\n",
  );
  process.exit(1);
}

export default {
  ...baseConfig,
  browsers: [
    chromeLauncher({
      // Typed for puppeteer; puppeteer-core has the same launch() API.
      puppeteer: /** @type {any} */ (puppeteerCore),
      launchOptions: {
        browser: 'firefox',
        executablePath: firefox,
        headless: true,
        // Firefox has no time zone emulation over BiDi; it reads TZ from its environment.
        env: { ...process.env, TZ: TEST_TIME_ZONE },
      },
    }),
  ],
};
