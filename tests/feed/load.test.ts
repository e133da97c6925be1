import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { FeedError } from '../../src/feed/errors.js';
import { clearFeedCache, loadFeed, nextRefresh } from '../../src/feed/load.js';

// Everything here runs against the real test server (tests/support/server-plugin.mjs). Each test uses its own
// `key`, which both makes its URLs unique in the shared cache and names its entry in the server's request log.

interface LoggedRequest {
  method: string;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  status: number;
}

let origins: { main: string; other: string };
let serial = 0;

/** A fresh log key for one test. */
const newKey = () => `load-${Date.now().toString(36)}-${++serial}`;

/** A test-server URL on the main origin (or `origin`), with the key and the given parameters. */
function feedUrl(
  path: string,
  key: string,
  params: Record<string, string | number> = {},
  origin = origins.main,
) {
  const url = new URL(`/__feeds/${path}`, origin);
  url.searchParams.set('key', key);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, String(value));
  return url.href;
}

async function requests(key: string): Promise<LoggedRequest[]> {
  const response = await fetch(`/__feeds/count?key=${encodeURIComponent(key)}`);
  return ((await response.json()) as { requests: LoggedRequest[] }).requests;
}

/** The FeedError a promise rejects with; fails the test when it resolves. */
async function rejection(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a rejection');
}

describe('loadFeed', () => {
  before(async () => {
    origins = await (await fetch('/__feeds/origins')).json();
  });
  afterEach(() => {
    sinon.restore();
    clearFeedCache();
  });

  describe('formats', () => {
    const cases: [string, 'rss' | 'atom' | 'json' | 'rdf', string][] = [
      ['rss.xml', 'rss', 'City council approves new park'],
      ['atom.xml', 'atom', 'Atom story one'],
      ['json-feed.json', 'json', 'JSON story one'],
      ['rdf.xml', 'rdf', 'RDF story one'],
    ];
    for (const [file, format, firstTitle] of cases) {
      it(`loads ${file} as ${format}`, async () => {
        const feed = await loadFeed(feedUrl(`sample/${file}`, newKey()));
        expect(feed.format).to.equal(format);
        expect(feed.items[0].title).to.equal(firstTitle);
      });
    }

    it('loads a generated feed of 100 stories', async () => {
      const feed = await loadFeed(feedUrl('gen', newKey(), { items: 100, format: 'atom', seed: 7 }));
      expect(feed.items).to.have.length(100);
    });

    it('resolves a URL relative to the document', async () => {
      const key = newKey();
      const feed = await loadFeed(`/__feeds/sample/rss.xml?key=${key}`);
      expect(feed.format).to.equal('rss');
      expect(await requests(key)).to.have.length(1);
    });
  });

  describe('character encodings', () => {
    it('decodes windows-1252 declared only in the XML declaration', async () => {
      const feed = await loadFeed(feedUrl('sample/windows-1252.xml', newKey()));
      expect(feed.title).to.equal('Café “Quotes”');
      expect(feed.items[0].title).to.equal('It’s “smart” — café €5');
    });

    it('decodes ISO-8859-1 declared only by the HTTP charset', async () => {
      const feed = await loadFeed(feedUrl('sample/latin1.xml', newKey()));
      expect(feed.title).to.equal('Señor Müller');
      expect(feed.items[0].title).to.equal('Façade ¼ber £ © «»');
    });

    it('decodes UTF-16 little endian with a BOM', async () => {
      const feed = await loadFeed(feedUrl('sample/utf-16le.xml', newKey()));
      expect(feed.title).to.equal('UTF-16 日本');
      expect(feed.items[0].title).to.equal('Emoji 📰 and é');
    });

    it('decodes UTF-16 big endian with a BOM', async () => {
      const feed = await loadFeed(feedUrl('sample/utf-16be.xml', newKey()));
      expect(feed.items[0].title).to.equal('Emoji 📰 and é');
    });

    it('lets the HTTP charset win over the XML declaration', async () => {
      // The bytes are windows-1252 but the server says UTF-8: é (0xE9) is not valid UTF-8 and becomes U+FFFD.
      const feed = await loadFeed(feedUrl('sample/windows-1252.xml', newKey(), { charset: 'utf-8' }));
      expect(feed.title).to.equal('Caf\uFFFD \uFFFDQuotes\uFFFD');
    });
  });

  describe('sharing and caching', () => {
    it('makes one request for ten concurrent calls', async () => {
      const key = newKey();
      const url = feedUrl('sample/rss.xml', key, { delay: 100 });
      const feeds = await Promise.all(Array.from({ length: 10 }, () => loadFeed(url)));
      expect(new Set(feeds).size).to.equal(1);
      expect(await requests(key)).to.have.length(1);
    });

    it('revalidates with If-None-Match and reuses the cached feed on 304', async () => {
      const key = newKey();
      const url = feedUrl('sample/atom.xml', key, { etag: 'v1' });
      const first = await loadFeed(url);
      const second = await loadFeed(url);
      expect(second).to.equal(first);
      const log = await requests(key);
      expect(log.map((r) => [r.ifNoneMatch, r.status])).to.deep.equal([
        [null, 200],
        ['"v1"', 304],
      ]);
    });

    it('revalidates with If-Modified-Since and reuses the cached feed on 304', async () => {
      const key = newKey();
      const url = feedUrl('sample/rss.xml', key, { lastModified: '2024-05-07T09:30:00Z' });
      const first = await loadFeed(url);
      expect(await loadFeed(url)).to.equal(first);
      const log = await requests(key);
      expect(log.map((r) => [r.ifModifiedSince, r.status])).to.deep.equal([
        [null, 200],
        ['Tue, 07 May 2024 09:30:00 GMT', 304],
      ]);
    });

    it('gives a new Feed when the validator changes', async () => {
      const key = newKey();
      const url = feedUrl('sample/rss.xml', key, { etag: '@count' });
      const first = await loadFeed(url);
      const second = await loadFeed(url);
      expect(second).to.not.equal(first);
      expect((await requests(key)).map((r) => [r.ifNoneMatch, r.status])).to.deep.equal([
        [null, 200],
        ['"1"', 200],
      ]);
    });

    it('refetches without validators when the server gave none', async () => {
      const key = newKey();
      const url = feedUrl('sample/rss.xml', key);
      await loadFeed(url);
      await loadFeed(url);
      const log = await requests(key);
      expect(log.map((r) => [r.ifNoneMatch, r.ifModifiedSince, r.status])).to.deep.equal([
        [null, null, 200],
        [null, null, 200],
      ]);
    });

    it('serves the cache without a request inside max-age, and goes to the network with force', async () => {
      const key = newKey();
      const url = feedUrl('sample/rss.xml', key, { maxAge: 60, etag: 'm' });
      const before = Date.now();
      const first = await loadFeed(url);
      expect(await loadFeed(url)).to.equal(first);
      expect(await requests(key)).to.have.length(1);
      expect(nextRefresh(url)).to.be.within(before + 60e3, Date.now() + 60e3);
      expect(await loadFeed(url, { force: true })).to.equal(first);
      expect((await requests(key)).map((r) => r.status)).to.deep.equal([200, 304]);
    });

    it('uses RSS <ttl> minutes as the refresh floor', async () => {
      const key = newKey();
      const url = feedUrl('sample/rss.xml', key, { ttl: 5 });
      const before = Date.now();
      await loadFeed(url);
      await loadFeed(url);
      expect(await requests(key)).to.have.length(1);
      expect(nextRefresh(url)).to.be.within(before + 300e3, Date.now() + 300e3);
    });

    it('uses Retry-After as the refresh floor', async () => {
      const key = newKey();
      const url = feedUrl('sample/json-feed.json', key, { retryAfter: 120 });
      const before = Date.now();
      await loadFeed(url);
      await loadFeed(url);
      expect(await requests(key)).to.have.length(1);
      expect(nextRefresh(url)).to.be.within(before + 120e3, Date.now() + 120e3);
    });

    it('caps the refresh floor at one hour', async () => {
      const url = feedUrl('sample/rss.xml', newKey(), { maxAge: 31536000 });
      const before = Date.now();
      await loadFeed(url);
      expect(nextRefresh(url)).to.be.within(before + 3600e3, Date.now() + 3600e3);
    });

    it('goes to the network again once the floor has passed', async () => {
      const key = newKey();
      const url = feedUrl('sample/rss.xml', key, { maxAge: 1, etag: 'f' });
      await loadFeed(url);
      await loadFeed(url);
      expect(await requests(key)).to.have.length(1);
      // Only Date is faked: the request itself still runs on real timers and sockets.
      sinon.useFakeTimers({ now: Date.now() + 1500, toFake: ['Date'] });
      await loadFeed(url);
      expect((await requests(key)).map((r) => r.status)).to.deep.equal([200, 304]);
    });

    it('returns 0 from nextRefresh for a URL never loaded or not a URL', () => {
      expect(nextRefresh('https://example.com/never.xml')).to.equal(0);
      expect(nextRefresh('not a url:')).to.equal(0);
    });

    it('keys the cache by proxy too', async () => {
      const key = newKey();
      const url = feedUrl('sample/rss.xml', key, { maxAge: 60 });
      await loadFeed(url);
      expect(nextRefresh(url)).to.be.greaterThan(0);
      expect(nextRefresh(url, { proxy: '/__feeds/proxy?url={url}' })).to.equal(0);
    });
  });

  describe('when the server fails', () => {
    for (const status of [404, 500]) {
      it(`rejects ${status} with code http and the status`, async () => {
        const error = await rejection(loadFeed(feedUrl('sample/rss.xml', newKey(), { status })));
        expect(error.code).to.equal('http');
        expect(error.status).to.equal(status);
      });
    }

    it('backs off after a failure: no request, the same error at once, force still tries', async () => {
      const key = newKey();
      const url = feedUrl('sample/rss.xml', key, { status: 500 });
      const before = Date.now();
      const first = await rejection(loadFeed(url));
      // Equal jitter: between half and all of the first step (5 s).
      expect(nextRefresh(url)).to.be.within(before + 2500, Date.now() + 5000);
      expect(await rejection(loadFeed(url))).to.equal(first);
      expect(await requests(key)).to.have.length(1);

      const beforeSecond = Date.now();
      const second = await rejection(loadFeed(url, { force: true }));
      expect(second).to.not.equal(first);
      expect(await requests(key)).to.have.length(2);
      // The step doubles: 5-10 s.
      expect(nextRefresh(url)).to.be.within(beforeSecond + 5000, Date.now() + 10000);
    });

    it('tries again after the backoff window, and recovers', async () => {
      const key = newKey();
      const url = feedUrl('sample/rss.xml', key, { status: 503, failFirst: 1 });
      await rejection(loadFeed(url));
      const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
      clock.tick(5001);
      const feed = await loadFeed(url);
      expect(feed.items).to.have.length(3);
      expect((await requests(key)).map((r) => r.status)).to.deep.equal([503, 200]);
      // Success resets the backoff: with no caching headers the next call goes to the network at once.
      expect(nextRefresh(url)).to.be.at.most(Date.now());
    });

    it('waits at least Retry-After after a 503', async () => {
      const url = feedUrl('sample/rss.xml', newKey(), { status: 503, retryAfter: 60 });
      const before = Date.now();
      await rejection(loadFeed(url));
      expect(nextRefresh(url)).to.be.within(before + 60e3, Date.now() + 60e3);
    });

    it('returns the last good feed, without a request, inside the backoff window after a failed refresh', async () => {
      const key = newKey();
      const url = feedUrl('sample/rss.xml', key, { status: 500, failAfter: 1 });
      const good = await loadFeed(url);
      const failed = await rejection(loadFeed(url, { force: true }));
      expect(failed.status).to.equal(500);
      expect(await loadFeed(url)).to.equal(good);
      expect((await requests(key)).map((r) => r.status)).to.deep.equal([200, 500]);
    });

    it('rejects an HTML page with code not-a-feed', async () => {
      const error = await rejection(loadFeed(feedUrl('sample/not-a-feed.html', newKey())));
      expect(error.code).to.equal('not-a-feed');
    });

    it('rejects an empty body with code empty or not-a-feed', async () => {
      const error = await rejection(loadFeed(feedUrl('raw', newKey(), { body: '' })));
      expect(error.code).to.be.oneOf(['empty', 'not-a-feed']);
    });
  });

  describe('timeouts and cancelling', () => {
    it('rejects with code timeout when the server is slower than the timeout', async () => {
      const started = Date.now();
      const error = await rejection(
        loadFeed(feedUrl('sample/rss.xml', newKey(), { delay: 2000 }), { timeout: 100 }),
      );
      expect(error.code).to.equal('timeout');
      expect(Date.now() - started).to.be.below(1500);
    });

    it('rejects with code aborted when the signal aborts, without starting a backoff', async () => {
      const key = newKey();
      const url = feedUrl('sample/rss.xml', key, { delay: 300 });
      const controller = new AbortController();
      const pending = loadFeed(url, { signal: controller.signal });
      setTimeout(() => controller.abort(), 30);
      const error = await rejection(pending);
      expect(error.code).to.equal('aborted');
      expect(nextRefresh(url)).to.equal(0);
      // The next call starts a new request rather than joining the cancelled one.
      const feed = await loadFeed(url);
      expect(feed.items).to.have.length(3);
      expect(await requests(key)).to.have.length(2);
    });

    it('rejects at once for a signal already aborted', async () => {
      const key = newKey();
      const error = await rejection(
        loadFeed(feedUrl('sample/rss.xml', key), { signal: AbortSignal.abort() }),
      );
      expect(error.code).to.equal('aborted');
      expect(await requests(key)).to.have.length(0);
    });

    it('keeps the shared request for the callers that did not abort', async () => {
      const key = newKey();
      const url = feedUrl('sample/rss.xml', key, { delay: 200 });
      const controller = new AbortController();
      const leaving = loadFeed(url, { signal: controller.signal });
      const staying = loadFeed(url);
      controller.abort();
      expect((await rejection(leaving)).code).to.equal('aborted');
      expect((await staying).items).to.have.length(3);
      expect(await requests(key)).to.have.length(1);
    });
  });

  describe('URLs', () => {
    for (const url of ['', '   ', 'ftp://example.com/feed.xml', 'javascript:alert(1)', 'http://']) {
      it(`rejects ${JSON.stringify(url)} with code invalid-url`, async () => {
        expect((await rejection(loadFeed(url))).code).to.equal('invalid-url');
      });
    }
  });

  describe('cross-origin', () => {
    it('loads from another origin that sends CORS headers, revalidating through the HTTP cache without a preflight', async () => {
      const key = newKey();
      // preflight=0: the server allows reads but refuses preflights, which our own If-None-Match would need.
      const url = feedUrl('sample/rss.xml', key, { cors: 1, preflight: 0, etag: 'x' }, origins.other);
      const first = await loadFeed(url);
      expect(await loadFeed(url)).to.equal(first);
      const response = await fetch(`/__feeds/count?key=${key}`);
      const log = (await response.json()) as { preflights: number; requests: LoggedRequest[] };
      expect(log.preflights).to.equal(0);
      // The browser's cache sent its own If-None-Match and turned the 304 into a 200 carrying the same ETag.
      expect(log.requests.map((r) => [r.ifNoneMatch, r.status])).to.deep.equal([
        [null, 200],
        ['"x"', 304],
      ]);
    });

    it('gives a new Feed when the cross-origin validator changes', async () => {
      const key = newKey();
      const url = feedUrl('sample/rss.xml', key, { cors: 1, etag: '@count' }, origins.other);
      const first = await loadFeed(url);
      const second = await loadFeed(url);
      expect(second).to.not.equal(first);
      expect(second.items).to.deep.equal(first.items);
      expect((await requests(key)).map((r) => [r.ifNoneMatch, r.status])).to.deep.equal([
        [null, 200],
        ['"1"', 200],
      ]);
    });

    it('rejects with code cors, in plain words with the proxy hint, when the server sends no CORS header', async () => {
      const error = await rejection(loadFeed(feedUrl('sample/rss.xml', newKey(), {}, origins.other)));
      expect(error.code).to.equal('cors');
      expect(error.message).to.contain('does not allow');
      expect(error.message).to.contain('proxy="https://your-proxy.example/?url={url}"');
    });

    it('rejects with code network when the other origin is unreachable', async () => {
      // A port nobody listens on: the no-cors probe fails too.
      const error = await rejection(loadFeed('http://127.0.0.1:9/feed.xml', { timeout: 5000 }));
      expect(error.code).to.equal('network');
    });

    it('reads the same feed through a proxy template', async () => {
      const key = newKey();
      const url = feedUrl('sample/atom.xml', key, { etag: 'p' }, origins.other);
      const proxy = '/__feeds/proxy?url={url}';
      const first = await loadFeed(url, { proxy });
      expect(first.items[0].title).to.equal('Atom story one');
      expect(await loadFeed(url, { proxy })).to.equal(first);
      // The proxy passed our If-None-Match on, and the 304 back.
      expect((await requests(key)).map((r) => [r.ifNoneMatch, r.status])).to.deep.equal([
        [null, 200],
        ['"p"', 304],
      ]);
    });

    it('reads through a proxy prefix that the encoded URL is appended to', async () => {
      const url = feedUrl('sample/rss.xml', newKey(), {}, origins.other);
      const feed = await loadFeed(url, { proxy: `${origins.main}/__feeds/proxy?url=` });
      expect(feed.format).to.equal('rss');
    });
  });
});
