import { expect } from '@open-wc/testing';
import { normalizeStory } from '../../src/feed/normalize.js';
import { FeedError } from '../../src/feed/errors.js';
import type { Story } from '../../src/feed/types.js';

const BASE = 'https://news.example/world/';

interface Case {
  name: string;
  input: unknown;
  baseUrl?: string;
  /** Fields the result must have (deep-equal per field). */
  expect: Partial<Story>;
  /** Fields the result must not have at all. */
  absent?: (keyof Story)[];
}

const cases: Case[] = [
  // ---- our Story model
  {
    name: 'Story: passes a complete story through',
    input: {
      id: 'a1',
      title: 'Headline',
      link: 'https://news.example/a1',
      summary: '<b>Dek</b>',
      contentHtml: '<p>Body</p>',
      published: '2023-10-31T09:00:00Z',
      updated: '2023-10-31T10:00:00+01:00',
      author: 'Ann Writer',
      categories: ['World'],
      section: 'World',
      image: {
        url: 'https://img.example/a.jpg',
        alt: 'A',
        width: 1200,
        height: 800,
        caption: 'Cap',
        credit: 'AP',
      },
      source: { title: 'News', link: 'https://news.example/' },
    },
    expect: {
      id: 'a1',
      title: 'Headline',
      link: 'https://news.example/a1',
      summary: '<b>Dek</b>',
      contentHtml: '<p>Body</p>',
      published: '2023-10-31T09:00:00.000Z',
      updated: '2023-10-31T09:00:00.000Z',
      author: 'Ann Writer',
      categories: ['World'],
      section: 'World',
      image: {
        url: 'https://img.example/a.jpg',
        alt: 'A',
        width: 1200,
        height: 800,
        caption: 'Cap',
        credit: 'AP',
      },
      source: { title: 'News', link: 'https://news.example/' },
    },
  },
  {
    name: 'Story: a calendar date stays a calendar date',
    input: { title: 'T', published: '2023-10-31' },
    expect: { published: '2023-10-31' },
  },
  {
    name: 'Story: empty fields leave no keys',
    input: {
      title: 'T',
      author: '  ',
      summary: '',
      published: '',
      section: '',
      image: { url: '' },
      categories: [],
    },
    expect: { title: 'T', categories: [] },
    absent: ['author', 'summary', 'published', 'section', 'image', 'link', 'authors', 'contentHtml'],
  },
  {
    name: 'Story: an unreadable date is dropped',
    input: { title: 'T', published: 'last Tuesday' },
    expect: { title: 'T' },
    absent: ['published'],
  },
  {
    name: 'Story: title is plain text (tags stripped, entities decoded)',
    input: { title: '<em>Q&amp;A:</em>  Iran &#8217;s drones &hellip;' },
    expect: { title: 'Q&A: Iran ’s drones …' },
  },
  {
    name: 'Story: javascript:, data: and relative links without a base are dropped',
    input: {
      title: 'T',
      link: 'javascript:alert(1)',
      image: { url: 'data:image/png;base64,AAAA' },
      source: { link: '/home' },
    },
    expect: { title: 'T' },
    absent: ['link', 'image', 'source'],
  },
  {
    name: 'Story: relative URLs resolve against baseUrl',
    input: { title: 'T', link: '../a1', image: { url: 'img/a.jpg' } },
    baseUrl: BASE,
    expect: { link: 'https://news.example/a1', image: { url: 'https://news.example/world/img/a.jpg' } },
  },
  {
    name: 'Story: image URLs resolve against the story link when there is no baseUrl',
    input: { title: 'T', link: 'https://news.example/world/a1', image: { url: 'a.jpg' } },
    expect: { image: { url: 'https://news.example/world/a.jpg' } },
  },
  {
    name: 'Story: authors list gives author names',
    input: {
      title: 'T',
      authors: [
        { name: 'Ann', url: 'https://x.example/ann' },
        { name: 'Bo', url: 'javascript:x' },
      ],
    },
    expect: { author: 'Ann, Bo', authors: [{ name: 'Ann', url: 'https://x.example/ann' }, { name: 'Bo' }] },
  },
  {
    name: 'Story: an image without both width and height has no size',
    input: { title: 'T', image: { url: 'https://img.example/a.jpg', width: 1200 } },
    expect: { image: { url: 'https://img.example/a.jpg' } },
  },

  // ---- JSON Feed items
  {
    name: 'JSON Feed item: maps fields',
    input: {
      id: 7,
      url: 'https://news.example/7',
      title: 'Seven',
      content_html: '<p>Hi</p>',
      summary: 'A <plain> summary',
      date_published: '2023-10-31T09:00:00-04:00',
      date_modified: '2023-11-01T00:00:00Z',
      authors: [{ name: 'Ann', url: 'https://news.example/ann' }],
      tags: ['World', 'Iran'],
      image: 'https://img.example/7.jpg',
    },
    expect: {
      id: '7',
      link: 'https://news.example/7',
      title: 'Seven',
      contentHtml: '<p>Hi</p>',
      summary: 'A &lt;plain&gt; summary',
      published: '2023-10-31T13:00:00.000Z',
      updated: '2023-11-01T00:00:00.000Z',
      author: 'Ann',
      authors: [{ name: 'Ann', url: 'https://news.example/ann' }],
      categories: ['World', 'Iran'],
      image: { url: 'https://img.example/7.jpg' },
    },
  },
  {
    name: 'JSON Feed item: content_text becomes escaped paragraphs, banner_image and 1.0 author are used',
    input: {
      id: 'x',
      content_text: 'One <b>\n\nTwo',
      banner_image: '/b.jpg',
      author: { name: 'Old Style' },
      external_url: 'https://elsewhere.example/x',
    },
    baseUrl: BASE,
    expect: {
      title: '',
      contentHtml: '<p>One &lt;b&gt;</p>\n<p>Two</p>',
      image: { url: 'https://news.example/b.jpg' },
      author: 'Old Style',
      link: 'https://elsewhere.example/x',
    },
  },

  // ---- schema.org JSON-LD
  {
    name: 'JSON-LD NewsArticle: maps fields',
    input: {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Russia-Iran alliance',
      alternativeHeadline: 'Cooperation & more',
      datePublished: '2023-10-31',
      dateModified: '2023-10-31T12:00:00Z',
      author: [
        { '@type': 'Person', name: 'Ann Writer', url: 'https://news.example/ann' },
        { '@type': 'Organization', name: 'Wire Desk' },
      ],
      image: {
        '@type': 'ImageObject',
        url: 'https://img.example/a.jpg',
        width: '1200',
        height: { '@type': 'QuantitativeValue', value: 675 },
        caption: 'Drones',
        creditText: 'Reuters',
      },
      articleBody: 'First paragraph.\n\nSecond & last.',
      articleSection: ['World', 'Middle East'],
      keywords: 'Russia, Iran ,Drones',
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example/a' },
      publisher: { '@type': 'Organization', name: 'Example News', url: 'https://news.example/' },
    },
    expect: {
      title: 'Russia-Iran alliance',
      summary: 'Cooperation &amp; more',
      published: '2023-10-31',
      updated: '2023-10-31T12:00:00.000Z',
      author: 'Ann Writer, Wire Desk',
      authors: [{ name: 'Ann Writer', url: 'https://news.example/ann' }, { name: 'Wire Desk' }],
      image: {
        url: 'https://img.example/a.jpg',
        width: 1200,
        height: 675,
        caption: 'Drones',
        credit: 'Reuters',
      },
      contentHtml: '<p>First paragraph.</p>\n<p>Second &amp; last.</p>',
      section: 'World',
      categories: ['Russia', 'Iran', 'Drones'],
      link: 'https://news.example/a',
      id: 'https://news.example/a',
      source: { title: 'Example News', link: 'https://news.example/' },
    },
  },
  {
    name: 'JSON-LD: article found in @graph with an @type array',
    input: {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Site', url: 'https://news.example/' },
        { '@type': ['Article', 'ReportageNewsArticle'], name: 'From graph', url: 'https://news.example/g' },
      ],
    },
    expect: { title: 'From graph', link: 'https://news.example/g' },
  },
  {
    name: 'JSON-LD: @id references into the @graph (Yoast style) for author, image and publisher',
    input: {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'Article',
          '@id': 'https://news.example/p/#article',
          headline: 'Graph refs',
          author: { name: 'Inline Name', '@id': 'https://news.example/#/schema/person/2' },
          mainEntityOfPage: { '@id': 'https://news.example/p/' },
          image: { '@id': 'https://news.example/p/#primaryimage' },
          publisher: { '@id': 'https://news.example/#organization' },
        },
        {
          '@type': 'ImageObject',
          '@id': 'https://news.example/p/#primaryimage',
          url: 'https://news.example/p.jpg',
          width: 1200,
          height: 630,
          caption: 'Graph caption',
        },
        {
          '@type': 'Organization',
          '@id': 'https://news.example/#organization',
          name: 'Graph News',
          url: 'https://news.example/',
        },
        {
          '@type': 'Person',
          '@id': 'https://news.example/#/schema/person/2',
          name: 'Not used: the reference has its own name',
        },
      ],
    },
    expect: {
      title: 'Graph refs',
      link: 'https://news.example/p/',
      author: 'Inline Name',
      image: { url: 'https://news.example/p.jpg', width: 1200, height: 630, caption: 'Graph caption' },
      source: { title: 'Graph News', link: 'https://news.example/' },
    },
  },
  {
    name: 'JSON-LD: a reference with a name of its own still gets the URL of the node it names',
    input: {
      '@graph': [
        { '@type': 'NewsArticle', headline: 'H', author: { '@id': '#ann', name: 'Ann W.' } },
        { '@type': 'Person', '@id': '#ann', name: 'Ann Writer', url: 'https://news.example/author/ann/' },
      ],
    },
    expect: { author: 'Ann W.', authors: [{ name: 'Ann W.', url: 'https://news.example/author/ann/' }] },
  },
  {
    name: 'JSON-LD: an author array of @id references',
    input: {
      '@graph': [
        { '@type': 'NewsArticle', headline: 'H', author: [{ '@id': '#a' }, { '@id': '#missing' }] },
        { '@type': 'Person', '@id': '#a', name: 'Ref Person' },
      ],
    },
    expect: { author: 'Ref Person', authors: [{ name: 'Ref Person' }] },
  },
  {
    name: 'JSON-LD: top-level array and BlogPosting',
    input: [
      { '@type': 'BreadcrumbList', itemListElement: [] },
      { '@type': 'BlogPosting', headline: 'A post', description: 'Dek' },
    ],
    expect: { title: 'A post', summary: 'Dek' },
  },
  {
    name: 'JSON-LD: WebPage with a mainEntity article',
    input: { '@type': 'WebPage', name: 'Page', mainEntity: { '@type': 'Article', headline: 'Inner' } },
    expect: { title: 'Inner' },
  },
  {
    name: 'JSON-LD: author and image as strings, image arrays, contentUrl, copyrightHolder',
    input: {
      '@type': 'NewsArticle',
      headline: 'H',
      author: 'Desk',
      image: [
        'javascript:alert(1)',
        { '@type': 'ImageObject', contentUrl: '/i.png', copyrightHolder: { name: 'AP' } },
      ],
    },
    baseUrl: BASE,
    expect: { author: 'Desk', image: { url: 'https://news.example/i.png', credit: 'AP' } },
  },
  {
    name: 'JSON-LD: text instead of articleBody, keywords array, publisher string',
    input: {
      '@type': 'Article',
      headline: 'H',
      text: 'Only one.',
      keywords: ['a', 'b, c'],
      publisher: 'Paper',
    },
    expect: { contentHtml: '<p>Only one.</p>', categories: ['a', 'b', 'c'], source: { title: 'Paper' } },
  },
  {
    name: 'JSON-LD: HTML in articleBody is kept as HTML (sanitized when rendered)',
    input: { '@type': 'Article', headline: 'H', articleBody: '<p>Already <em>HTML</em></p>' },
    expect: { contentHtml: '<p>Already <em>HTML</em></p>' },
  },
  {
    name: 'JSON-LD: javascript: url is dropped, no id from it',
    input: { '@type': 'NewsArticle', headline: 'H', url: ' javascript:alert(1)' },
    expect: { title: 'H' },
    absent: ['link', 'id'],
  },
  {
    name: 'JSON-LD: the example article',
    input: {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Russia-Iran military alliance resilient against geopolitical pressure',
      alternativeHeadline: 'Russia’s Military Cooperation with Iran Will Continue Despite US Pressure',
      articleSection: 'World',
      datePublished: '2023-10-31',
    },
    expect: {
      title: 'Russia-Iran military alliance resilient against geopolitical pressure',
      summary: 'Russia’s Military Cooperation with Iran Will Continue Despite US Pressure',
      section: 'World',
      published: '2023-10-31',
      categories: [],
    },
    absent: ['author', 'authors', 'image', 'link', 'contentHtml'],
  },
];

describe('normalizeStory', () => {
  for (const c of cases) {
    it(c.name, () => {
      const story = normalizeStory(c.input, c.baseUrl ? { baseUrl: c.baseUrl } : {});
      for (const [key, value] of Object.entries(c.expect)) {
        expect(story[key as keyof Story], key).to.deep.equal(value);
      }
      for (const key of c.absent ?? []) expect(story, key).to.not.have.property(key);
      expect(Array.isArray(story.categories)).to.equal(true);
    });
  }

  describe('from a review against real publishers’ JSON-LD', () => {
    it('keeps a date without a time as a calendar date, whatever its form', () => {
      for (const date of ['May 7, 2024', '7 May 2024', 'Tuesday, May 7, 2024', '2024/05/07', '7. Mai 2024'])
        expect(
          normalizeStory({ '@type': 'NewsArticle', headline: 'H', datePublished: date }).published,
          date,
        ).to.equal('2024-05-07');
      expect(
        normalizeStory({ '@type': 'NewsArticle', headline: 'H', datePublished: 'May 7, 2024 9:00 AM' })
          .published,
      ).to.equal('2024-05-07T09:00:00.000Z');
    });

    it('drops the tags of a description, which schema.org makes text', () => {
      const story = normalizeStory({
        '@type': 'NewsArticle',
        headline: 'H',
        description: '<p>HTML <b>in</b> it</p>',
      });
      expect(story.summary).to.equal('HTML in it');
    });

    it('makes a live blog’s body of its updates when it has none of its own', () => {
      const story = normalizeStory({
        '@type': 'LiveBlogPosting',
        headline: 'Live',
        liveBlogUpdate: [
          { '@type': 'BlogPosting', headline: 'Latest <update>', articleBody: 'Latest body.' },
          { '@type': 'BlogPosting', articleBody: 'Earlier body.' },
        ],
      });
      expect(story.contentHtml).to.equal(
        '<h3>Latest &lt;update&gt;</h3><p>Latest body.</p><p>Earlier body.</p>',
      );
      const own = normalizeStory({
        '@type': 'LiveBlogPosting',
        headline: 'L',
        articleBody: 'Own.',
        liveBlogUpdate: [{ articleBody: 'U' }],
      });
      expect(own.contentHtml).to.equal('<p>Own.</p>');
    });

    it('prefers a landscape image to a square crop (Google’s 1x1, 4x3, 16x9 example)', () => {
      const crops = ['1x1', '4x3', '16x9'].map((c) => `https://n.example/photos/${c}/photo.jpg`);
      expect(normalizeStory({ '@type': 'NewsArticle', headline: 'H', image: crops }).image!.url).to.equal(
        crops[2],
      );
      const sized = normalizeStory({
        '@type': 'NewsArticle',
        headline: 'H',
        image: [
          { '@type': 'ImageObject', url: 'https://n.example/sq.jpg', width: 1200, height: 1200 },
          { '@type': 'ImageObject', url: 'https://n.example/wide.jpg', width: 1200, height: 675 },
        ],
      });
      expect(sized.image!.url).to.equal('https://n.example/wide.jpg');
      // (A word that only contains "wide" says nothing.)
      const nationwide = ['1x1', '16x9'].map((c) => `https://n.example/nationwide-strike-${c}.jpg`);
      expect(
        normalizeStory({ '@type': 'NewsArticle', headline: 'H', image: nationwide }).image!.url,
      ).to.equal(nationwide[1]);
      // A single square image is still the image.
      expect(normalizeStory({ '@type': 'NewsArticle', headline: 'H', image: crops[0] }).image!.url).to.equal(
        crops[0],
      );
    });

    it('resolves against a long page URL (only bases a feed gives are capped)', () => {
      const base = `https://news.example/page?state=${'x'.repeat(9000)}`;
      const story = normalizeStory({ title: 'A', link: '/story', image: '/i.jpg' }, { baseUrl: base });
      expect(story.link).to.equal('https://news.example/story');
      expect(story.image).to.deep.equal({ url: 'https://news.example/i.jpg' });
    });

    it('drops the "By " before an author’s name', () => {
      const story = normalizeStory({
        '@type': 'NewsArticle',
        headline: 'H',
        author: { name: 'By Jane Doe' },
      });
      expect(story.author).to.equal('Jane Doe');
    });
  });

  describe('input that is no article', () => {
    const deep = (n: number, inner: unknown): unknown => {
      let v = inner;
      for (let i = 0; i < n; i++) v = [v];
      return v;
    };
    const deepValue = (n: number): unknown => {
      let v: unknown = 5;
      for (let i = 0; i < n; i++) v = { value: v };
      return v;
    };
    const bad: [string, unknown][] = [
      ['null', null],
      ['undefined', undefined],
      ['a number', 42],
      ['a string', 'Headline'],
      ['an empty object', {}],
      ['an empty array', []],
      ['an object with unknown keys', { foo: 1, bar: [2] }],
      ['JSON-LD with no article', { '@context': 'https://schema.org', '@type': 'Organization' }],
      // Too deep to read (a stack overflow once escaped as a RangeError).
      ['a headline nested 20 000 arrays deep', { '@type': 'NewsArticle', headline: deep(20000, 'H') }],
    ];
    for (const [name, input] of bad) {
      it(`throws FeedError not-a-story for ${name}`, () => {
        let error: unknown;
        try {
          normalizeStory(input);
        } catch (e) {
          error = e;
        }
        expect(error instanceof FeedError).to.equal(true);
        expect((error as FeedError).code).to.equal('not-a-story');
      });
    }

    it('reads a typed node that is no article but has a story’s fields (a WebPage, a VideoObject)', () => {
      expect(normalizeStory({ '@type': 'WebPage', headline: 'A page' }).title).to.equal('A page');
      expect(normalizeStory({ '@type': 'VideoObject', name: 'A video' }).title).to.equal('A video');
      // …but not the site's furniture.
      expect(() =>
        normalizeStory({ '@type': 'Organization', name: 'Org', url: 'https://org.example/' }),
      ).to.throw(FeedError);
    });

    it('reads an article whose image width is nested 20 000 objects deep, without the width', () => {
      const story = normalizeStory({
        '@type': 'NewsArticle',
        headline: 'H',
        image: { url: 'https://ex.com/a.jpg', width: deepValue(20000) },
      });
      expect(story.image).to.deep.equal({ url: 'https://ex.com/a.jpg' });
    });

    it('never throws anything but FeedError on weird shapes', () => {
      const weird: unknown[] = [
        { title: 5, link: {}, image: [null, 3, { url: ['x'] }], categories: 'a,b', authors: 'nope' },
        { '@type': 'NewsArticle', headline: ['A', 'B'], author: [null, 1, {}], image: { width: {} } },
        { '@graph': 'x', '@type': 7 },
        { title: 'T', published: { toString: null } },
      ];
      for (const w of weird) {
        try {
          normalizeStory(w);
        } catch (e) {
          expect(e instanceof FeedError, String(e)).to.equal(true);
        }
      }
    });
  });

  describe('the example article fixtures', () => {
    it('the Story JSON and the JSON-LD give the same story', async () => {
      const story = normalizeStory(await (await fetch('/tests/fixtures/articles/first-article.json')).json());
      const ld = normalizeStory(await (await fetch('/tests/fixtures/articles/first-article.jsonld')).json());
      for (const key of ['title', 'summary', 'section', 'published', 'categories', 'contentHtml'] as const) {
        expect(ld[key], key).to.deep.equal(story[key]);
      }
      expect(story.published).to.equal('2023-10-31');
      expect(story.author).to.equal(undefined);
      expect(story.contentHtml!.match(/<p>/g)!.length).to.equal(7);
    });
  });
});
