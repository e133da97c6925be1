// Debian's Chromium, found and launched one way for the tests, the benchmarks and the screenshots.
import { existsSync } from 'node:fs';

/** Flags for headless Chromium on a closed network, as root (no sandbox), without background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** `CHROME_PATH`, else the usual install paths; exits with the Debian package to install when none is found. */
export function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    console.error(
      "\nNo Chromium found. Install Debian's package: `sudo apt-get install chromium`, or set CHROME_PATH to a Chrome/Chromium binary.\n",
    );
    process.exit(1);
  }
  return found;
}

/** Launches headless Chromium through puppeteer-core (which never downloads a browser of its own). */
export async function launchChromium(extraArgs = []) {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
}
