// loadFeed in plain Node 20+ (global fetch, no DOM), against the same test-server routes as the browser tests.
// Run: `node tests/feed/load-node-check.mjs`. Prints one line per check and exits 1 on any failure.
// It bundles src/feed/load.ts with esbuild into a temporary file, since Node cannot import the TypeScript.
import { createServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { testServerPlugin } from '../support/server-plugin.mjs';

if (typeof document !== 'undefined') throw new Error('run this in plain Node');

const dir = mkdtempSync(join(tmpdir(), 'load-node-'));
const outfile = join(dir, 'load.mjs');
await build({
  entryPoints: [new URL('../../src/feed/load.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile,
  logLevel: 'warning',
});
const { loadFeed, nextRefresh } = await import(outfile);

// The plugin only needs an http.Server whose 'request' listeners it can wrap; here nothing else is served.
const server = createServer((_req, res) => res.writeHead(404).end());
await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
const plugin = testServerPlugin();
await plugin.serverStart?.(/** @type {any} */ ({ server, config: { hostname: '127.0.0.1', port } }));
const base = `http://127.0.0.1:${port}/__feeds/`;
const log = async (key) => (await (await fetch(`${base}count?key=${key}`)).json()).requests;

let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    console.log(`ok   ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}: ${error instanceof Error ? error.message : error}`);
  }
}
function equal(actual, expected) {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(`expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
async function code(promise) {
  try {
    await promise;
  } catch (error) {
    return error.code;
  }
  return 'resolved';
}

await check('loads RSS', async () => equal((await loadFeed(`${base}sample/rss.xml`)).format, 'rss'));
await check('decodes windows-1252 smart quotes (Node decodes it as latin1 unless streamed)', async () =>
  equal((await loadFeed(`${base}sample/windows-1252.xml`)).title, 'Café “Quotes”'),
);
await check('decodes ISO-8859-1 from the HTTP charset', async () =>
  equal((await loadFeed(`${base}sample/latin1.xml`)).title, 'Señor Müller'),
);
await check('decodes UTF-16BE with a BOM', async () =>
  equal((await loadFeed(`${base}sample/utf-16be.xml`)).items[0].title, 'Emoji 📰 and é'),
);
await check('revalidates with If-None-Match and reuses the Feed on 304', async () => {
  const url = `${base}sample/atom.xml?key=node-etag&etag=n`;
  const first = await loadFeed(url);
  equal((await loadFeed(url)) === first, true);
  equal(
    (await log('node-etag')).map((r) => [r.ifNoneMatch, r.status]),
    [
      [null, 200],
      ['"n"', 304],
    ],
  );
});
await check('force goes to the network (cache: no-cache is accepted)', async () => {
  const url = `${base}sample/rss.xml?key=node-force&maxAge=60`;
  await loadFeed(url);
  await loadFeed(url, { force: true });
  equal((await log('node-force')).length, 2);
});
await check('timeout', async () =>
  equal(await code(loadFeed(`${base}sample/rss.xml?delay=1000`, { timeout: 50 })), 'timeout'),
);
await check('http 404', async () => equal(await code(loadFeed(`${base}sample/rss.xml?status=404`)), 'http'));
await check('network (nothing listens)', async () =>
  equal(await code(loadFeed('http://127.0.0.1:9/feed.xml')), 'network'),
);
await check('a relative URL has no base without a document', async () =>
  equal(await code(loadFeed('/feed.xml')), 'invalid-url'),
);
await check('a proxy template that gives no URL is invalid-url, not a network failure', async () =>
  equal(await code(loadFeed(`${base}sample/rss.xml`, { proxy: '/proxy?url={url}' })), 'invalid-url'),
);

// A server of our own for what the test routes cannot do: validators that never change while the body does, an
// endless body.
let served = 0;
const odd = createServer((req, res) => {
  if (req.url === '/endless') {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const chunk = Buffer.alloc(1 << 16, 32);
    const pump = () => {
      while (res.write(chunk));
      res.once('drain', pump);
    };
    pump();
    req.on('close', () => res.destroy());
    return;
  }
  if (req.url === '/aged') {
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'cache-control': 'max-age=600', age: 'abc' });
    res.end('<rss version="2.0"><channel><title>Aged</title></channel></rss>');
    return;
  }
  served++;
  res.writeHead(200, {
    'content-type': 'application/rss+xml',
    'last-modified': 'Mon, 01 Jan 2024 00:00:00 GMT',
  });
  res.end(`<rss version="2.0"><channel><title>Body ${served}</title></channel></rss>`);
});
await new Promise((done) => odd.listen(0, '127.0.0.1', () => done(undefined)));
const oddBase = `http://127.0.0.1:${/** @type {any} */ (odd.address()).port}`;
await check(
  'a 200 carrying the stored Last-Modified is new content (we sent If-Modified-Since ourselves)',
  async () => {
    equal((await loadFeed(`${oddBase}/constant`)).title, 'Body 1');
    equal((await loadFeed(`${oddBase}/constant`, { force: true })).title, 'Body 2');
  },
);
await check('a non-numeric Age does not throw the refresh floor away', async () => {
  await loadFeed(`${oddBase}/aged`);
  const floor = nextRefresh(`${oddBase}/aged`) - Date.now();
  if (!(floor > 590e3 && floor <= 600e3)) throw new Error(`floor ${floor} ms`);
});
await check('an endless body fails with too-large at maxBytes, long before the timeout', async () => {
  const start = Date.now();
  equal(await code(loadFeed(`${oddBase}/endless`, { maxBytes: 4 << 20 })), 'too-large');
  if (Date.now() - start > 10000) throw new Error('too slow');
});
odd.close();

await plugin.serverStop?.();
server.close();
rmSync(dir, { recursive: true, force: true });
console.log(failed ? `${failed} failed` : 'loadFeed in Node: all checks passed');
process.exit(failed ? 1 : 0);
