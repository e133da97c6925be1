// Right-to-left pages, text of the other direction, languages the elements have words for or not, long words:
// from a review of the elements on Arabic and Hebrew pages.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/latest-stories/define.js';
import '../../src/components/news-article/define.js';
import '../../src/components/story-date/define.js';
import type { LatestStoriesElement } from '../../src/components/latest-stories/latest-stories.js';
import type { NewsArticleElement } from '../../src/components/news-article/news-article.js';
import type { StoryDateElement } from '../../src/components/story-date/story-date.js';

const story = {
  title: 'Google משיקה את Gemini 2.0 בישראל',
  link: 'https://example.com/a',
  summary: '<p>Russia’s military cooperation with Iran will continue.</p>',
  published: '2025-03-15T10:00:00Z',
  updated: '2025-03-15T12:30:00Z',
  authors: [{ name: 'أحمد علي' }, { name: 'سارة محمود' }],
  section: 'World',
  categories: ['Tech'],
};

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`)!;

describe('right-to-left pages and text of the other direction', () => {
  it('<news-article> on a right-to-left page clips its separators on the right', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div dir="rtl" lang="ar"><news-article .article=${story}></news-article></div>`,
    );
    const el = page.querySelector<NewsArticleElement>('news-article')!;
    await el.updateComplete;
    // The gap before the first item is at the inline start, the right: the clip hides it there.
    expect(getComputedStyle(part(el, 'meta')).clipPath).to.match(
      /^inset\(-0\.5rem 1\.5rem -0\.5rem -0\.5rem\)$|^inset\(-8px 24px -8px -8px\)$/,
    );
    const ltr = await fixture<NewsArticleElement>(html`<news-article .article=${story}></news-article>`);
    expect(getComputedStyle(part(ltr, 'meta')).clipPath).to.match(
      /^inset\(-0\.5rem -0\.5rem -0\.5rem 1\.5rem\)$|^inset\(-8px -8px -8px 24px\)$/,
    );
  });

  it('publisher text takes the direction of most of its letters; names and dates are isolated', async () => {
    // On an English page, a Hebrew headline that begins with a brand still reads right to left…
    const article = await fixture<NewsArticleElement>(html`<news-article .article=${story}></news-article>`);
    expect(getComputedStyle(part(article, 'title')).direction).to.equal('rtl');
    for (const name of ['section', 'dek', 'tag'])
      expect(getComputedStyle(part(article, name)).direction, name).to.equal('ltr');
    expect(part(article, 'byline').querySelectorAll('bdi')).to.have.length(2);
    const date = article.shadowRoot!.querySelector<StoryDateElement>('story-date')!;
    expect(getComputedStyle(date).unicodeBidi).to.equal('isolate');
    // …and on an Arabic page, English text reads left to right.
    const page = await fixture<HTMLDivElement>(
      html`<div dir="rtl" lang="ar"><latest-stories .stories=${[story]}></latest-stories></div>`,
    );
    const list = page.querySelector<LatestStoriesElement>('latest-stories')!;
    await list.updateComplete;
    expect(getComputedStyle(part(list, 'story-title')).direction).to.equal('rtl');
    expect(getComputedStyle(part(list, 'story-summary')).direction).to.equal('ltr');
    expect(getComputedStyle(part(list, 'story-author')).direction).to.equal('rtl');
  });

  it('a right-to-left headline keeps its direction beside longer Latin brand names', async () => {
    for (const title of [
      'Samsung Galaxy S24 Ultra: סקירה',
      'Apple تطلق iPhone 16 Pro Max',
      'ה-CEO של Microsoft',
      'BBC News عربي',
    ]) {
      const el = await fixture<NewsArticleElement>(
        html`<news-article .article=${{ ...story, title }}></news-article>`,
      );
      expect(getComputedStyle(part(el, 'title')).direction, title).to.equal('rtl');
    }
    const english = await fixture<NewsArticleElement>(
      html`<news-article
        .article=${{ ...story, title: 'Markets steady as central banks pause' }}
      ></news-article>`,
    );
    expect(getComputedStyle(part(english, 'title')).direction).to.equal('ltr');
  });

  it('Arabic and Hebrew pages get the elements’ own words in their language', async () => {
    const ar = await fixture<HTMLDivElement>(
      html`<div lang="ar"><news-article .article=${story}></news-article></div>`,
    );
    const article = ar.querySelector<NewsArticleElement>('news-article')!;
    await article.updateComplete;
    expect(part(article, 'byline').textContent!.replace(/\s+/g, ' ').trim()).to.match(
      /^بقلم أحمد علي و\s?سارة محمود$/,
    );
    expect(part(article, 'byline').hasAttribute('lang')).to.equal(false);
    const he = await fixture<HTMLDivElement>(
      html`<div lang="he">
        <latest-stories .stories=${Array(12).fill(story)} limit="5" more></latest-stories>
      </div>`,
    );
    const list = he.querySelector<LatestStoriesElement>('latest-stories')!;
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('.more')?.textContent?.trim()).to.equal('כתבות נוספות');
  });

  it('a language without words of its own gets English ones, marked as English, with an English list', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="ja"><news-article .article=${story}></news-article></div>`,
    );
    const article = page.querySelector<NewsArticleElement>('news-article')!;
    await article.updateComplete;
    // Only the words are marked English: the names and the dates keep the page's language.
    const byline = part(article, 'byline');
    expect(byline.hasAttribute('lang')).to.equal(false);
    expect(byline.querySelector('[lang="en"]')?.textContent).to.equal('By');
    expect(byline.textContent!.replace(/\s+/g, ' ').trim()).to.equal('By أحمد علي and سارة محمود');
    expect(part(article, 'updated').querySelector('[lang="en"]')?.textContent).to.equal('Updated');
    expect(part(article, 'updated').querySelector('story-date')!.closest('[lang="en"]')).to.equal(null);
  });

  it('long URLs in a dek, a byline or a tag wrap inside a narrow column', async () => {
    const url = 'https://council.example.gov/' + 'minutes-of-the-budget-session/'.repeat(6) + 'final.pdf';
    const page = await fixture<HTMLDivElement>(
      html`<div style="width: 250px">
        <news-article
          .article=${{ ...story, summary: `Read the minutes at ${url}`, authors: [{ name: url }], categories: [url] }}
        ></news-article>
      </div>`,
    );
    const el = page.querySelector<NewsArticleElement>('news-article')!;
    await el.updateComplete;
    for (const name of ['dek', 'byline', 'tag']) {
      const box = part(el, name).getBoundingClientRect();
      expect(box.right - page.getBoundingClientRect().right, name).to.be.at.most(1);
    }
  });
});
