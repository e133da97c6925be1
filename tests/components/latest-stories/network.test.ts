import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/components/latest-stories/define.js';
import type { LatestStoriesElement } from '../../../src/components/latest-stories/latest-stories.js';
import type { NewsErrorDetail } from '../../../src/shared/events.js';
import type { FeedError } from '../../../src/feed/errors.js';
import {
  failedOffline,
  getOrigins,
  part,
  parts,
  requests,
  settled,
  sleep,
  statusText,
  titles,
  uid,
} from './helpers.js';

/** Renders an eager element for `src` and waits for its first `news-error`. */
async function failing(src: string, attrs: { timeout?: number } = {}) {
  const el = document.createElement('latest-stories');
  el.loading = 'eager';
  if (attrs.timeout) el.timeout = attrs.timeout;
  el.src = src;
  const event = oneEvent(el, 'news-error');
  const wrapper = await fixture(html`<div></div>`);
  wrapper.append(el);
  const { detail } = (await event) as CustomEvent<NewsErrorDetail>;
  await settled(el);
  return { el, detail, error: detail.error as FeedError };
}

describe('<latest-stories> over the network', () => {
  describe('when the feed fails', () => {
    it('shows the error and a retry button on a 404, and reports the status', async () => {
      const { el, detail, error } = await failing(`/__feeds/sample/rss.xml?status=404&key=${uid()}`);
      expect(detail.status).to.equal(404);
      expect(error.code).to.equal('http');
      expect(part(el, 'error')!.textContent).to.contain('The stories could not be loaded.');
      expect(part(el, 'retry')!.localName).to.equal('button');
      expect(statusText(el)).to.equal('The stories could not be loaded.');
      await expect(el).to.be.accessible();
    });

    it('handles a 500, then recovers on retry', async () => {
      const key = uid();
      const { el, detail } = await failing(`/__feeds/sample/rss.xml?status=500&failFirst=1&key=${key}`);
      expect(detail.status).to.equal(500);
      const loaded = oneEvent(el, 'news-load');
      part(el, 'retry')!.click();
      await el.updateComplete;
      expect(part(el, 'list')?.getAttribute('aria-busy')).to.equal('true');
      await loaded;
      await el.updateComplete;
      expect(titles(el).length).to.equal(3);
      expect(part(el, 'error') === null).to.equal(true);
      expect((await requests(key)).length).to.equal(2);
    });

    it('times out', async () => {
      const { error } = await failing(`/__feeds/sample/rss.xml?delay=3000&key=${uid()}`, { timeout: 0.3 });
      expect(error.code).to.equal('timeout');
    });

    it('explains a server without CORS', async () => {
      const { other } = await getOrigins();
      const { error } = await failing(`${other}/__feeds/sample/rss.xml?key=${uid()}`);
      expect(error.code).to.equal('cors');
    });

    it('reads a CORS-less feed through the proxy attribute', async () => {
      const { other } = await getOrigins();
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories
          loading="eager"
          proxy="/__feeds/proxy?url={url}"
          src=${`${other}/__feeds/sample/rss.xml?key=${uid()}`}
        ></latest-stories>`,
      );
      await settled(el);
      expect(titles(el).length).to.equal(3);
    });

    it('reports a response that is not a feed', async () => {
      const { error } = await failing(`/__feeds/sample/not-a-feed.html?key=${uid()}`);
      expect(error.code).to.equal('not-a-feed');
    });

    it('finds the feed of a web page from its <link rel="alternate"> (autodiscovery), once for all elements', async () => {
      const key = uid();
      const src = `/__feeds/sample/site-home.html?key=${key}`;
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const elements = [0, 1].map(() => {
        const el = document.createElement('latest-stories');
        el.loading = 'eager';
        el.src = src;
        return el;
      });
      const loaded = elements.map((el) => oneEvent(el, 'news-load'));
      wrapper.append(...elements);
      await Promise.all(loaded);
      for (const el of elements) {
        await settled(el);
        // The page's first feed link (RSS), not the Atom one after it, nor the commented-out one.
        expect(titles(el)[0]).to.equal('City council approves new park');
      }
      // The page is fetched once in all: loadFeed's answer (not a feed) is the one whose links are read.
      expect((await requests(key)).length).to.equal(1);
      // Later elements (and refreshes) go straight to the discovered feed.
      const later = document.createElement('latest-stories');
      later.loading = 'eager';
      later.src = src;
      const laterLoaded = oneEvent(later, 'news-load');
      wrapper.append(later);
      await laterLoaded;
      await settled(later);
      expect(titles(later)[0]).to.equal('City council approves new park');
      expect((await requests(key)).length).to.equal(1);
    });

    it("finds a CORS-less site's feed through the proxy, resolving its link against the page", async () => {
      const { other } = await getOrigins();
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories
          loading="eager"
          proxy="/__feeds/proxy?url={url}"
          src=${`${other}/__feeds/sample/site-home.html?key=${uid()}`}
        ></latest-stories>`,
      );
      await settled(el);
      expect(titles(el)[0]).to.equal('City council approves new park');
    });

    it('hides the built-in error when news-error is canceled, and shows the fallback', async () => {
      const el = document.createElement('latest-stories');
      el.loading = 'eager';
      el.innerHTML = '<p id="fb">Read the <a href="https://example.com/">latest news</a>.</p>';
      el.addEventListener('news-error', (e) => e.preventDefault());
      const event = oneEvent(el, 'news-error');
      el.src = `/__feeds/sample/rss.xml?status=500&key=${uid()}`;
      (await fixture(html`<div></div>`)).append(el);
      await event;
      await el.updateComplete;
      expect(part(el, 'error') === null).to.equal(true);
      expect((el.shadowRoot!.querySelector('.fallback') as HTMLElement).hidden).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('shows the other feeds when one of several fails', async () => {
      const key = uid();
      const el = document.createElement('latest-stories');
      el.loading = 'eager';
      el.src = `/__feeds/sample/rss.xml?key=${key} /__feeds/sample/atom.xml?status=500&key=${key}-b`;
      const error = oneEvent(el, 'news-error');
      const load = oneEvent(el, 'news-load');
      (await fixture(html`<div></div>`)).append(el);
      expect(((await error) as CustomEvent<NewsErrorDetail>).detail.url).to.contain('atom.xml');
      await load;
      await el.updateComplete;
      expect(titles(el).length).to.equal(3);
      expect(part(el, 'error') === null).to.equal(true);
    });

    it('shows the empty state for a feed without items', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories loading="eager" src=${`/__feeds/sample/empty-rss.xml?key=${uid()}`}>
          <span slot="empty">Nothing yet: come back soon.</span>
        </latest-stories>`,
      );
      await settled(el);
      const slot = part(el, 'empty')!.querySelector('slot')!;
      expect(slot.assignedNodes()[0]!.textContent).to.equal('Nothing yet: come back soon.');
      await expect(el).to.be.accessible();
    });
  });

  describe('hostile feed content', () => {
    it('stays inert: markup shows as text, javascript: links and image URLs are dropped', async () => {
      (window as unknown as { hostile?: number }).hostile = 0;
      const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel>
        <title>Hostile</title><link>https://example.com/</link>
        <item><title>&lt;script&gt;window.hostile++&lt;/script&gt;Breaking &amp;lt;b&amp;gt;news</title>
          <link>javascript:window.hostile++</link>
          <description>&lt;img src=x onerror="window.hostile++"&gt;&lt;script&gt;window.hostile++&lt;/script&gt;Calm text</description>
          <media:content url="javascript:window.hostile++" medium="image"/></item>
        <item><title>Second</title><link>https://example.com/ok</link></item>
      </channel></rss>`;
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories
          loading="eager"
          src=${`/__feeds/raw?key=${uid()}&body=${encodeURIComponent(rss)}`}
        ></latest-stories>`,
      );
      await settled(el);
      await sleep(100);
      const [first] = parts(el, 'story');
      expect(first!.querySelectorAll('script, [onerror]').length).to.equal(0);
      // The summary's <img> may become the story image (the feed engine picks it), but only as an http(s) URL.
      for (const img of first!.querySelectorAll('img')) expect(img.src).to.match(/^https?:/);
      expect(part(el, 'story-title')!.textContent).to.contain('Breaking');
      expect(part(el, 'story-title')!.querySelector('a') === null).to.equal(true);
      expect(parts(el, 'story-summary')[0]!.textContent).to.equal('Calm text');
      expect((parts(el, 'story-link')[0] as HTMLAnchorElement).href).to.equal('https://example.com/ok');
      expect((window as unknown as { hostile?: number }).hostile).to.equal(0);
    });
  });

  describe('the loading skeleton', () => {
    for (const layout of ['list', 'compact', 'headlines']) {
      it(`has rows of the stories' size in ${layout} (nothing jumps when they arrive)`, async () => {
        const wrapper = await fixture(
          html`<div style="width: 700px">
            <latest-stories
              loading="eager"
              layout=${layout}
              limit="3"
              src=${`/__feeds/gen?items=5&images=0&delay=600&key=${uid()}`}
            ></latest-stories>
          </div>`,
        );
        const el = wrapper.querySelector('latest-stories')!;
        await el.updateComplete;
        const heights = (selector: string) =>
          [...el.shadowRoot!.querySelectorAll(selector)].map((r) =>
            Math.round(r.getBoundingClientRect().height),
          );
        const skeleton = heights('.skeleton-row');
        const before = Math.round(el.getBoundingClientRect().height);
        expect(skeleton.length).to.equal(3);
        await settled(el);
        expect(heights('article')).to.deep.equal(skeleton);
        expect(Math.round(el.getBoundingClientRect().height)).to.equal(before);
      });
    }
  });

  describe('news-load', () => {
    it('carries the feed, the stories and the URL', async () => {
      const src = `/__feeds/sample/rss.xml?key=${uid()}`;
      const el = document.createElement('latest-stories');
      el.loading = 'eager';
      el.src = src;
      const event = oneEvent(el, 'news-load');
      (await fixture(html`<div></div>`)).append(el);
      const { detail } = await event;
      expect(detail.feed!.title).to.equal('Sample RSS News');
      expect(detail.stories!.length).to.equal(3);
      expect(detail.url).to.equal(src);
    });
  });

  describe('lazy loading', () => {
    it('makes no request until the element nears the viewport', async () => {
      const key = uid();
      const wrapper = await fixture(
        html`<div>
          <div style="height: 4000px"></div>
          <latest-stories src=${`/__feeds/sample/rss.xml?key=${key}`}></latest-stories>
        </div>`,
      );
      const el = wrapper.querySelector('latest-stories')!;
      await sleep(400);
      expect((await requests(key)).length).to.equal(0);
      // The skeleton holds the place meanwhile.
      expect(part(el, 'skeleton') !== null).to.equal(true);
      el.scrollIntoView();
      await settled(el);
      expect((await requests(key)).length).to.equal(1);
      expect(titles(el).length).to.equal(3);
      window.scrollTo(0, 0);
    });
  });

  describe('refresh', () => {
    it('revalidates with the ETag and gets 304s', async () => {
      const key = uid();
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories
          loading="eager"
          refresh="0.3"
          src=${`/__feeds/sample/rss.xml?etag=v1&key=${key}`}
        ></latest-stories>`,
      );
      await settled(el);
      let loads = 0;
      el.addEventListener('news-load', () => loads++);
      await waitUntil(async () => (await requests(key)).length >= 3, 'no refresh requests', {
        timeout: 5000,
      });
      el.refresh = 0;
      const log = await requests(key);
      expect(log[0]!.status).to.equal(200);
      expect(log.slice(1).map((r) => r.status)).to.deep.equal(log.slice(1).map(() => 304));
      expect(log[1]!.ifNoneMatch).to.equal('"v1"');
      expect(titles(el).length).to.equal(3);
      // A 304 is no news: no re-render, no news-load.
      expect(loads).to.equal(0);
    });

    it('waits for the feed’s Cache-Control max-age before asking again', async () => {
      const key = uid();
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories
          loading="eager"
          refresh="0.2"
          src=${`/__feeds/sample/rss.xml?maxAge=60&key=${key}`}
        ></latest-stories>`,
      );
      await settled(el);
      await sleep(1000);
      el.refresh = 0;
      expect((await requests(key)).length).to.equal(1);
    });

    it('keeps the last good stories with a quiet note when a refresh fails', async () => {
      const key = uid();
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories
          loading="eager"
          refresh="0.3"
          timeout="5"
          src=${`/__feeds/sample/rss.xml?delay=400&key=${key}`}
        ></latest-stories>`,
      );
      await settled(el);
      expect(titles(el).length).to.equal(3);
      // From now on the server is too slow: the refresh times out.
      el.timeout = 0.1;
      const error = oneEvent(el, 'news-error');
      await error;
      await el.updateComplete;
      el.refresh = 0;
      expect(titles(el).length).to.equal(3);
      expect(part(el, 'error') === null).to.equal(true);
      expect(statusText(el)).to.equal('Couldn’t refresh. Showing the stories loaded earlier.');
      expect(part(el, 'status')!.classList.contains('visually-hidden')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('announces new stories with a button instead of moving the list', async () => {
      const key = uid();
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories
          loading="eager"
          limit="20"
          src=${`/__feeds/gen?items=5&key=${key}`}
        ></latest-stories>`,
      );
      await settled(el);
      expect(titles(el).length).to.equal(5);
      const before = titles(el);
      // news-load says stories are shown: not while they are only announced, but when the reader shows them.
      const loads: number[] = [];
      el.addEventListener('news-load', (e) => loads.push((e as CustomEvent).detail.stories.length));
      // The next refresh reads a version of the feed with three more stories (through the proxy template,
      // which simply points at another generated feed).
      el.proxy = `/__feeds/gen?items=8&key=${key}-next&u={url}`;
      el.refresh = 0.2;
      await waitUntil(() => part(el, 'new-stories'), 'no new-stories button', { timeout: 5000 });
      el.refresh = 0;
      expect(titles(el)).to.deep.equal(before);
      expect(part(el, 'new-stories')!.textContent!.trim()).to.equal('3 new stories');
      expect(statusText(el)).to.equal('3 new stories');
      await expect(el).to.be.accessible();
      expect(loads).to.deep.equal([]);
      part(el, 'new-stories')!.click();
      await el.updateComplete;
      expect(titles(el).length).to.equal(8);
      expect(loads).to.deep.equal([8]);
      expect(part(el, 'new-stories') === null).to.equal(true);
      expect(el.shadowRoot!.activeElement?.getAttribute('aria-posinset')).to.equal('1');
    });

    it('does not poll while the element is off the page', async () => {
      const key = uid();
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories
          loading="eager"
          refresh="0.2"
          src=${`/__feeds/sample/rss.xml?etag=x&key=${key}`}
        ></latest-stories>`,
      );
      await settled(el);
      el.remove();
      const count = (await requests(key)).length;
      await sleep(700);
      expect((await requests(key)).length).to.be.at.most(count + 1);
      const after = (await requests(key)).length;
      await sleep(500);
      expect((await requests(key)).length).to.equal(after);
    });
  });

  describe('page visibility', () => {
    it('pauses polling while the page is hidden and catches up once when it is shown', async () => {
      const key = uid();
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories
          loading="eager"
          refresh="0.2"
          src=${`/__feeds/sample/rss.xml?etag=v&key=${key}`}
        ></latest-stories>`,
      );
      await settled(el);
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      try {
        await sleep(400); // at most one refresh was already on its way
        const hidden = (await requests(key)).length;
        await sleep(700);
        expect((await requests(key)).length).to.equal(hidden);
      } finally {
        delete (document as { visibilityState?: string }).visibilityState;
      }
      const before = (await requests(key)).length;
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(
        async () => (await requests(key)).length > before,
        'no refresh after showing the page',
        {
          timeout: 3000,
        },
      );
      el.refresh = 0;
    });
  });

  describe('moving the element', () => {
    it('restarts a load that its removal cut short', async () => {
      const wrapper = await fixture(html`<div></div>`);
      const el = document.createElement('latest-stories');
      el.loading = 'eager';
      el.src = `/__feeds/sample/rss.xml?delay=300&key=${uid()}`;
      wrapper.append(el);
      await el.updateComplete;
      el.remove();
      await sleep(50);
      wrapper.append(el);
      await settled(el);
      expect(titles(el).length).to.equal(3);
    });
  });

  describe('lifecycle (from a review of a busy single-page app)', () => {
    it('keeps loading when moved within the page mid-load: one request', async () => {
      const key = uid();
      const wrapper = await fixture(html`<div><p>first</p></div>`);
      const el = document.createElement('latest-stories');
      el.loading = 'eager';
      el.src = `/__feeds/sample/rss.xml?delay=300&key=${key}`;
      wrapper.append(el);
      await el.updateComplete;
      await sleep(50);
      wrapper.insertBefore(el, wrapper.firstChild);
      await settled(el);
      expect(titles(el).length).to.equal(3);
      expect(await requests(key)).to.have.length(1);
    });

    it('loads nothing when added and removed in one task', async () => {
      const key = uid();
      const wrapper = await fixture(html`<div></div>`);
      const el = document.createElement('latest-stories');
      el.loading = 'eager';
      el.src = `/__feeds/sample/rss.xml?key=${key}`;
      wrapper.append(el);
      el.remove();
      await sleep(300);
      expect(await requests(key)).to.have.length(0);
      // Put on the page later, it loads.
      wrapper.append(el);
      await settled(el);
      expect(titles(el).length).to.equal(3);
    });

    it('shares the polling of one URL between elements: not one request per element and interval', async () => {
      const key = uid();
      const wrapper = await fixture(html`<div></div>`);
      const src = `/__feeds/gen?items=3&key=${key}&etag=v1`;
      for (let i = 0; i < 3; i++) {
        const el = document.createElement('latest-stories');
        Object.assign(el, { loading: 'eager', refresh: 1, src });
        wrapper.append(el);
        await sleep(150);
      }
      await sleep(3000);
      wrapper.replaceChildren();
      // Alone, each would make its first request and three more: twelve. Together, about one a second.
      expect((await requests(key)).length).to.be.at.most(7);
    });

    it('reports one news-error per failed request while backing off, not one per refresh tick', async () => {
      const key = uid();
      const wrapper = await fixture(html`<div></div>`);
      const el = document.createElement('latest-stories');
      Object.assign(el, {
        loading: 'eager',
        refresh: 1,
        src: `/__feeds/sample/rss.xml?status=500&key=${key}`,
      });
      let errors = 0;
      el.addEventListener('news-error', () => errors++);
      wrapper.append(el);
      await sleep(4000);
      el.remove();
      expect(errors).to.equal((await requests(key)).length);
    });

    it('keeps the author’s cards, and the focus in them, when a refresh parses the same stories again', async () => {
      const key = uid();
      const wrapper = await fixture(html`<div></div>`);
      const el = document.createElement('latest-stories');
      Object.assign(el, { loading: 'eager', refresh: 1, src: `/__feeds/gen?items=5&key=${key}&etag=@count` });
      el.innerHTML =
        '<template data-story><a data-field="link"><span data-field="title"></span></a></template>';
      wrapper.append(el);
      await settled(el);
      const link = el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.card a')[2]!;
      link.focus();
      await waitUntil(async () => (await requests(key)).length >= 3, 'no refresh', { timeout: 5000 });
      await el.updateComplete;
      expect(link.isConnected, 'the card is kept').to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(link);
      el.remove();
    });

    it('loads again at once when the browser is back online after a network failure', async () => {
      const el = await failedOffline();
      const loaded = oneEvent(el, 'news-load');
      window.dispatchEvent(new Event('online'));
      await loaded;
      await settled(el);
      expect(titles(el).length).to.equal(3);
      el.remove();
    });

    it('keeps showing its error and Try again when a refresh inside the backoff gives the same failure', async function () {
      this.timeout(20_000);
      const key = uid();
      const wrapper = await fixture(html`<div></div>`);
      const src = `/__feeds/sample/rss.xml?status=500&key=${key}`;
      // (B's tick comes while A's second failure has moved the backoff on: B gets that failure from the cache.)
      const [a, b] = [2, 6].map((refresh) => {
        const el = document.createElement('latest-stories');
        Object.assign(el, { loading: 'eager', refresh, src });
        return el;
      });
      wrapper.append(a!, b!);
      await sleep(7000);
      await b!.updateComplete;
      expect(part(b!, 'error'), 'the error stays').to.exist;
      expect(part(b!, 'retry'), 'and its button').to.exist;
      wrapper.replaceChildren();
    });

    it('fetches a page with a #fragment once to find its feed', async () => {
      const key = uid();
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories
          loading="eager"
          src=${`/__feeds/sample/site-home.html?key=${key}#top`}
        ></latest-stories>`,
      );
      await settled(el);
      expect((await requests(key)).filter((r) => r.path.includes('site-home')).length).to.equal(1);
    });
  });

  describe('switching to page data', () => {
    it('stops polling src for good, even after the element moves', async () => {
      const key = uid();
      const wrapper = await fixture(html`<div></div>`);
      const el = document.createElement('latest-stories');
      el.loading = 'eager';
      el.refresh = 0.2;
      el.src = `/__feeds/sample/rss.xml?etag=e&key=${key}`;
      wrapper.append(el);
      await settled(el);
      el.stories = [{ title: 'From the page', categories: [] }];
      await el.updateComplete;
      el.remove();
      wrapper.append(el);
      const count = (await requests(key)).length;
      await sleep(700);
      expect((await requests(key)).length).to.be.at.most(count + 1);
      expect(titles(el)).to.deep.equal(['From the page']);
      expect(statusText(el)).to.equal('');
    });
  });

  describe('changing src', () => {
    it('loads the new feed and ignores a late answer for the old one', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories
          loading="eager"
          src=${`/__feeds/sample/atom.xml?delay=800&key=${uid()}`}
        ></latest-stories>`,
      );
      el.src = `/__feeds/sample/json-feed.json?key=${uid()}`;
      await settled(el);
      await sleep(1000);
      expect(titles(el)).to.deep.equal(['JSON story one', 'JSON story two']);
      expect(parts(el, 'story').length).to.equal(2);
    });
  });
});
