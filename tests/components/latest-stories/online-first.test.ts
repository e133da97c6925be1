// Alone in its page on purpose: the first element of a page connects before loadFeed has ever run, so the element's
// `online` listener comes before loadFeed's own. (Later in a page, loadFeed's is already there.)
import { expect, oneEvent } from '@open-wc/testing';
import '../../../src/components/latest-stories/define.js';
import { failedOffline, part, settled, titles } from './helpers.js';

describe('<latest-stories> back online, as the first element of its page', () => {
  it('loads again at once, and meanwhile keeps its error and Try again', async () => {
    const el = await failedOffline();
    await el.updateComplete;
    expect(part(el, 'retry')).to.exist;
    const loaded = oneEvent(el, 'news-load');
    window.dispatchEvent(new Event('online'));
    await loaded;
    await settled(el);
    expect(titles(el).length).to.equal(3);
  });
});
