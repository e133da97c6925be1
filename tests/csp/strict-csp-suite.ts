/*
 * Runs inside strict-csp.test.html, under the strictest policy the test harness tolerates (see the page):
 * default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none';
 * object-src 'none'; form-action 'none'; require-trusted-types-for 'script';
 * trusted-types news-elements lit-html 'allow-duplicates'.
 * Not a *.test.ts file on purpose: it only means something on that page.
 *
 * What it proves: all three elements work end to end there (the content appears), no CSP violation of any
 * kind is reported while they render hostile feeds and articles, and no payload ever runs (`window.__xss`).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LatestStoriesElement, NewsArticleElement, StoryDateElement } from '../../src/index.js';
import '../../src/index.js';

declare global {
  interface Window {
    __violations: string[];
    // Same type as in tests/sanitize/no-script-execution.test.ts (one global declaration); payloads set strings.
    __xss?: string[];
  }
}

const HOSTILE_ARTICLE = '/__feeds/fixture/csp/hostile-article.json';
const HOSTILE_FEED = '/__feeds/fixture/csp/hostile-feed.xml';
const HOSTILE_PAGE = '/__feeds/fixture/csp/hostile-page.html';
const LAYOUTS = ['list', 'grid', 'compact', 'headlines'] as const;

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every <img> under `root`, shadow roots included, made eager: a lazy image that never loads proves nothing. */
function loadAllImages(root: Element | ShadowRoot): void {
  for (const img of root.querySelectorAll('img')) img.loading = 'eager';
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) loadAllImages(el.shadowRoot);
}

/**
 * Lets images load (or fail: `src="x"` answers 404, which is when an `onerror` payload would run) and the
 * violation events arrive (they are queued as tasks), then asserts that nothing was reported or ran.
 */
async function expectNoViolationNorScript(el: Element): Promise<void> {
  loadAllImages(el.shadowRoot ?? el);
  await tick(400);
  expect(window.__violations, 'CSP violations').to.deep.equal([]);
  expect(window.__xss, 'a payload ran').to.equal(undefined);
}

/** The text a reader sees in `el`, shadow roots included, whitespace collapsed. */
function visibleText(el: Element | ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    // Slotted children are light DOM: read once, where they are (not through the slot).
    for (const child of node.childNodes) {
      if (!(child instanceof HTMLScriptElement) && !(child instanceof HTMLTemplateElement)) walk(child);
    }
  };
  walk(el);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** A fresh copy of server-rendered markup from one of the page's `<template id>`s. */
function fromPage<T extends Element>(id: string): T {
  const template = document.getElementById(id) as HTMLTemplateElement;
  return document.importNode(template.content, true).firstElementChild as T;
}

/** A rendered shadow root holds nothing executable, no inline style, no event handler, no non-http(s) link. */
function expectInert(root: ShadowRoot): void {
  expect(
    root.querySelectorAll(
      'script, iframe, object, embed, svg, math, form, base, meta, link, style, [style], [srcdoc]',
    ).length,
    'executable or inline-styled elements',
  ).to.equal(0);
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.attributes) expect(attr.name, `${el.localName}[${attr.name}]`).not.to.match(/^on/);
  }
  for (const a of root.querySelectorAll('a[href]')) {
    expect(a.getAttribute('href')).to.match(/^https?:/);
  }
}

async function waitForViolations(count: number): Promise<void> {
  await waitUntil(() => window.__violations.length >= count, 'no violation reported', { timeout: 3000 });
}

beforeEach(() => {
  window.__xss = undefined;
});

describe('under a strict CSP with Trusted Types enforced', () => {
  describe('the policy (control)', () => {
    it('is really enforced: a plain string into innerHTML throws and is reported', async () => {
      const before = window.__violations.length;
      expect(() => {
        document.createElement('div').innerHTML = '<img src=x onerror="window.__xss=1">';
      }).to.throw(TypeError);
      try {
        await waitForViolations(before + 1);
        expect(window.__violations.at(-1)).to.match(/^require-trusted-types-for/);
      } finally {
        window.__violations.splice(before);
      }
    });

    it('is really enforced: eval, inline styles and other origins’ images are refused and reported', async () => {
      const before = window.__violations.length;
      const style = document.createElement('style');
      const probe = document.createElement('p');
      const img = document.createElement('img');
      try {
        expect(() => (0, eval)('window.__xss = "eval"')).to.throw();
        expect(window.__xss).to.equal(undefined);

        style.textContent = 'body { --csp-probe: inline; }';
        document.head.append(style);
        probe.setAttribute('style', 'color: rgb(255, 0, 0)');
        document.body.append(probe);
        expect(getComputedStyle(document.body).getPropertyValue('--csp-probe')).to.equal('');
        expect(getComputedStyle(probe).color).not.to.equal('rgb(255, 0, 0)');

        const { other } = (await (await fetch('/__feeds/origins')).json()) as { other: string };
        const failed = new Promise((resolve) => img.addEventListener('error', resolve, { once: true }));
        img.src = `${other}/__feeds/image?n=1`;
        document.body.append(img);
        await failed;

        await waitForViolations(before + 4);
        const reported = window.__violations.slice(before).map((v) => v.split(':')[0]);
        // Trusted Types judge eval's string before script-src does, so that is the directive reported.
        expect(reported).to.have.members([
          'require-trusted-types-for',
          'style-src-elem',
          'style-src-attr',
          'img-src',
        ]);
      } finally {
        style.remove();
        probe.remove();
        img.remove();
        window.__violations.splice(before);
      }
    });
  });

  describe('<story-date>', () => {
    it("renders a pattern date: date-fns loads by dynamic import under script-src 'self'", async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date datetime="2023-10-31" pattern="EEEE, MMMM d, yyyy" locale="en"></story-date>`,
      );
      await waitUntil(() => el.shadowRoot!.textContent!.includes('Tuesday'), 'pattern never rendered');
      expect(el.shadowRoot!.querySelector('time')!.textContent!.trim()).to.equal('Tuesday, October 31, 2023');
      // date-fns is not in the page's static module graph: it came by <story-date>'s import(), on this page.
      const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(loaded.some((name) => name.includes('/date-fns/'))).to.equal(true);
      await expectNoViolationNorScript(el);
    });

    it("is styled by constructed stylesheets, not by <style> elements (style-src 'self' allows no inline style)", async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date datetime="2023-10-31" format="date" locale="en"></story-date>`,
      );
      expect(el.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelectorAll('style, [style]').length).to.equal(0);
      await expectNoViolationNorScript(el);
    });

    it('renders a relative date', async () => {
      const threeHoursAgo = new Date(Date.now() - 3 * 3600_000 - 60_000).toISOString();
      const el = await fixture<StoryDateElement>(
        html`<story-date datetime=${threeHoursAgo} format="relative" locale="en"></story-date>`,
      );
      expect(el.shadowRoot!.querySelector('time')!.textContent).to.contain('3 hours ago');
      await expectNoViolationNorScript(el);
    });

    it('renders an absolute date with a time zone', async () => {
      const el = await fixture<StoryDateElement>(
        html`<story-date
          datetime="2024-05-07T12:00:00Z"
          format="datetime"
          time-zone="Europe/Paris"
          locale="en-GB"
        ></story-date>`,
      );
      expect(el.shadowRoot!.querySelector('time')!.textContent).to.match(/7 May 2024.*14:00/);
      await expectNoViolationNorScript(el);
    });
  });

  describe('<news-article>', () => {
    it('renders a hostile article given as the `article` property', async () => {
      const article = (await (await fetch(HOSTILE_ARTICLE)).json()) as Record<string, unknown>;
      const el = await fixture<NewsArticleElement>(html`<news-article .article=${article}></news-article>`);
      const root = el.shadowRoot!;
      expect(root.querySelector('[part~="title"]')!.textContent!.trim()).to.equal(
        'Hostile article served from the test server',
      );
      expect(root.querySelector('[part="body"]')!.textContent).to.contain('Served body paragraph.');
      expect(root.querySelector('[part="body"]')!.textContent).to.contain('Clickable paragraph.');
      expect(root.querySelector('[part="byline"]')!.textContent).to.contain('Mallory');
      // A link whose `javascript:` href was removed is text, and does not look like a link either.
      const body = root.querySelector('[part="body"]')!;
      const dead = body.querySelector('a:not([href])')!;
      expect(dead.textContent).to.equal('js link');
      expect(getComputedStyle(dead).color).to.equal(getComputedStyle(body).color);
      // The element's own styles apply (Lit adopts them as constructed stylesheets, which style-src allows).
      expect(root.adoptedStyleSheets.length).to.be.greaterThan(0);
      expect(getComputedStyle(root.querySelector('[part~="title"]')!).fontWeight).to.equal('750');
      expectInert(root);
      await expectNoViolationNorScript(el);
    });

    it('renders hostile JSON-LD from its server-rendered <script type="application/ld+json"> child', async () => {
      const el = document.getElementById('jsonld-article') as NewsArticleElement;
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('[part="body"]'), 'the JSON-LD was not shown');
      // Titles and names are plain text: the markup in them is gone, and was never parsed as HTML.
      expect(root.querySelector('[part~="title"]')!.textContent!.trim()).to.equal('JSON-LD headline');
      expect(root.querySelector('[part="body"]')!.textContent).to.contain('JSON-LD body paragraph.');
      expect(root.querySelector('[part="byline"]')!.textContent).to.equal('By Mallory');
      // The date pattern, through the inner <story-date> (date-fns again, under the policy).
      const date = root.querySelector<StoryDateElement>('story-date')!;
      await waitUntil(() => date.shadowRoot?.textContent?.includes('Tuesday'), 'pattern never rendered');
      expect(visibleText(date)).to.equal('Tuesday, October 31, 2023');
      expect(root.querySelector<HTMLImageElement>('[part="image"]')!.src).to.match(
        /^http:\/\/localhost:\d+\/__feeds\/image\?n=2$/,
      );
      expectInert(root);
      await expectNoViolationNorScript(el);
    });

    it('renders a hostile article JSON loaded from `src` on the test server', async () => {
      const el = await fixture<NewsArticleElement>(
        html`<news-article src="${HOSTILE_ARTICLE}?key=csp-article-json"></news-article>`,
      );
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('[part="body"]'), 'the article never loaded');
      expect(root.querySelector('[part~="title"]')!.textContent!.trim()).to.equal(
        'Hostile article served from the test server',
      );
      expect(root.querySelector('[part="dek"]')!.textContent).to.contain('Dek with');
      expect(root.querySelector('[part="body"]')!.textContent).to.contain('Served body paragraph.');
      // The relative image URL resolves against the article's URL: the same origin, so img-src 'self' allows it.
      const image = root.querySelector<HTMLImageElement>('[part="image"]')!;
      await waitUntil(() => image.complete, 'the image never loaded');
      expect(image.naturalWidth).to.be.greaterThan(0);
      expectInert(root);
      await expectNoViolationNorScript(el);
    });

    it('renders the article of a hostile web page loaded from `src`: its scripts never run', async () => {
      const el = await fixture<NewsArticleElement>(
        html`<news-article src="${HOSTILE_PAGE}?key=csp-article-page"></news-article>`,
      );
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('[part="body"]'), 'the page never loaded');
      expect(root.querySelector('[part~="title"]')!.textContent!.trim()).to.equal(
        'Hostile page served from the test server',
      );
      expect(root.querySelector('[part="body"]')!.textContent).to.contain('Page body paragraph.');
      // The picture comes from og:image, resolved against the page: the same origin, so img-src 'self' allows it.
      const image = root.querySelector<HTMLImageElement>('[part="image"]')!;
      await waitUntil(() => image.complete, 'the image never loaded');
      expect(image.naturalWidth).to.be.greaterThan(0);
      expectInert(root);
      await expectNoViolationNorScript(el);
    });

    it('renders the newest story of a hostile RSS feed loaded from `src`', async () => {
      const el = await fixture<NewsArticleElement>(
        html`<news-article src="${HOSTILE_FEED}?key=csp-article-feed"></news-article>`,
      );
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('[part="body"]'), 'the feed never loaded');
      expect(root.querySelector('[part~="title"]')!.textContent).to.contain('Harbor story');
      expect(root.querySelector('[part="body"]')!.textContent).to.contain('Harbor body paragraph.');
      expect(root.querySelector('[part="byline"]')!.textContent).to.contain('Reporter');
      expectInert(root);
      await expectNoViolationNorScript(el);
    });

    it('never applies a publisher’s inline styles (Chromium reports them while the sanitizer parses: known)', async () => {
      // Publisher HTML often carries style="" and <style>. DOMPurify parses it into an inert document and drops
      // both, so nothing is ever applied. But Chromium checks a style attribute or element against the page's
      // CSP as it is parsed, in any document of the window (DOMParser, createHTMLDocument or <template>), and
      // reports it: one report per publisher style, although it is blocked and then removed. Firefox does not
      // report them. Not avoidable without rewriting the HTML before it is parsed. Pinned down here: nothing
      // applied, and no report but those.
      const before = window.__violations.length;
      try {
        const el = await fixture<NewsArticleElement>(
          html`<news-article
            .article=${{
              title: 'Styled article',
              contentHtml:
                '<p style="color: rgb(255, 0, 0)">Red paragraph.</p><style>p { color: rgb(0, 0, 255) }</style>',
            }}
          ></news-article>`,
        );
        const body = el.shadowRoot!.querySelector('[part="body"]')!;
        const paragraph = body.querySelector('p')!;
        expect(paragraph.textContent).to.equal('Red paragraph.');
        expect(body.querySelectorAll('style, [style]').length).to.equal(0);
        expect(getComputedStyle(paragraph).color).not.to.be.oneOf(['rgb(255, 0, 0)', 'rgb(0, 0, 255)']);
        await tick(400);
        for (const report of window.__violations.slice(before)) {
          expect(report).to.match(/^style-src-(attr|elem): inline/);
        }
        expect(window.__xss).to.equal(undefined);
      } finally {
        window.__violations.splice(before);
      }
    });

    it('is accessible while showing the hostile article', async () => {
      const el = await fixture<NewsArticleElement>(
        html`<news-article src="${HOSTILE_ARTICLE}?key=csp-article-a11y"></news-article>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[part="body"]'), 'the article never loaded');
      await expect(el).to.be.accessible();
      await expectNoViolationNorScript(el);
    });
  });

  describe('<latest-stories>', () => {
    for (const layout of LAYOUTS) {
      it(`renders a hostile feed from the test server in the ${layout} layout`, async () => {
        const el = await fixture<LatestStoriesElement>(
          html`<latest-stories
            loading="eager"
            layout=${layout}
            heading="Latest"
            src="${HOSTILE_FEED}?key=csp-stories-${layout}"
          ></latest-stories>`,
        );
        const root = el.shadowRoot!;
        await waitUntil(() => root.querySelectorAll('[part~="story"]').length === 3, 'the feed never loaded');
        const titles = [...root.querySelectorAll('[part~="story-title"]')].map((t) => t.textContent!.trim());
        expect(titles).to.deep.equal(['Harbor story', 'Museum story', 'Bridge story']);
        // Laid out by the element's adopted stylesheet (a <div> is not a grid by default).
        expect(getComputedStyle(root.querySelector('[part="list"]')!).display).to.equal('grid');
        // The `javascript:` link is no link at all; the others are absolute http(s) on the feed's origin.
        expect(root.querySelectorAll('[part~="story-link"]').length).to.equal(2);
        if (layout === 'list' || layout === 'grid') {
          const text = visibleText(root);
          expect(text).to.contain('Harbor summary text.');
          expect(text).to.contain('Bridge summary text.');
          // Only the first story's image is an http(s) URL; `javascript:` and `data:` images are dropped.
          const images = [...root.querySelectorAll<HTMLImageElement>('[part="story-image"] img')];
          expect(images.map((i) => new URL(i.src).pathname + new URL(i.src).search)).to.deep.equal([
            '/__feeds/image?n=1',
          ]);
        }
        if (layout !== 'headlines') expect(root.querySelectorAll('[part~="story-date"]').length).to.equal(3);
        expectInert(root);
        await expectNoViolationNorScript(el);
      });
    }

    it('renders an author’s <template data-story> card, its <script> left out', async () => {
      const el = await fixture<LatestStoriesElement>(fromPage('custom-card-stories'));
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelectorAll('[part~="story"]').length === 3, 'the feed never loaded');
      const titles = [...root.querySelectorAll('.custom-title')].map((t) => t.textContent!.trim());
      expect(titles).to.deep.equal(['Harbor story', 'Museum story', 'Bridge story']);
      expect([...root.querySelectorAll('.custom-summary')].map((s) => s.textContent)).to.include(
        'Harbor summary text.',
      );
      const dates = root.querySelectorAll<StoryDateElement>('story-date');
      expect(dates.length).to.equal(3);
      expect(visibleText(dates[0]!)).to.match(/May 7, 2024/);
      expect(root.querySelectorAll('script').length).to.equal(0);
      // The page's stylesheet reaches into the cards through the part the template gave them.
      expect(getComputedStyle(root.querySelector('.custom-title')!).letterSpacing).to.equal('3px');
      expectInert(root);
      await expectNoViolationNorScript(el);
    });

    it('renders a card template’s <style> as the inline style it is: refused and reported, the cards still shown (known)', async () => {
      // The documented way to style custom cards is a <style> in the template, cloned into the shadow root:
      // under a style-src without 'unsafe-inline' the browser refuses it, like any inline style (a nonce-based
      // policy is not tried here). The cards render unstyled; ::part (previous test) is the way on such pages.
      const before = window.__violations.length;
      try {
        const el = await fixture<LatestStoriesElement>(fromPage('style-card-stories'));
        const root = el.shadowRoot!;
        await waitUntil(() => root.querySelectorAll('[part~="story"]').length === 3, 'the feed never loaded');
        const title = root.querySelector('.styled-title')!;
        expect(title.textContent!.trim()).to.equal('Harbor story');
        expect(getComputedStyle(title).letterSpacing).not.to.equal('5px');
        await waitForViolations(before + 1);
        await tick(200);
        for (const report of window.__violations.slice(before))
          expect(report).to.match(/^style-src-elem: inline/);
        expect(window.__xss).to.equal(undefined);
      } finally {
        window.__violations.splice(before);
      }
    });

    it('is accessible while showing the hostile feed', async () => {
      const el = await fixture<LatestStoriesElement>(
        html`<latest-stories
          loading="eager"
          heading="Latest"
          src="${HOSTILE_FEED}?key=csp-stories-a11y"
        ></latest-stories>`,
      );
      await waitUntil(
        () => el.shadowRoot!.querySelectorAll('[part~="story"]').length === 3,
        'the feed never loaded',
      );
      await expect(el).to.be.accessible();
      await expectNoViolationNorScript(el);
    });
  });

  after(() => {
    // Whatever the order the tests ran in, nothing was reported and nothing ran on this page.
    expect(window.__violations).to.deep.equal([]);
    expect(window.__xss).to.equal(undefined);
  });
});
