// A page that switches language (an SPA's locale menu, `document.documentElement.lang = 'fr'`) or time zone
// after the elements rendered: they follow at once, as relative-time-element does.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/latest-stories/define.js';
import '../../src/components/news-article/define.js';
import '../../src/components/story-date/define.js';
import type { LatestStoriesElement } from '../../src/components/latest-stories/latest-stories.js';
import type { NewsArticleElement } from '../../src/components/news-article/news-article.js';
import type { StoryDateElement } from '../../src/components/story-date/story-date.js';

const story = {
  title: 'A story',
  link: 'https://example.com/a',
  published: '2023-10-31T12:00:00Z',
  author: 'Ada Lovelace',
  categories: [],
};

/** The visible text of an element's shadow root, whitespace collapsed. */
const shown = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('the page changes language or time zone after render', () => {
  it('follows the `lang` of the document it was moved into (an iframe’s)', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe></iframe>`);
    const doc = frame.contentDocument!;
    doc.documentElement.lang = 'en-US';
    const date = document.createElement('story-date');
    Object.assign(date, { datetime: '2023-10-31T12:00:00Z', format: 'date', timeZone: 'UTC' });
    // (Rendered here first: Lit's constructed style sheets cannot be adopted by another document's first render.)
    frame.before(date);
    await date.updateComplete;
    doc.body.append(date);
    await waitUntil(() => shown(date).includes('October 31, 2023'), 'rendered', { timeout: 2000 });
    doc.documentElement.lang = 'de';
    await waitUntil(() => shown(date).includes('31. Oktober 2023'), 'story-date follows', { timeout: 2000 });
  });

  it('every element follows an ancestor’s `lang`', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div lang="en-US">
        <story-date datetime="2023-10-31T12:00:00Z" format="date"></story-date>
        <news-article .article=${story} date-format="date"></news-article>
        <latest-stories .stories=${[story]} date-format="date"></latest-stories>
      </div>
    `);
    const date = page.querySelector<StoryDateElement>('story-date')!;
    const article = page.querySelector<NewsArticleElement>('news-article')!;
    const list = page.querySelector<LatestStoriesElement>('latest-stories')!;
    await Promise.all([date.updateComplete, article.updateComplete, list.updateComplete]);
    expect(shown(date)).to.contain('October 31, 2023');
    expect(shown(article)).to.contain('By');

    page.lang = 'fr';
    await waitUntil(() => shown(date).includes('31 octobre 2023'), 'story-date follows', { timeout: 2000 });
    await waitUntil(() => shown(article).includes('Par'), 'news-article follows', { timeout: 2000 });
    await waitUntil(() => shown(list).includes('31 octobre 2023'), 'latest-stories follows', {
      timeout: 2000,
    });
  });

  it('a `<story-date>` follows an ancestor’s `time-zone`', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div lang="en-US" time-zone="UTC">
        <story-date datetime="2023-10-31T23:30:00Z" format="date"></story-date>
      </div>
    `);
    const date = page.querySelector<StoryDateElement>('story-date')!;
    await date.updateComplete;
    expect(shown(date)).to.contain('October 31, 2023');
    page.setAttribute('time-zone', 'Asia/Tokyo');
    await waitUntil(() => shown(date).includes('November 1, 2023'), 'follows the zone', { timeout: 2000 });
  });

  it('a `lang` changed inside a shadow root is followed too', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML =
      '<div lang="de"><story-date datetime="2023-10-31T12:00:00Z" format="date"></story-date></div>';
    const date = root.querySelector<StoryDateElement>('story-date')!;
    await date.updateComplete;
    expect(shown(date)).to.contain('31. Oktober 2023');
    root.querySelector('div')!.lang = 'es';
    await waitUntil(() => shown(date).includes('31 de octubre de 2023'), 'follows', { timeout: 2000 });
  });

  it('a <latest-stories> moved under another `lang` follows it', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div>
        <div lang="en-US"><latest-stories .stories=${[story]} date-format="date"></latest-stories></div>
        <div lang="fr"></div>
      </div>
    `);
    const list = page.querySelector<LatestStoriesElement>('latest-stories')!;
    await list.updateComplete;
    expect(shown(list)).to.contain('October 31, 2023');
    page.lastElementChild!.append(list);
    await waitUntil(() => shown(list).includes('31 octobre 2023'), 'follows', { timeout: 2000 });
  });

  it('an element taken off the page stops listening, and listens again when put back', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div lang="en-US"><story-date datetime="2023-10-31T12:00:00Z" format="date"></story-date></div>
    `);
    const date = page.querySelector<StoryDateElement>('story-date')!;
    await date.updateComplete;
    date.remove();
    page.lang = 'de';
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Off the page it has no ancestor to follow, and it did not render for the change.
    expect(shown(date)).to.contain('October 31, 2023');
    page.append(date);
    await waitUntil(() => shown(date).includes('31. Oktober 2023'), 'back on the page', { timeout: 2000 });
    page.lang = 'fr';
    await waitUntil(() => shown(date).includes('31 octobre 2023'), 'follows again', { timeout: 2000 });
  });
});
