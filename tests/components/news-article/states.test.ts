import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import sinon from 'sinon';
import {
  articleFixture,
  fullStory,
  has,
  part,
  settle,
  text,
  uniqueKey,
  until,
  type NewsArticleElement,
} from './helpers.js';

const ARTICLE = '/__feeds/fixture/articles/first-article.json';
const EXAMPLE_TITLE = 'Russia-Iran military alliance resilient against geopolitical pressure';

/**
 * emulateMedia, or a skip where the launcher cannot emulate media features: Firefox ESR 153 over WebDriver
 * BiDi (puppeteer needs CDP for it; BiDi's emulation.setMediaFeaturesOverride comes in Firefox 159) and
 * WebDriver launchers. Any other failure still fails the test. Chromium always runs these tests.
 */
async function emulateMediaOrSkip(test: Mocha.Context, media: Parameters<typeof emulateMedia>[0]) {
  try {
    await emulateMedia(media);
  } catch (error) {
    if (/CDP support is required|is not supported for browser type/.test(String(error))) test.skip();
    throw error;
  }
}

async function mount(markup: string): Promise<NewsArticleElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.innerHTML = markup;
  return wrapper.querySelector('news-article')!;
}

describe('<news-article> states and events', () => {
  describe('while src loads', () => {
    let el: NewsArticleElement;
    beforeEach(async () => {
      el = await mount(
        `<news-article src="${ARTICLE}?delay=3000&key=${uniqueKey('skeleton')}"></news-article>`,
      );
      await el.updateComplete;
    });

    it('shows a busy skeleton and no article', () => {
      const base = part(el, 'skeleton')!;
      expect(base).to.not.equal(null);
      expect(base.getAttribute('aria-busy')).to.equal('true');
      expect(base.textContent!.trim()).to.equal('Loading article…');
      expect(has(el, 'title')).to.equal(false);
      expect(el.story).to.equal(null);
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });

    it('the skeleton is still when the reader prefers reduced motion', async function () {
      const block = el.shadowRoot!.querySelector('.skeleton')!;
      expect(getComputedStyle(block).animationName).to.not.equal('none');
      await emulateMediaOrSkip(this, { reducedMotion: 'reduce' });
      try {
        expect(getComputedStyle(block).animationName).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  describe('when src fails', () => {
    it('shows part="error" and fires news-error with error, url and status', async () => {
      const src = `${ARTICLE}?status=404&key=${uniqueKey('404')}`;
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const failed = oneEvent(wrapper, 'news-error');
      wrapper.innerHTML = `<news-article src="${src}"></news-article>`;
      const event = await failed;
      const el = wrapper.querySelector('news-article')!;
      await settle(el);
      expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
      expect(event.detail.error.code).to.equal('http');
      expect(event.detail.status).to.equal(404);
      expect(event.detail.url).to.equal(new URL(src, location.href).href);
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(text(el, 'error')).to.equal('This article could not be loaded.');
      expect(has(el, 'skeleton')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it("shows the author's light-DOM fallback instead of the error part", async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const failed = oneEvent(wrapper, 'news-error');
      wrapper.innerHTML = `<news-article src="${ARTICLE}?status=500&key=${uniqueKey('fallback')}"><p class="fb">Read it <a href="/x">on our site</a>.</p></news-article>`;
      await failed;
      const el = wrapper.querySelector('news-article')!;
      await settle(el);
      expect(has(el, 'error')).to.equal(false);
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().map((n) => n.className)).to.deep.equal(['fb']);
      expect(el.querySelector('.fb')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('preventDefault() on news-error hides the built-in error UI', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.addEventListener('news-error', (e) => e.preventDefault());
      const failed = oneEvent(wrapper, 'news-error');
      wrapper.innerHTML = `<news-article src="${ARTICLE}?status=503&key=${uniqueKey('prevent')}"></news-article>`;
      const event = await failed;
      const el = wrapper.querySelector('news-article')!;
      await settle(el);
      expect(event.defaultPrevented).to.equal(true);
      expect(has(el, 'error')).to.equal(false);
      expect(el.shadowRoot!.textContent!.trim()).to.equal('');
    });

    it('a network failure is a FeedError with code network', async () => {
      // A closed port on the loopback: the fetch fails fast.
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const failed = oneEvent(wrapper, 'news-error');
      wrapper.innerHTML = '<news-article src="http://127.0.0.1:9/none.json"></news-article>';
      const event = await failed;
      expect(event.detail.error.code).to.equal('network');
    });

    it('a valid JSON that is no article fires not-a-story', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const failed = oneEvent(wrapper, 'news-error');
      wrapper.innerHTML = `<news-article src="/__feeds/raw?type=application/json&body=${encodeURIComponent('{"foo":1}')}"></news-article>`;
      const event = await failed;
      expect(event.detail.error.code).to.equal('not-a-story');
    });

    it('an article property that is no article shows the error part and never throws', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('news-article');
      el.article = 42;
      const failed = oneEvent(wrapper, 'news-error');
      wrapper.append(el);
      const event = await failed;
      await settle(el);
      expect(event.detail.error.code).to.equal('not-a-story');
      expect(has(el, 'error')).to.equal(true);
    });

    it('recovers when a working src follows a failing one', async () => {
      const el = await mount(
        `<news-article src="${ARTICLE}?status=500&key=${uniqueKey('recover')}"></news-article>`,
      );
      await oneEvent(el, 'news-error');
      const loaded = oneEvent(el, 'news-load');
      el.src = ARTICLE;
      await loaded;
      await settle(el);
      expect(text(el, 'title')).to.equal(EXAMPLE_TITLE);
      expect(has(el, 'error')).to.equal(false);
    });
  });

  describe('src in older engines and against slow servers', () => {
    afterEach(() => sinon.restore());

    it('loads where AbortSignal.any is missing (Safari before 17.4, Firefox before 124)', async () => {
      sinon.stub(AbortSignal, 'any').value(undefined);
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const done = Promise.race([oneEvent(wrapper, 'news-load'), oneEvent(wrapper, 'news-error')]);
      wrapper.innerHTML = `<news-article src="${ARTICLE}?key=${uniqueKey('no-any')}"></news-article>`;
      const event = await done;
      expect(event.type).to.equal('news-load');
      const el = wrapper.querySelector('news-article')!;
      await settle(el);
      expect(text(el, 'title')).to.equal(EXAMPLE_TITLE);
    });

    it('fails with code timeout when the server has not answered within 15 s', async () => {
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const failed = oneEvent(wrapper, 'news-error');
      wrapper.innerHTML = `<news-article src="${ARTICLE}?delay=3000&key=${uniqueKey('timeout')}"></news-article>`;
      await wrapper.querySelector('news-article')!.updateComplete;
      clock.tick(15000);
      const event = await failed;
      expect(event.detail.error.code).to.equal('timeout');
    });
  });

  describe('stale responses', () => {
    it('a late response for an old src never overwrites the newer one', async () => {
      const slow = `/__feeds/sample/rss.xml?delay=800&key=${uniqueKey('slow')}`;
      const fast = `${ARTICLE}?key=${uniqueKey('fast')}`;
      const el = await mount(`<news-article src="${slow}"></news-article>`);
      const loads: string[] = [];
      el.addEventListener('news-load', (e) => loads.push(e.detail.article!.title));
      el.addEventListener('news-error', (e) => loads.push(`error ${e.detail.error.message}`));
      await el.updateComplete;
      el.src = fast;
      await until(() => loads.length > 0, 4000, 'the fast load');
      await settle(el);
      expect(text(el, 'title')).to.equal(EXAMPLE_TITLE);
      // Wait past the slow response's delay.
      await new Promise((r) => setTimeout(r, 1200));
      await settle(el);
      expect(text(el, 'title')).to.equal(EXAMPLE_TITLE);
      expect(loads).to.deep.equal([EXAMPLE_TITLE]);
    });

    it('setting article while src loads wins, and the load is dropped', async () => {
      const el = await mount(
        `<news-article src="${ARTICLE}?delay=600&key=${uniqueKey('late')}"></news-article>`,
      );
      await el.updateComplete;
      el.article = { title: 'Set meanwhile', categories: [] };
      await settle(el);
      await new Promise((r) => setTimeout(r, 900));
      await settle(el);
      expect(text(el, 'title')).to.equal('Set meanwhile');
    });

    it('a load cut short by removal starts again when the element comes back', async () => {
      const el = await mount(
        `<news-article src="${ARTICLE}?delay=300&key=${uniqueKey('reconnect')}"></news-article>`,
      );
      await el.updateComplete;
      const parent = el.parentElement!;
      el.remove();
      const loaded = oneEvent(el, 'news-load');
      parent.append(el);
      await loaded;
      await settle(el);
      expect(text(el, 'title')).to.equal(EXAMPLE_TITLE);
    });
  });

  describe('no data', () => {
    it('shows the light-DOM content as is', async () => {
      const el = await mount('<news-article><p class="static">Server text</p></news-article>');
      await settle(el);
      expect(has(el, 'base')).to.equal(false);
      expect(el.shadowRoot!.querySelector('slot')!.assignedElements().length).to.equal(1);
      await expect(el).to.be.accessible();
    });
  });

  describe('color scheme', () => {
    let emulated = false;
    afterEach(async () => {
      if (emulated) await emulateMedia({ colorScheme: 'light' });
      emulated = false;
    });

    it('follows prefers-color-scheme, and site variables win', async function () {
      const el = await articleFixture(fullStory());
      const base = part(el, 'base')!;
      await emulateMediaOrSkip(this, { colorScheme: 'light' });
      emulated = true;
      const light = getComputedStyle(base).backgroundColor;
      await emulateMedia({ colorScheme: 'dark' });
      const dark = getComputedStyle(base).backgroundColor;
      expect(light).to.equal('rgb(255, 255, 255)');
      expect(dark).to.not.equal(light);
      await expect(el).to.be.accessible();
      el.style.setProperty('--news-surface', 'rgb(1, 2, 3)');
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(1, 2, 3)');
      el.style.setProperty('--news-article-background', 'rgb(4, 5, 6)');
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(4, 5, 6)');
    });

    it('body typography variables reach into the shadow root', async () => {
      const el = await articleFixture(fullStory());
      el.style.setProperty('--news-article-body-size', '20px');
      el.style.setProperty('--news-article-link-color', 'rgb(200, 0, 0)');
      el.style.setProperty('--news-article-measure', '300px');
      const body = part(el, 'body')!;
      expect(getComputedStyle(body).fontSize).to.equal('20px');
      expect(getComputedStyle(body).maxWidth).to.equal('300px');
      expect(getComputedStyle(body.querySelector('a')!).color).to.equal('rgb(200, 0, 0)');
    });
  });
});
