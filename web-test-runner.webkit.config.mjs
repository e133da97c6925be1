// @ts-check
// The whole suite in WebKit: WebKitGTK's MiniBrowser (Debian's `libwebkit2gtk-4.1-0`), driven by
// `WebKitWebDriver` (Debian's `webkit2gtk-driver`) through @web/test-runner-webdriver. `npm run test:webkit`.
// Not part of `npm test`: it adds to the browser test time. Needs `apt-get install webkit2gtk-driver xvfb`.
//
// This config starts WebKitWebDriver itself on a free loopback port, under `xvfb-run` when there is no display
// (MiniBrowser has no headless mode), and stops it (its whole process group) when the run exits.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import baseConfig, { TEST_TIME_ZONE } from './web-test-runner.config.mjs';

function findMiniBrowser() {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  const libs = readdirSync('/usr/lib').filter((d) => d.endsWith('-linux-gnu'));
  for (const dir of [...libs.map((d) => `/usr/lib/${d}`), '/usr/libexec']) {
    const path = `${dir}/webkit2gtk-4.1/MiniBrowser`;
    if (existsSync(path)) return path;
  }
  return undefined;
}

const miniBrowser = findMiniBrowser();
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const missing = [
  !miniBrowser && 'MiniBrowser (libwebkit2gtk-4.1-0)',
  !existsSync('/usr/bin/WebKitWebDriver') && 'WebKitWebDriver (webkit2gtk-driver)',
  !hasDisplay && !existsSync('/usr/bin/xvfb-run') && 'xvfb-run (xvfb)',
].filter(Boolean);
if (missing.length) {
  console.error(
    `\nMissing ${missing.join(', ')}. Install Debian's packages: \`sudo apt-get install webkit2gtk-driver xvfb\`.\n`,
  );
  process.exit(1);
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

const port = await freePort();
const driverArgs = [`--port=${port}`, '--host=local'];
// Its own process group, so one signal stops xvfb-run, Xvfb, the driver and the browsers it started.
const driver = spawn(
  hasDisplay ? 'WebKitWebDriver' : 'xvfb-run',
  hasDisplay ? driverArgs : ['-a', 'WebKitWebDriver', ...driverArgs],
  // MiniBrowser inherits the driver's environment: the time zone comes from TZ, and the browser's language
  // (navigator.language) from LANG, which is `C` on a bare machine; en-US as in the Chromium and Firefox runs.
  {
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, TZ: TEST_TIME_ZONE, LANG: 'en_US.UTF-8', LANGUAGE: 'en_US', LC_ALL: '' },
  },
);
const stopDriver = () => {
  try {
    if (driver.pid) process.kill(-driver.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
};
process.on('exit', stopDriver);

// Wait until the driver answers (Xvfb and the driver take a moment to start).
const deadline = Date.now() + 20000;
for (;;) {
  try {
    if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) break;
  } catch {
    // Not listening yet.
  }
  if (driver.exitCode !== null || Date.now() > deadline) {
    stopDriver();
    console.error(`\nWebKitWebDriver did not start on port ${port}.\n`);
    process.exit(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 100));
}

export default {
  ...baseConfig,
  browsers: [
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port,
      path: '/',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebDriver classic: webdriverio otherwise asks for WebDriver BiDi (webSocketUrl), and WebKitWebDriver
        // 2.50 then answers "Failed to match capabilities".
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      },
    }),
  ],
};
