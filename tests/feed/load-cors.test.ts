import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { clearFeedCache, loadFeed } from '../../src/feed/load.js';
import {
  browserHasHttpCache,
  feedUrl,
  newKey,
  origins,
  rejection,
  requests,
  serverLog,
} from './load-helpers.js';

// loadFeed across origins, against the test server's second origin (no CORS headers unless asked) and its
// /__feeds/proxy route.

describe('loadFeed across origins', () => {
  afterEach(() => {
    sinon.restore();
    clearFeedCache();
  });

  describe('cross-origin', () => {
    it('loads from another origin that sends CORS headers, revalidating through the HTTP cache without a preflight', async function () {
      const key = newKey();
      // preflight=0: the server allows reads but refuses preflights, which our own If-None-Match would need.
      const url = feedUrl('sample/rss.xml', key, { cors: 1, preflight: 0, etag: 'x' }, origins.other);
      const first = await loadFeed(url);
      expect(await loadFeed(url)).to.equal(first);
      const log = await serverLog(key);
      expect(log.preflights).to.equal(0);
      if (!(await browserHasHttpCache())) this.skip(); // No HTTP cache to revalidate through (see the helper).
      // The browser's cache sent its own If-None-Match and turned the 304 into a 200 carrying the same ETag.
      expect(log.requests.map((r) => [r.ifNoneMatch, r.status])).to.deep.equal([
        [null, 200],
        ['"x"', 304],
      ]);
    });

    it('gives a new Feed when the cross-origin validator changes', async function () {
      const key = newKey();
      const url = feedUrl('sample/rss.xml', key, { cors: 1, etag: '@count' }, origins.other);
      const first = await loadFeed(url);
      const second = await loadFeed(url);
      expect(second).to.not.equal(first);
      expect(second.items).to.deep.equal(first.items);
      if (!(await browserHasHttpCache())) this.skip(); // No HTTP cache to revalidate through (see the helper).
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

    it('resolves relative links against the feed URL, not the proxy URL', async () => {
      const body =
        '<rss version="2.0"><channel><title>R</title>' +
        '<item><title>Relative</title><link>stories/one</link></item></channel></rss>';
      const url = feedUrl('raw', newKey(), { body, type: 'application/rss+xml' }, origins.other);
      const feed = await loadFeed(url, { proxy: '/__feeds/proxy?url={url}' });
      expect(feed.items[0].link).to.equal(`${origins.other}/__feeds/stories/one`);
    });

    it('reads through a proxy prefix that the encoded URL is appended to', async () => {
      const url = feedUrl('sample/rss.xml', newKey(), {}, origins.other);
      const feed = await loadFeed(url, { proxy: `${origins.main}/__feeds/proxy?url=` });
      expect(feed.format).to.equal('rss');
    });
  });
});
