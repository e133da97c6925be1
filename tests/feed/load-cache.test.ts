import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { clearFeedCache, loadFeed, nextRefresh } from '../../src/feed/load.js';
import { feedUrl, newKey, rejection, requests } from './load-helpers.js';

// loadFeed's shared cache against the real test server: one request for concurrent callers, revalidation,
// the refresh floor (max-age, <ttl>, Retry-After) and the backoff after failures.

describe('loadFeed caching', () => {
  afterEach(() => {
    sinon.restore();
    clearFeedCache();
  });

  describe('sharing and caching', () => {
    it('makes one request for ten concurrent calls', async () => {
      const key = newKey();
      const url = feedUrl('sample/rss.xml', key, { delay: 100 });
      const feeds = await Promise.all(Array.from({ length: 10 }, () => loadFeed(url)));
      expect(new Set(feeds).size).to.equal(1);
      expect(await requests(key)).to.have.length(1);
    });

    it('answers from a request another caller made within maxAge, even when the server allows no caching', async () => {
      const key = newKey();
      const url = feedUrl('sample/rss.xml', key);
      const first = await loadFeed(url);
      expect(await loadFeed(url, { maxAge: 60_000 })).to.equal(first);
      expect(await requests(key)).to.have.length(1);
      // Without it, the next call asks again (the server said no-cache).
      await loadFeed(url);
      expect(await requests(key)).to.have.length(2);
    });

    it('does not ask again before a failure’s Retry-After, even by force (a reader’s "Try again")', async () => {
      const key = newKey();
      const url = feedUrl('sample/rss.xml', key, { status: 503, retryAfter: 120 });
      expect((await rejection(loadFeed(url))).status).to.equal(503);
      expect((await rejection(loadFeed(url, { force: true }))).status).to.equal(503);
      expect(await requests(key)).to.have.length(1);
      // Without Retry-After, force asks at once, backoff or not.
      const key2 = newKey();
      const url2 = feedUrl('sample/rss.xml', key2, { status: 500 });
      await rejection(loadFeed(url2));
      await rejection(loadFeed(url2, { force: true }));
      expect(await requests(key2)).to.have.length(2);
    });

    it('never forgets the URL asked for, nor a failing one inside its Retry-After, to stay within 64', async () => {
      const key = newKey();
      // 66 feeds refusing for ten minutes: each is asked once, however many rounds.
      const urls = Array.from({ length: 66 }, (_, i) =>
        feedUrl('sample/rss.xml', `${key}-${i}`, { status: 503, retryAfter: 600 }),
      );
      for (let round = 0; round < 2; round++) for (const url of urls) await rejection(loadFeed(url));
      const counts = await Promise.all(urls.map(async (_, i) => (await requests(`${key}-${i}`)).length));
      expect(counts.every((n) => n === 1)).to.equal(true);
    });

    it('remembers at most 64 URLs, forgetting the least recently asked for first', async () => {
      const key = newKey();
      const urls = Array.from({ length: 66 }, (_, i) =>
        feedUrl('sample/rss.xml', `${key}-${i}`, { maxAge: 600 }),
      );
      for (const url of urls.slice(0, 65)) await loadFeed(url);
      // The first was asked for again: the second is now the oldest.
      await loadFeed(urls[0]!);
      await loadFeed(urls[65]!);
      expect(nextRefresh(urls[0]!)).to.be.above(Date.now());
      expect(nextRefresh(urls[1]!), 'forgotten').to.equal(0);
      expect(nextRefresh(urls[2]!), 'forgotten').to.equal(0);
      expect(nextRefresh(urls[3]!)).to.be.above(Date.now());
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

    it('reads Retry-After given as an HTTP date', async () => {
      const at = new Date(Math.ceil(Date.now() / 1000) * 1000 + 90e3);
      const url = feedUrl('sample/rss.xml', newKey(), { retryAfter: at.toUTCString() });
      await loadFeed(url);
      expect(nextRefresh(url)).to.equal(at.getTime());
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

  describe('backoff', () => {
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
  });
});
