// Alone in its page on purpose: the first element of a page connects before loadFeed has ever run, so the element's
// `online` listener comes before loadFeed's own. (Later in a page, loadFeed's is already there.)
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../src/components/latest-stories/define.js';
import type { NewsErrorDetail } from '../../../src/shared/events.js';
import { part, settled, titles, uid } from './helpers.js';

describe('<latest-stories> back online, as the first element of its page', () => {
  it('loads again at once, and meanwhile keeps its error and Try again', async () => {
    const key = uid();
    const wrapper = await fixture(html`<div></div>`);
    const el = document.createElement('latest-stories');
    Object.assign(el, { loading: 'eager', src: `/__feeds/sample/rss.xml?key=${key}` });
    const real = window.fetch;
    window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      const failed = oneEvent(el, 'news-error');
      wrapper.append(el);
      expect(((await failed) as CustomEvent<NewsErrorDetail>).detail.error).to.have.property(
        'code',
        'network',
      );
    } finally {
      window.fetch = real;
    }
    await el.updateComplete;
    expect(part(el, 'retry')).to.exist;
    const loaded = oneEvent(el, 'news-load');
    window.dispatchEvent(new Event('online'));
    await loaded;
    await settled(el);
    expect(titles(el).length).to.equal(3);
  });
});
