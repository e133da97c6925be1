import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { clearFeedCache, loadFeed, nextRefresh } from '../../src/feed/load.js';
import { feedUrl, newKey, rejection, requests } from './load-helpers.js';

// loadFeed against the real test server: formats, encodings, failures, timeouts. Caching and backoff are in
// load-cache.test.ts, cross-origin reads in load-cors.test.ts.

describe('loadFeed', () => {
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

    it('follows a redirect', async () => {
      const key = newKey();
      const feed = await loadFeed(feedUrl('raw', key, { redirect: feedUrl('sample/atom.xml', key) }));
      expect(feed.format).to.equal('atom');
      expect((await requests(key)).map((r) => r.status)).to.deep.equal([302, 200]);
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
      // The bytes are windows-1252 but the server says ISO-8859-7, in which they are valid: é (0xE9) is Greek ι
      // there. (Its C1 controls, where windows-1252 has curly quotes, are read as windows-1252, as feedparser does.)
      const feed = await loadFeed(feedUrl('sample/windows-1252.xml', newKey(), { charset: 'iso-8859-7' }));
      expect(feed.title).to.equal('Cafι “Quotes”');
    });

    it('reads UTF-8 bytes as UTF-8 under a one-byte HTTP charset (Apache and PHP default to ISO-8859-1)', async () => {
      for (const charset of ['iso-8859-1', 'windows-1252']) {
        const feed = await loadFeed(feedUrl('sample/rss.xml', newKey(), { charset }));
        expect(feed.items[1]!.summary, charset).to.equal('Bring an umbrella — café terraces close early.');
      }
    });

    it('passes over an HTTP charset the bytes are not valid in, for the XML declaration', async () => {
      // The server says UTF-8, but é (0xE9) is no UTF-8: the declared windows-1252 is read, as feedparser does.
      const feed = await loadFeed(feedUrl('sample/windows-1252.xml', newKey(), { charset: 'utf-8' }));
      expect(feed.title).to.equal('Café “Quotes”');
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

    it('rejects an HTML page with code not-a-feed', async () => {
      const error = await rejection(loadFeed(feedUrl('sample/not-a-feed.html', newKey())));
      expect(error.code).to.equal('not-a-feed');
    });

    it('rejects an empty body with code empty', async () => {
      const error = await rejection(loadFeed(feedUrl('raw', newKey(), { body: '' })));
      expect(error.code).to.equal('empty');
    });

    it('resolves a feed without stories to a Feed with no items', async () => {
      const feed = await loadFeed(feedUrl('sample/empty-rss.xml', newKey()));
      expect(feed.title).to.equal('Empty');
      expect(feed.items).to.deep.equal([]);
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

    for (const url of [
      'https://user:s3cret@example.com/feed.xml',
      'https:user:s3cret@example.com/feed.xml',
      'https://user:p@s3cret@example.com/feed.xml',
      ' https://user:s3cret@example.com/feed.xml',
      '//user:s3cret@example.com/feed.xml',
    ])
      it(`rejects ${url} with code invalid-url, without repeating the password`, async () => {
        const error = await rejection(loadFeed(url));
        expect(error.code).to.equal('invalid-url');
        expect(`${error.message} ${error.url}`).not.to.contain('s3cret');
      });

    it('rejects a proxy that makes no http(s) URL with code invalid-url', async () => {
      const error = await rejection(loadFeed('https://example.com/feed.xml', { proxy: 'javascript:{url}' }));
      expect(error.code).to.equal('invalid-url');
    });

    it('makes one request for one feed whatever its fragment', async () => {
      const key = newKey();
      const url = feedUrl('sample/rss.xml', key, { delay: 100 });
      const feeds = await Promise.all([loadFeed(`${url}#a`), loadFeed(`${url}#b`), loadFeed(url)]);
      expect(feeds[1]).to.equal(feeds[0]);
      expect(feeds[2]).to.equal(feeds[0]);
      expect(await requests(key)).to.have.length(1);
    });
  });

  describe('limits', () => {
    it('gives up a body larger than maxBytes with code too-large', async () => {
      const url = feedUrl('gen', newKey(), { items: 50 });
      expect((await rejection(loadFeed(url, { maxBytes: 2000 }))).code).to.equal('too-large');
      clearFeedCache();
      expect((await loadFeed(url)).items).to.have.length(50);
    });

    for (const timeout of [Infinity, 0, -1, NaN, 2 ** 31])
      it(`reads a timeout of ${timeout} as none or the default, not as "now"`, async () => {
        const feed = await loadFeed(feedUrl('sample/rss.xml', newKey(), { delay: 100 }), { timeout });
        expect(feed.format).to.equal('rss');
      });

    it('reads Cache-Control max-age in any case and quoted', async () => {
      const upper = feedUrl('sample/rss.xml', newKey(), { cacheControl: 'MAX-AGE="300"' });
      await loadFeed(upper);
      expect(nextRefresh(upper) - Date.now()).to.be.within(290e3, 300e3);
    });

    it("takes the channel's <ttl> wherever the channel puts it, even after the items", async () => {
      const body =
        '<rss version="2.0"><channel><title>T</title><item><title>x</title></item><ttl>45</ttl></channel></rss>';
      const url = feedUrl('raw', newKey(), { body, type: 'application/rss+xml' });
      await loadFeed(url);
      expect(nextRefresh(url) - Date.now()).to.be.within(44 * 60e3, 45 * 60e3);
    });

    it("takes the channel's <ttl>, not one quoted in an item or a comment", async () => {
      const body =
        '<rss version="2.0"><channel><title>T</title><!-- <ttl>60</ttl> --><item><title>x</title>' +
        '<description><![CDATA[Set <ttl>60</ttl> in your feed]]></description></item></channel></rss>';
      const url = feedUrl('raw', newKey(), { body, type: 'application/rss+xml' });
      await loadFeed(url);
      // No max-age (the server says no-cache) and no real <ttl>: no floor at all.
      expect(nextRefresh(url) - Date.now()).to.be.below(1000);
    });
  });
});
