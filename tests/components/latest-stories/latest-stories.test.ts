import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../../src/components/latest-stories/define.js';
import type { LatestStoriesElement } from '../../../src/components/latest-stories/latest-stories.js';
import type { Story } from '../../../src/feed/types.js';
import { part, parts, settled, statusText, titles, uid, visibleText } from './helpers.js';

const stories = (n: number, extra: Partial<Story> = {}): Story[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `urn:test:${i + 1}`,
    title: `Story ${i + 1}`,
    link: `https://example.com/story-${i + 1}`,
    summary: `<p>Summary <b>${i + 1}</b> &amp; more.</p>`,
    published: new Date(Date.UTC(2024, 4, 7, 12) - i * 3_600_000).toISOString(),
    author: `Reporter ${i + 1}`,
    categories: [i % 2 ? 'Sports' : 'Science'],
    ...extra,
  }));

describe('<latest-stories>', () => {
  describe('feeds from src', () => {
    it('renders an RSS feed: titles, links, dates, authors and summary text', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories loading="eager" src="/__feeds/sample/rss.xml?key=${uid()}"></latest-stories>`,
      );
      await settled(el);
      expect(titles(el)).to.deep.equal([
        'City council approves new park',
        'Rain expected through the weekend',
        'Library extends opening hours',
      ]);
      const link = parts(el, 'story-link')[0] as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal('https://example.com/news/park');
      expect(parts(el, 'story-summary')[0]!.textContent).to.equal('The park opens next spring.');
      expect(parts(el, 'story-author')[0]!.textContent).to.equal('Ada Reporter');
      const date = parts(el, 'story-date')[0]!;
      expect(date.localName).to.equal('time');
      expect(date.getAttribute('datetime')).to.equal('2024-05-07T09:30:00.000Z');
      // More than a week ago: `auto` shows the date (in the test zone, New York), the full one in the tooltip.
      expect(visibleText(date)).to.equal('May 7, 2024');
      expect(date.getAttribute('title')).to.equal('Tuesday, May 7, 2024 at 5:30 AM');
      // Screen readers, many of which do not read title, get the full date after the short one, as <story-date> gives it.
      expect(date.querySelector('[aria-hidden="true"]')!.textContent).to.equal('May 7, 2024');
      expect(date.querySelector('.visually-hidden')!.textContent).to.equal(
        'May 7, 2024 (Tuesday, May 7, 2024 at 5:30 AM)',
      );
      const img = parts(el, 'story-image')[0]!.querySelector('img')!;
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('decoding')).to.equal('async');
      expect(img.getAttribute('referrerpolicy')).to.equal('no-referrer');
      expect(img.getAttribute('src')).to.equal('https://example.com/img/park.jpg');
      // A story without an image gets the placeholder box, with no request.
      const placeholder = parts(el, 'story-image')[1]!;
      expect(placeholder.querySelector('img') === null).to.equal(true);
      expect(placeholder.textContent!.trim()).to.equal('R');
    });

    it('a picture that fails to load leaves the placeholder letter, like a story without one', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories
          .stories=${[
            { title: 'Broken picture', image: { url: '/__feeds/nothing-here.jpg' }, categories: [] },
            { title: 'Working picture', image: { url: '/__feeds/image?n=2' }, categories: [] },
          ]}
        ></latest-stories>`,
      );
      await settled(el);
      const [broken, working] = parts(el, 'story-image');
      const letter = (box: HTMLElement) => box.querySelector<HTMLElement>('.initial')!;
      await waitUntil(() => broken!.querySelector('img')!.hidden, 'the broken image is hidden');
      expect(getComputedStyle(letter(broken!)).display).to.not.equal('none');
      expect(letter(broken!).textContent).to.equal('B');
      expect(getComputedStyle(letter(working!)).display).to.equal('none');
    });

    it('names a channel once when its feed is named after its author', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories
          .stories=${[
            { title: 'Video', author: 'Harbour Films', source: { title: 'Harbour Films' }, categories: [] },
            { title: 'Story', author: 'Ann', source: { title: 'Harbour News' }, categories: [] },
          ]}
        ></latest-stories>`,
      );
      await settled(el);
      expect(parts(el, 'story-author').map((p) => p.textContent)).to.deep.equal(['Harbour Films', 'Ann']);
      expect(parts(el, 'story-source').map((p) => p.textContent)).to.deep.equal(['Harbour News']);
    });

    it('renders an Atom feed', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories loading="eager" src="/__feeds/sample/atom.xml?key=${uid()}"></latest-stories>`,
      );
      await settled(el);
      expect(titles(el)).to.include('Atom story one');
    });

    it('renders a JSON Feed', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories
          loading="eager"
          src="/__feeds/sample/json-feed.json?key=${uid()}"
        ></latest-stories>`,
      );
      await settled(el);
      expect(titles(el)).to.deep.equal(['JSON story one', 'JSON story two']);
    });

    it('renders an RSS 1.0 (RDF) feed', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories loading="eager" src="/__feeds/sample/rdf.xml?key=${uid()}"></latest-stories>`,
      );
      await settled(el);
      expect(titles(el).length).to.be.greaterThan(0);
      expect(parts(el, 'story-link')[0]!.getAttribute('href')).to.match(/^https?:/);
    });

    it('merges three feeds, drops duplicates and sorts newest first', async () => {
      const key = uid();
      // Feeds 1 and 2 carry the same five stories (RSS and Atom); feed 3 has five others, 30 minutes later.
      const src = [
        `/__feeds/gen?items=5&format=rss&seed=1&key=${key}-a`,
        `/__feeds/gen?items=5&format=atom&seed=1&key=${key}-b`,
        `/__feeds/gen?items=5&format=json&seed=2&base=2024-05-07T12:30:00Z&key=${key}-c`,
      ].join(' ');
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories loading="eager" limit="20" src=${src}></latest-stories>`,
      );
      await settled(el);
      const shown = titles(el);
      expect(shown.length).to.equal(10);
      expect(new Set(shown).size).to.equal(10);
      const dates = parts(el, 'story-date').map((d) => Date.parse(d.getAttribute('datetime')!));
      expect(dates).to.deep.equal([...dates].sort((a, b) => b - a));
      expect(shown[0]).to.match(/story 1$/);
      // Merged rivers say where each story came from.
      expect(parts(el, 'story-source')[0]!.textContent).to.equal('Generated feed 2');
    });
  });

  describe('data from the page', () => {
    it('shows the stories property in the given order, limited to `limit`', async () => {
      const data = stories(12).reverse();
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories .stories=${data}></latest-stories>`,
      );
      expect(titles(el).length).to.equal(10);
      expect(titles(el)[0]).to.equal('Story 12');
      el.limit = 3;
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Story 12', 'Story 11', 'Story 10']);
    });

    it('reads JSON Feed items and schema.org articles through normalizeStory', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories
          .stories=${[
            {
              id: '1',
              url: 'https://example.com/a',
              title: 'A JSON Feed item',
              date_published: '2024-05-07T10:00:00Z',
            },
            { '@type': 'NewsArticle', headline: 'A JSON-LD article', url: 'https://example.com/b' },
            42,
          ]}
        ></latest-stories>`,
      );
      expect(titles(el)).to.deep.equal(['A JSON Feed item', 'A JSON-LD article']);
    });

    it('names untitled stories by their summary or link, and leaves out stories with nothing to show', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories
          .stories=${[
            { title: '', summary: '<p>Only a summary here.</p>', categories: [] },
            { title: '', link: 'https://www.example.com/news/park/', categories: [] },
            { title: ' ', summary: '', categories: [], published: '2024-05-07T10:00:00Z' },
          ]}
        ></latest-stories>`,
      );
      expect(titles(el)).to.deep.equal(['Only a summary here.', 'example.com/news/park']);
      await expect(el).to.be.accessible();
    });

    it('keeps each story’s DOM when stories are added above it (keyed by id or link)', async () => {
      const data = stories(3);
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories .stories=${data}></latest-stories>`,
      );
      (parts(el, 'story')[0] as HTMLElement & { marked?: boolean }).marked = true;
      el.stories = [
        { ...data[0]!, id: 'urn:test:new', title: 'Newer', link: 'https://example.com/new' },
        ...data,
      ];
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Newer', 'Story 1', 'Story 2', 'Story 3']);
      const marked = parts(el, 'story').map((a) => (a as HTMLElement & { marked?: boolean }).marked === true);
      expect(marked).to.deep.equal([false, true, false, false]);
    });

    it('shows a feed property', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories .feed=${{ format: 'rss', title: 'F', items: stories(2) }}></latest-stories>`,
      );
      expect(titles(el)).to.deep.equal(['Story 1', 'Story 2']);
    });

    it('reads a child JSON script as data, never as code', async () => {
      (window as unknown as { pwned?: boolean }).pwned = false;
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories>
          <script type="application/json">
            { "title": "Inline", "items": [{ "title": "From the script", "url": "https://example.com/s" }] }
          </script>
        </latest-stories>`,
      );
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['From the script']);
    });

    it('reports a data script that is not JSON, or not stories: news-error and the error state', async () => {
      for (const [json, name] of [
        ['[{"title":"oops",]', 'SyntaxError'],
        ['{"title":"One object"}', 'FeedError'],
      ]) {
        const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
        const failed = oneEvent(wrapper, 'news-error');
        wrapper.innerHTML = `<latest-stories><script type="application/json">${json}</script></latest-stories>`;
        expect((await failed).detail.error.name).to.equal(name);
        const el = wrapper.querySelector('latest-stories')!;
        await el.updateComplete;
        expect(part(el, 'error'), json).to.exist;
        // Trying a data script again would change nothing: no retry button.
        expect(part(el, 'retry')).to.equal(null);
      }
    });

    it('follows edits of its data script, and keeps the last good stories when an edit breaks it', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories
          ><script type="application/json">
            [{ "title": "First", "url": "https://e.com/1" }]
          </script></latest-stories
        >`,
      );
      expect(titles(el)).to.deep.equal(['First']);
      const script = el.querySelector('script')!;
      script.textContent = '[{ "title": "Second", "url": "https://e.com/2" }]';
      await waitUntil(() => titles(el)[0] === 'Second', 'the edited script was not read');
      const failed = oneEvent(el, 'news-error');
      script.textContent = '[{ "title": ';
      await failed;
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Second']);
      expect(part(el, 'error')).to.equal(null);
    });

    it('shows the light-DOM fallback until data arrives, then hides it', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories>
          <ul id="fallback">
            <li><a href="https://example.com/a">Server-rendered story</a></li>
          </ul>
        </latest-stories>`,
      );
      const wrapper = el.shadowRoot!.querySelector('.fallback') as HTMLElement;
      expect(wrapper.hidden).to.equal(false);
      el.stories = stories(2);
      await el.updateComplete;
      expect(wrapper.hidden).to.equal(true);
    });

    it('fires news-load with the stories', async () => {
      const el = document.createElement('latest-stories');
      const event = oneEvent(el, 'news-load');
      el.stories = stories(3);
      document.body.append(el);
      const { detail } = await event;
      expect(detail.stories!.length).to.equal(3);
      el.remove();
    });
  });

  describe('layouts', () => {
    it('list shows image, title, date, author and summary', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories .stories=${stories(2)}></latest-stories>`,
      );
      for (const name of ['story-image', 'story-title', 'story-date', 'story-author', 'story-summary'])
        expect(parts(el, name).length, name).to.equal(2);
      expect(part(el, 'base')!.classList.contains('list-layout')).to.equal(true);
      expect(getComputedStyle(part(el, 'base')!).containerType).to.equal('inline-size');
    });

    it('grid lays cards in columns measured on the element, not the viewport', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<div style="width: 900px">
          <latest-stories layout="grid" .stories=${stories(6)}></latest-stories>
        </div>`,
      );
      const ls = el.querySelector('latest-stories')!;
      await ls.updateComplete;
      const columns = () => getComputedStyle(part(ls, 'list')!).gridTemplateColumns.split(' ').length;
      expect(columns()).to.be.greaterThan(2);
      el.style.width = '300px';
      await new Promise(requestAnimationFrame);
      expect(columns()).to.equal(1);
    });

    it('compact shows title and date only; headlines only titles', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories layout="compact" .stories=${stories(2)}></latest-stories>`,
      );
      expect(parts(el, 'story-date').length).to.equal(2);
      expect(parts(el, 'story-image').length).to.equal(0);
      expect(parts(el, 'story-summary').length).to.equal(0);
      el.layout = 'headlines';
      await el.updateComplete;
      expect(parts(el, 'story-date').length).to.equal(0);
      expect(titles(el).length).to.equal(2);
    });

    it('falls back to list for an unknown layout', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories layout="carousel" .stories=${stories(1)}></latest-stories>`,
      );
      expect(part(el, 'base')!.classList.contains('list-layout')).to.equal(true);
    });

    it('honors no-images, no-summary, no-date and no-author', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories no-images no-summary no-date no-author .stories=${stories(2)}></latest-stories>`,
      );
      for (const name of ['story-image', 'story-summary', 'story-date', 'story-author'])
        expect(parts(el, name).length, name).to.equal(0);
    });

    it('renders the heading as a real heading, stories one level below', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories
          heading="Latest stories"
          heading-level="3"
          .stories=${stories(1)}
        ></latest-stories>`,
      );
      expect(part(el, 'heading')!.localName).to.equal('h3');
      expect(part(el, 'heading')!.textContent).to.equal('Latest stories');
      expect(part(el, 'story-title')!.localName).to.equal('h4');
      expect(part(el, 'list')!.getAttribute('aria-labelledby')).to.equal('heading');
    });

    it('adds target and rel with link-target', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories link-target="_blank" .stories=${stories(1)}></latest-stories>`,
      );
      const link = part(el, 'story-link')!;
      expect(link.getAttribute('target')).to.equal('_blank');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    });
  });

  describe('dates', () => {
    it('keeps relative dates current on the shared timer', async () => {
      const clock = sinon.useFakeTimers({
        now: Date.UTC(2024, 4, 7, 14),
        toFake: ['setTimeout', 'clearTimeout', 'Date'],
      });
      try {
        const el = await fixture<LatestStoriesElement>(
          html`<latest-stories date-format="relative" .stories=${stories(2)}></latest-stories>`,
        );
        const texts = () => parts(el, 'story-date').map(visibleText);
        expect(texts()).to.deep.equal(['2 hours ago', '3 hours ago']);
        await clock.tickAsync(60 * 60_000);
        await el.updateComplete;
        expect(texts()).to.deep.equal(['3 hours ago', '4 hours ago']);
      } finally {
        clock.restore();
      }
    });

    it('uses date-pattern and the locale, like <story-date>', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories locale="fr" date-pattern="d MMMM" .stories=${stories(1)}></latest-stories>`,
      );
      await waitUntil(() => visibleText(part(el, 'story-date')!) === '7 mai', 'the pattern never applied', {
        timeout: 4000,
      });
    });

    it('follows the nearest time-zone attribute', async () => {
      const wrapper = await fixture(
        html`<div time-zone="Asia/Tokyo">
          <latest-stories date-format="datetime" .stories=${stories(1)}></latest-stories>
        </div>`,
      );
      const el = wrapper.querySelector('latest-stories')!;
      await el.updateComplete;
      expect(visibleText(part(el, 'story-date')!)).to.equal('May 7, 2024, 9:00 PM');
    });
  });

  describe('filters and more', () => {
    it('include and exclude match keywords in title, summary and categories', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories include="sports" .stories=${stories(6)}></latest-stories>`,
      );
      expect(titles(el)).to.deep.equal(['Story 2', 'Story 4', 'Story 6']);
      el.include = '';
      el.exclude = 'science, story 4';
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Story 2', 'Story 6']);
    });

    it('shows the empty state when the filters match nothing', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories include="nothing-matches" .stories=${stories(3)}></latest-stories>`,
      );
      expect(part(el, 'empty')!.textContent!.trim()).to.equal('No stories to show yet.');
    });

    it('more reveals the next `limit` stories and moves focus to the first of them', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories more limit="4" .stories=${stories(10)}></latest-stories>`,
      );
      expect(titles(el).length).to.equal(4);
      part(el, 'more')!.click();
      await el.updateComplete;
      expect(titles(el).length).to.equal(8);
      expect(el.shadowRoot!.activeElement?.getAttribute('aria-posinset')).to.equal('5');
      part(el, 'more')!.click();
      await el.updateComplete;
      expect(titles(el).length).to.equal(10);
      expect(part(el, 'more') === null).to.equal(true);
    });

    it('has no more button without the attribute', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories limit="2" .stories=${stories(5)}></latest-stories>`,
      );
      expect(part(el, 'more') === null).to.equal(true);
      // Without `more` the other stories cannot be reached: the set is what is shown.
      expect(parts(el, 'story').map((a) => a.getAttribute('aria-setsize'))).to.deep.equal(['2', '2']);
    });
  });

  describe('custom card template', () => {
    it('clones the template per story and fills fields as text and allow-listed URLs', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories
          .stories=${[
            ...stories(1, { section: 'Local' }),
            { title: 'Hostile <img src=x onerror=alert(1)>', link: 'javascript:alert(1)', categories: [] },
            { title: '', summary: '', link: 'javascript:alert(2)', categories: [] },
          ]}
        >
          <template data-story>
            <style>
              .kicker {
                text-transform: uppercase;
              }
            </style>
            <p class="kicker" data-field="section"></p>
            <h3>
              <a data-field="link"><span data-field="title"></span></a>
            </h3>
            <story-date data-field="date" format="date"></story-date>
            <p data-field="summary"></p>
            <img data-field="image" alt="" />
            <script>
              window.templateScriptRan = true;
            </script>
          </template>
        </latest-stories>`,
      );
      await el.updateComplete;
      const cards = parts(el, 'story');
      expect(cards.length).to.equal(2);
      const first = cards[0]!;
      // Each card is named by its title, like the built-in cards (the ARIA feed pattern names every article).
      expect(cards.map((c) => c.getAttribute('aria-label'))).to.deep.equal(['Story 1', 'Hostile']);
      expect(first.querySelector('.kicker')!.textContent).to.equal('Local');
      expect(first.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/story-1');
      expect(first.querySelector('[data-field="title"]')!.textContent).to.equal('Story 1');
      expect(first.querySelector('story-date')!.getAttribute('datetime')).to.equal(
        '2024-05-07T12:00:00.000Z',
      );
      expect(first.querySelector('[data-field="summary"]')!.textContent).to.equal('Summary 1 & more.');
      // No image: the field is hidden, not broken.
      expect((first.querySelector('img') as HTMLImageElement).hidden).to.equal(true);
      const second = cards[1]!;
      expect(second.querySelectorAll('img:not([data-field])').length).to.equal(0);
      expect(second.querySelector('a')!.hasAttribute('href')).to.equal(false);
      expect(el.shadowRoot!.querySelectorAll('script').length).to.equal(0);
      expect((window as unknown as { templateScriptRan?: boolean }).templateScriptRan).to.equal(undefined);
      // The template's style applies inside the shadow root.
      expect(getComputedStyle(first.querySelector('.kicker')!).textTransform).to.equal('uppercase');
      await expect(el).to.be.accessible();
    });

    it('writes a template <time> in the element’s zone, and a calendar date on its own day', async () => {
      const wrapper = await fixture(
        html`<div time-zone="Asia/Tokyo">
          <latest-stories
            locale="en-US"
            .stories=${[
              { title: 'Late', published: '2023-10-31T20:00:00Z', categories: [] },
              { title: 'Day', published: '2023-10-30', categories: [] },
            ]}
          >
            <template data-story><span data-field="title"></span><time data-field="date"></time></template>
          </latest-stories>
        </div>`,
      );
      const el = wrapper.querySelector('latest-stories')!;
      await el.updateComplete;
      const times = [...el.shadowRoot!.querySelectorAll('time')];
      // 8 PM UTC is the next morning in Tokyo; October 30 stays October 30 (the tests run in New York).
      expect(times.map((t) => [t.textContent, t.getAttribute('datetime')])).to.deep.equal([
        ['Nov 1, 2023', '2023-10-31T20:00:00.000Z'],
        ['Oct 30, 2023', '2023-10-30'],
      ]);
    });
  });

  describe('hostile content', () => {
    it('shows markup in titles and summaries as text and drops javascript: links', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories
          .stories=${[
            {
              title: '<script>alert(1)</script>Title',
              link: 'javascript:alert(1)',
              summary:
                '<img src="/__feeds/image?n=1&key=hostile" onerror="alert(1)"><script>alert(2)</script>Text',
              image: { url: 'javascript:alert(3)' },
              author: '<b>Bold</b>',
              categories: [],
            },
          ]}
        ></latest-stories>`,
      );
      // normalizeStory makes titles plain text; whatever is left is bound as text, never parsed.
      expect(titles(el)[0]).to.contain('Title');
      expect(part(el, 'story-title')!.childElementCount).to.equal(0);
      expect(part(el, 'story-link') === null).to.equal(true);
      expect(el.shadowRoot!.querySelectorAll('script, [onerror]').length).to.equal(0);
      expect(part(el, 'story-summary')!.textContent).to.equal('Text');
      expect(part(el, 'story-image')!.querySelector('img') === null).to.equal(true);
      expect(part(el, 'story-author')!.textContent).to.equal('Bold');
    });
  });

  describe('events', () => {
    it('fires a cancelable news-select on a story link click; preventDefault stops navigation', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories .stories=${stories(3)}></latest-stories>`,
      );
      let click: MouseEvent | undefined;
      el.addEventListener('news-select', (e) => e.preventDefault());
      el.shadowRoot!.addEventListener('click', (e) => (click = e as MouseEvent));
      const event = oneEvent(el, 'news-select');
      (parts(el, 'story-link')[1] as HTMLAnchorElement).click();
      const { detail } = await event;
      expect(detail.story.title).to.equal('Story 2');
      expect(click?.defaultPrevented).to.equal(true);
    });
  });

  describe('localization', () => {
    it('uses the nearest lang and the strings override', async () => {
      const wrapper = await fixture(
        html`<div lang="fr"><latest-stories more limit="1" .stories=${stories(3)}></latest-stories></div>`,
      );
      const el = wrapper.querySelector('latest-stories')!;
      await el.updateComplete;
      expect(part(el, 'more')!.textContent!.trim()).to.equal('Plus d’articles');
      el.strings = { more: 'Encore' };
      await el.updateComplete;
      expect(part(el, 'more')!.textContent!.trim()).to.equal('Encore');
    });
  });

  describe('accessibility', () => {
    it('is a feed of articles with set size and position', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories more limit="2" .stories=${stories(5)}></latest-stories>`,
      );
      expect(part(el, 'list')!.getAttribute('role')).to.equal('feed');
      expect(part(el, 'list')!.getAttribute('aria-busy')).to.equal('false');
      const articles = parts(el, 'story');
      expect(articles.map((a) => a.localName)).to.deep.equal(['article', 'article']);
      expect(articles.map((a) => a.getAttribute('aria-posinset'))).to.deep.equal(['1', '2']);
      expect(articles.map((a) => a.getAttribute('aria-setsize'))).to.deep.equal(['5', '5']);
      expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
    });

    it('moves between stories with Page Down and Page Up', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories .stories=${stories(3)}></latest-stories>`,
      );
      const articles = parts(el, 'story');
      articles[0]!.focus();
      articles[0]!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true, composed: true }),
      );
      expect(el.shadowRoot!.activeElement?.getAttribute('aria-posinset')).to.equal('2');
    });

    it('is accessible in list, grid, compact and headlines layouts', async () => {
      for (const layout of ['list', 'grid', 'compact', 'headlines']) {
        const el = await fixture<LatestStoriesElement>(
          html`<latest-stories
            heading="Latest"
            layout=${layout}
            more
            limit="3"
            .stories=${stories(5)}
          ></latest-stories>`,
        );
        await expect(el).to.be.accessible();
      }
    });

    it('is accessible in the empty state', async () => {
      const el = await fixture<LatestStoriesElement>(html`<latest-stories .stories=${[]}></latest-stories>`);
      expect(part(el, 'empty') !== null).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('is accessible while loading, with a skeleton of `limit` rows and aria-busy', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories
          loading="eager"
          limit="4"
          src=${`/__feeds/sample/rss.xml?delay=1500&key=${uid()}`}
        ></latest-stories>`,
      );
      expect(part(el, 'list')!.getAttribute('aria-busy')).to.equal('true');
      expect(part(el, 'skeleton')!.querySelectorAll('.skeleton-row').length).to.equal(4);
      expect(statusText(el)).to.equal('Loading stories…');
      await expect(el).to.be.accessible();
      await waitUntil(() => part(el, 'story'), 'stories never arrived', { timeout: 5000 });
      expect(part(el, 'skeleton') === null).to.equal(true);
    });
  });
});
