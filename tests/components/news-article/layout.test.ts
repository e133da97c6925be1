import { expect } from '@open-wc/testing';
import {
  articleFixture,
  dateText,
  exampleStory,
  fullStory,
  has,
  part,
  parts,
  settle,
  text,
  type NewsArticleElement,
} from './helpers.js';

describe('<news-article> layouts and fields', () => {
  describe('layout="full" (default)', () => {
    let el: NewsArticleElement;
    beforeEach(async () => {
      el = await articleFixture(fullStory(), { 'date-format': 'date', lang: 'en-US' });
    });

    it('renders an <article> with every part in reading order', () => {
      const base = part(el, 'base')!;
      expect(base.localName).to.equal('article');
      const order = parts(el).filter((p) =>
        ['section', 'title', 'dek', 'byline', 'date', 'image', 'caption', 'body', 'tags'].includes(p),
      );
      expect(order).to.deep.equal([
        'section',
        'title',
        'dek',
        'byline',
        'date',
        'image',
        'caption',
        'body',
        'tags',
      ]);
      expect(el.getAttribute('layout')).to.equal('full');
    });

    it('shows section, headline, dek, byline, date, caption, credit, body and tags', () => {
      expect(text(el, 'section')).to.equal('World');
      expect(text(el, 'title')).to.equal('Full story headline');
      expect(part(el, 'title')!.localName).to.equal('h2');
      expect(text(el, 'dek')).to.equal('The dek of the full story.');
      expect(text(el, 'byline')).to.equal('By Ann Writer and Bo Reporter');
      expect(part(el, 'byline')!.querySelector('a')!.getAttribute('href')).to.equal(
        'https://news.example/ann',
      );
      expect(dateText(el)).to.equal('October 31, 2023');
      expect(text(el, 'caption')).to.equal('A Shahed drone. Photo: Wire');
      expect(text(el, 'credit')).to.equal('Photo: Wire');
      expect(text(el, 'body')).to.contain('First paragraph with a link.');
      expect(Array.from(part(el, 'tags')!.querySelectorAll('li')).map((li) => li.textContent)).to.deep.equal([
        'Russia',
        'Iran',
      ]);
    });

    it('the headline links to the story', () => {
      const a = part(el, 'title')!.querySelector('a')!;
      expect(a.getAttribute('href')).to.equal('https://news.example/world/full-1');
      expect(a.hasAttribute('target')).to.equal(false);
    });

    it('the date is a <time datetime> inside <story-date>, with story-date parts exported', () => {
      const sd = part(el, 'date')!;
      expect(sd.localName).to.equal('story-date');
      expect(sd.getAttribute('exportparts')).to.equal('time: date-time');
      expect(sd.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal(
        '2023-10-31T14:30:00.000Z',
      );
    });

    it('reserves the image box from width and height, with alt text and lazy-safe attributes', () => {
      const img = part(el, 'image') as HTMLImageElement;
      expect(img.getAttribute('width')).to.equal('640');
      expect(img.getAttribute('height')).to.equal('360');
      expect(img.getAttribute('alt')).to.equal('A drone on a runway');
      expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
      // The box has its final height before the image has loaded.
      expect(Math.round(img.getBoundingClientRect().height)).to.equal(
        Math.round((img.getBoundingClientRect().width * 360) / 640),
      );
    });

    it('has no inline style attributes', () => {
      expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('the example article (empty "Date:" field, no author, no image)', () => {
    let el: NewsArticleElement;
    beforeEach(async () => {
      el = await articleFixture(await exampleStory(), { lang: 'en-US' });
    });

    it('shows the section, headline, dek, date and seven body paragraphs', () => {
      expect(text(el, 'section')).to.equal('World');
      expect(text(el, 'title')).to.equal(
        'Russia-Iran military alliance resilient against geopolitical pressure',
      );
      expect(text(el, 'dek')).to.equal(
        'Russia’s Military Cooperation with Iran Will Continue Despite US Pressure',
      );
      expect(part(el, 'body')!.querySelectorAll('p').length).to.equal(7);
    });

    it('shows the calendar date as that day in any time zone (the tests run in New York)', () => {
      expect(dateText(el)).to.equal('October 31, 2023');
      expect(part(el, 'date')!.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal(
        '2023-10-31',
      );
    });

    it('leaves no trace of the missing author, link and image', () => {
      expect(has(el, 'byline')).to.equal(false);
      expect(el.shadowRoot!.textContent).not.to.match(/\bBy\b|Date:/);
      expect(has(el, 'figure')).to.equal(false);
      expect(has(el, 'image')).to.equal(false);
      expect(part(el, 'title')!.querySelector('a')).to.equal(null);
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('layout="card"', () => {
    let el: NewsArticleElement;
    beforeEach(async () => {
      el = await articleFixture(fullStory(), { layout: 'card', 'date-format': 'date', lang: 'en-US' });
    });

    it('shows image, headline, date and summary only', () => {
      const present = ['image', 'title', 'date', 'summary'].filter((p) => has(el, p));
      expect(present).to.deep.equal(['image', 'title', 'date', 'summary']);
      const absent = ['section', 'dek', 'byline', 'body', 'tags', 'caption'].filter((p) => has(el, p));
      expect(absent).to.deep.equal([]);
      expect(text(el, 'summary')).to.equal('The dek of the full story.');
    });

    it('has exactly one link, a real <a> on the headline, stretched over the whole card', () => {
      const links = el.shadowRoot!.querySelectorAll('a');
      expect(links.length).to.equal(1);
      expect(links[0]!.closest('[part~="title"]')).to.not.equal(null);
      const after = getComputedStyle(links[0]!, '::after');
      expect(after.position).to.equal('absolute');
      const card = part(el, 'base')!.getBoundingClientRect();
      expect(getComputedStyle(part(el, 'base')!).position).to.equal('relative');
      // A click in the image area lands on the link.
      const img = part(el, 'image')!.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(img.left + img.width / 2, img.top + img.height / 2);
      expect(hit?.localName).to.equal('a');
      expect(card.height).to.be.greaterThan(0);
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('layout="compact"', () => {
    let el: NewsArticleElement;
    beforeEach(async () => {
      el = await articleFixture(fullStory(), { layout: 'compact', 'date-format': 'date', lang: 'en-US' });
    });

    it('shows the headline and the date only', () => {
      const shown = ['section', 'title', 'dek', 'byline', 'date', 'image', 'summary', 'body', 'tags'].filter(
        (p) => has(el, p),
      );
      expect(shown).to.deep.equal(['title', 'date']);
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });

    it("is unpainted and takes the page's text color, whatever the reader's color scheme", async () => {
      // A dark page: a theme color (dark text in a light scheme) would be unreadable on it.
      const page = document.createElement('div');
      page.style.cssText = 'color: rgb(240, 240, 240); background: rgb(17, 17, 17)';
      document.body.append(page);
      page.append(el);
      await el.updateComplete;
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(part(el, 'title')!).color).to.equal('rgb(240, 240, 240)');
      // The date too: no lighter shade of an unknown color is sure to stay readable.
      expect(getComputedStyle(part(el, 'date')!).color).to.equal('rgb(240, 240, 240)');
      // A site's own color still wins.
      page.style.setProperty('--news-article-color', 'rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'title')!).color).to.equal('rgb(1, 2, 3)');
      page.remove();
    });
  });

  it('an unknown layout falls back to full', async () => {
    const el = await articleFixture(fullStory(), { layout: 'magazine' });
    expect(part(el, 'base')!.classList.contains('layout-full')).to.equal(true);
    expect(has(el, 'body')).to.equal(true);
  });

  describe('missing fields leave no trace', () => {
    const minimal = { title: 'Only a title', categories: [] };
    const cases: [string, Record<string, unknown>, string[]][] = [
      ['no date', { published: undefined }, ['date', 'updated']],
      ['no author', { author: undefined, authors: undefined }, ['byline']],
      ['no image', { image: undefined }, ['figure', 'image', 'caption']],
      ['no summary', { summary: undefined }, ['dek', 'summary']],
      ['no section', { section: undefined }, ['section']],
      ['no body', { contentHtml: undefined }, ['body']],
      ['no tags', { categories: [] }, ['tags']],
      [
        'no caption or credit',
        { image: { url: '/__feeds/image?n=2', width: 640, height: 360 } },
        ['caption'],
      ],
    ];
    for (const [name, override, missing] of cases) {
      for (const layout of ['full', 'card', 'compact']) {
        it(`${name} (${layout}): no ${missing.join(', ')} part`, async () => {
          const el = await articleFixture(fullStory(override), { layout });
          expect(missing.filter((p) => has(el, p))).to.deep.equal([]);
          expect(has(el, 'title')).to.equal(true);
        });
      }
    }

    it('no title (full): no heading; card: the link names itself by its URL', async () => {
      const post = { link: 'https://news.example/p/1', contentHtml: '<p>A micro-post.</p>', categories: [] };
      const full = await articleFixture(post);
      expect(has(full, 'title')).to.equal(false);
      expect(text(full, 'body')).to.equal('A micro-post.');
      await expect(full).to.be.accessible();
      const card = await articleFixture(post, { layout: 'card' });
      expect(text(card, 'title')).to.equal('https://news.example/p/1');
    });

    it('no author and no date: no meta row at all', async () => {
      const el = await articleFixture(
        fullStory({ author: undefined, authors: undefined, published: undefined }),
      );
      expect(has(el, 'meta')).to.equal(false);
    });

    it('a story with only a title renders just the headline, accessibly', async () => {
      const el = await articleFixture(minimal);
      expect(parts(el)).to.deep.equal(['base', 'title']);
      await expect(el).to.be.accessible();
    });

    it('an image without size reserves an aspect-ratio box (default 16/9) and empty alt when unknown', async () => {
      const el = await articleFixture(fullStory({ image: { url: '/__feeds/image?n=3' } }));
      const img = part(el, 'image') as HTMLImageElement;
      expect(img.getAttribute('alt')).to.equal('');
      expect(img.hasAttribute('width')).to.equal(false);
      const box = img.getBoundingClientRect();
      expect(Math.round(box.height)).to.equal(Math.round((box.width * 9) / 16));
    });

    it('an image that fails to load leaves no broken box', async () => {
      const el = await articleFixture(
        fullStory({
          image: { url: `${location.origin}/__feeds/raw?status=404&k=${Math.random()}`, caption: 'Gone' },
        }),
      );
      const start = performance.now();
      while (has(el, 'figure') && performance.now() - start < 4000)
        await new Promise((r) => setTimeout(r, 20));
      expect(has(el, 'figure')).to.equal(false);
      expect(has(el, 'caption')).to.equal(false);
    });

    it('shows "Updated" only when the update is ten minutes or more after publication', async () => {
      const same = await articleFixture(fullStory({ updated: '2023-10-31T14:30:00Z' }));
      expect(has(same, 'updated')).to.equal(false);
      // A CMS's save seconds after publication is no update.
      const saved = await articleFixture(fullStory({ updated: '2023-10-31T14:39:59Z' }));
      expect(has(saved, 'updated')).to.equal(false);
      const later = await articleFixture(fullStory({ updated: '2023-11-01T10:00:00Z' }), { lang: 'en-US' });
      expect(text(later, 'updated')).to.match(/^Updated/);
      expect(dateText(later, 'updated-date')).to.equal('Nov 1, 2023, 6:00 AM');
    });
  });

  describe('attributes', () => {
    for (const [value, expected] of [
      ['1', 'h1'],
      ['3', 'h3'],
      ['6', 'h6'],
      ['0', 'h2'],
      ['7', 'h2'],
      ['2.5', 'h2'],
      ['abc', 'h2'],
    ] as const) {
      it(`heading-level="${value}" gives an <${expected}>`, async () => {
        const el = await articleFixture(fullStory(), { 'heading-level': value });
        expect(part(el, 'title')!.localName).to.equal(expected);
      });
    }

    it('heading-level changes re-render the heading', async () => {
      const el = await articleFixture(fullStory());
      el.setAttribute('heading-level', '4');
      await settle(el);
      expect(part(el, 'title')!.localName).to.equal('h4');
    });

    it('no-image hides the image in full and card layouts', async () => {
      for (const layout of ['full', 'card']) {
        const el = await articleFixture(fullStory(), { layout, 'no-image': true });
        expect(has(el, 'image'), layout).to.equal(false);
        expect(has(el, 'figure'), layout).to.equal(false);
      }
    });

    it('no-body hides the body but keeps the dek (summary only)', async () => {
      const el = await articleFixture(fullStory(), { 'no-body': true });
      expect(has(el, 'body')).to.equal(false);
      expect(text(el, 'dek')).to.equal('The dek of the full story.');
    });

    it('link-target sets target and rel on the headline and body links', async () => {
      const el = await articleFixture(fullStory(), { 'link-target': '_blank' });
      const a = part(el, 'title')!.querySelector('a')!;
      expect(a.getAttribute('target')).to.equal('_blank');
      expect(a.getAttribute('rel')).to.contain('noopener');
      const bodyLink = part(el, 'body')!.querySelector('a')!;
      expect(bodyLink.getAttribute('target')).to.equal('_blank');
      expect(bodyLink.getAttribute('rel')).to.contain('noopener');
    });

    it('date-format is passed to <story-date>', async () => {
      const el = await articleFixture(fullStory(), { 'date-format': 'datetime', lang: 'en-US' });
      expect(part(el, 'date')!.getAttribute('format')).to.equal('datetime');
      expect(dateText(el)).to.match(/Oct 31, 2023.*10:30\sAM/);
    });

    it('date-pattern is passed to <story-date> as pattern', async () => {
      const el = await articleFixture(await exampleStory(), {
        'date-pattern': 'EEEE, MMMM d, yyyy',
        lang: 'en-US',
      });
      expect(part(el, 'date')!.getAttribute('pattern')).to.equal('EEEE, MMMM d, yyyy');
      const sd = part(el, 'date')!;
      const start = performance.now();
      // The pattern formatter loads date-fns on first use.
      while (dateText(el) !== 'Tuesday, October 31, 2023' && performance.now() - start < 4000) {
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(dateText(el)).to.equal('Tuesday, October 31, 2023');
      expect(sd.localName).to.equal('story-date');
    });

    it('writes its own words in the language of the nearest lang', async () => {
      const el = await articleFixture(fullStory({ updated: '2023-11-01T10:00:00Z' }), { lang: 'fr' });
      expect(text(el, 'byline')).to.equal('Par Ann Writer et Bo Reporter');
      expect(text(el, 'updated')).to.equal('Mis à jour');
      expect(part(el, 'tags')!.getAttribute('aria-label')).to.equal('Mots-clés');
      const unknown = await articleFixture(fullStory(), { lang: 'tlh' });
      expect(text(unknown, 'byline')).to.match(/^By /);
    });

    it('the default date format is an absolute date', async () => {
      const el = await articleFixture(fullStory(), { lang: 'en-US' });
      expect(part(el, 'date')!.getAttribute('format')).to.equal('date');
    });
  });
});
