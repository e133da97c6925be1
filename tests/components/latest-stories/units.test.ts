import { expect } from '@open-wc/testing';
import { htmlToText, decodeEntities, truncate } from '../../../src/components/latest-stories/html-text.js';
import {
  canonicalLink,
  filterStories,
  keywordMatcher,
  mergeStories,
  parseKeywords,
  safeUrl,
} from '../../../src/components/latest-stories/merge.js';
import { formatCount, uiStrings } from '../../../src/shared/strings.js';
import type { Story } from '../../../src/feed/types.js';
import { styles } from '../../../src/components/latest-stories/latest-stories.styles.js';

const story = (fields: Partial<Story>): Story => ({ title: '', categories: [], ...fields });

describe('<latest-stories> helpers', () => {
  describe('htmlToText', () => {
    const cases: [string, string][] = [
      ['<p>The park opens <b>next spring</b>.</p>', 'The park opens next spring.'],
      [
        'Plain text &amp; entities &eacute;t&eacute; &#8217; &#x2014; &hellip;',
        'Plain text & entities été ’ — …',
      ],
      ['<p>One</p><p>Two</p>', 'One Two'],
      ['a<br>b', 'a b'],
      ['<script>alert(1)</script>Safe', 'Safe'],
      ['<style>p{}</style><p>Styled</p>', 'Styled'],
      ['<!-- a comment --> text', 'text'],
      ['<a title="x > y" href="/">link</a> after', 'link after'],
      ['<img src=x onerror="alert(1)">Caption', 'Caption'],
      ['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
      ['&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>'],
      ['&#146;quoted&#148;', '’quoted”'],
      ['&zzzz; &amp stays', '&zzzz; &amp stays'],
      ['&frac12; cup', '½ cup'],
      ['  lots   of\n\n whitespace\u00a0here ', 'lots of whitespace here'],
      ['<svg><text>hidden</text></svg>Shown', 'Shown'],
      ['Unterminated <!-- comment', 'Unterminated'],
      ['', ''],
    ];
    for (const [input, expected] of cases) {
      it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
        expect(htmlToText(input)).to.equal(expected);
      });
    }

    it('takes linear time on hostile markup', () => {
      const inputs = [
        '<a "'.repeat(50_000),
        '<script '.repeat(50_000),
        `<a title='x${'>'.repeat(10)}`.repeat(20_000),
      ];
      for (const input of inputs) {
        // The median of five runs: a single run can catch a garbage collection on a busy machine, and WebKit's
        // regex engine takes ~30 ms here where Chromium takes 1 ms. Quadratic backtracking takes seconds.
        const times = Array.from({ length: 5 }, () => {
          const start = performance.now();
          htmlToText(input);
          return performance.now() - start;
        }).sort((a, b) => a - b);
        expect(times[2], input.slice(0, 12)).to.be.below(100);
      }
      expect(htmlToText('Before <a title="unterminated>after')).to.equal('Before');
    });

    it('cuts long text at a word boundary with an ellipsis', () => {
      const text = htmlToText(`<p>${'word '.repeat(200)}</p>`, 50);
      expect(text.length).to.be.at.most(51);
      expect(text.endsWith('word…')).to.equal(true);
      expect(truncate('short', 50)).to.equal('short');
    });

    it('decodes entities without touching plain text', () => {
      expect(decodeEntities('no entities here')).to.equal('no entities here');
      expect(decodeEntities('&#0;')).to.equal('\ufffd');
    });
  });

  describe('canonicalLink and merge', () => {
    it('ignores scheme, tracking parameters, fragment and trailing slash', () => {
      const a = canonicalLink('http://Example.com/news/park/?utm_source=x&utm_medium=y#top');
      const b = canonicalLink('https://example.com/news/park');
      expect(a).to.equal(b);
      expect(canonicalLink('https://example.com/a?id=2&utm_campaign=z')).to.equal('example.com/a?id=2');
      expect(canonicalLink('javascript:alert(1)')).to.equal('');
      expect(canonicalLink(undefined)).to.equal('');
    });

    it('deduplicates by id, then link, then title and date, and sorts newest first', () => {
      const feedA = [
        { story: story({ id: 'urn:a:1', title: 'One', published: '2024-05-07T10:00:00Z' }), feedUrl: 'a' },
        {
          story: story({ title: 'Two', link: 'https://x.test/two', published: '2024-05-07T08:00:00Z' }),
          feedUrl: 'a',
        },
        { story: story({ title: 'Three', published: '2024-05-07T06:00:00Z' }), feedUrl: 'a' },
      ];
      const feedB = [
        {
          story: story({ id: 'urn:a:1', title: 'One again', published: '2024-05-07T10:00:00Z' }),
          feedUrl: 'b',
        },
        {
          story: story({
            title: 'Two (copy)',
            link: 'http://x.test/two/?utm_source=rss',
            published: '2024-05-07T08:00:00Z',
          }),
          feedUrl: 'b',
        },
        { story: story({ title: ' three ', published: '2024-05-07T06:00:00Z' }), feedUrl: 'b' },
        { story: story({ title: 'Four', published: '2024-05-07T09:00:00Z' }), feedUrl: 'b' },
        { story: story({ title: 'Undated' }), feedUrl: 'b' },
      ];
      const merged = mergeStories([feedA, feedB]);
      expect(merged.map((s) => s.title)).to.deep.equal(['One', 'Four', 'Two', 'Three', 'Undated']);
    });

    it('compares bare ids only within their own feed', () => {
      const merged = mergeStories([
        [{ story: story({ id: '1', title: 'A' }), feedUrl: 'a' }],
        [{ story: story({ id: '1', title: 'B' }), feedUrl: 'b' }],
      ]);
      expect(merged.map((s) => s.title)).to.deep.equal(['A', 'B']);
    });

    it('keeps a single feed in its own order', () => {
      const merged = mergeStories([
        [
          { story: story({ title: 'Old', published: '2020-01-01T00:00:00Z' }) },
          { story: story({ title: 'New', published: '2024-01-01T00:00:00Z' }) },
        ],
      ]);
      expect(merged.map((s) => s.title)).to.deep.equal(['Old', 'New']);
    });

    it('allows only http(s) URLs', () => {
      expect(safeUrl('https://example.com/a')).to.equal('https://example.com/a');
      expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
      expect(safeUrl('data:text/html,hi')).to.equal(undefined);
      expect(safeUrl('/relative')).to.equal(undefined);
    });
  });

  describe('keyword filters', () => {
    const stories = [
      story({ title: 'Modern art fair opens', categories: ['Culture'] }),
      story({ title: 'Start of the season', summary: '<p>Football is back</p>' }),
      story({ title: 'Storm warning', categories: ['Weather'] }),
    ];
    it('matches whole words, case-insensitively, in title, summary and categories', () => {
      expect(filterStories(stories, ['ART'], []).map((s) => s.title)).to.deep.equal([
        'Modern art fair opens',
      ]);
      expect(filterStories(stories, ['football'], []).map((s) => s.title)).to.deep.equal([
        'Start of the season',
      ]);
      expect(filterStories(stories, ['weather', 'culture'], []).length).to.equal(2);
      expect(filterStories(stories, [], ['storm']).length).to.equal(2);
      expect(filterStories(stories, ['art fair'], []).length).to.equal(1);
    });
    it('parses comma-separated keywords and escapes them', () => {
      expect(parseKeywords(' a, b ,,c ')).to.deep.equal(['a', 'b', 'c']);
      expect(keywordMatcher(['c++'])!.test('I like c++ a lot')).to.equal(true);
      expect(keywordMatcher(['art'])!.test('(art)')).to.equal(true);
      expect(keywordMatcher(['art'])!.test('art-house')).to.equal(true);
      // No lookbehind: Safari before 16.4 throws a SyntaxError on `(?<` and `(?<!`.
      expect(keywordMatcher(['art'])!.source).to.not.contain('(?<');
      expect(keywordMatcher([])).to.equal(null);
    });
  });

  describe('UI strings', () => {
    it('picks the table from the language and pluralizes', () => {
      expect(uiStrings('fr-CA').more).to.equal('Plus d’articles');
      expect(formatCount(uiStrings('en').newStories, 1, 'en')).to.equal('1 new story');
      expect(formatCount(uiStrings('en').newStories, 3, 'en')).to.equal('3 new stories');
      expect(formatCount(uiStrings('fr').newStories, 1, 'fr')).to.equal('1 nouvel article');
      expect(formatCount(uiStrings('de').newStories, 2, 'de')).to.equal('2 neue Artikel');
      expect(formatCount(uiStrings('es').newStories, 2, 'es')).to.equal('2 noticias nuevas');
      expect(uiStrings('xx').retry).to.equal('Try again');
    });
    it('applies overrides key by key', () => {
      const s = uiStrings('en', { more: 'Older', newStories: 'Show {count}' });
      expect(s.more).to.equal('Older');
      expect(s.retry).to.equal('Try again');
      expect(formatCount(s.newStories, 4, 'en')).to.equal('Show 4');
    });
    it('speaks Arabic with its six plural forms, and an override replaces them whole', () => {
      const ar = uiStrings('ar').newStories;
      expect([1, 2, 5, 11, 100].map((n) => formatCount(ar, n, 'ar-u-nu-latn'))).to.deep.equal([
        'خبر جديد واحد',
        'خبران جديدان',
        '5 أخبار جديدة',
        '11 خبرًا جديدًا',
        '100 خبر جديد',
      ]);
      const own = uiStrings('ar', {
        newStories: { one: 'قصة جديدة', other: '{count} قصص جديدة' },
      }).newStories;
      expect([1, 2, 5, 11].map((n) => formatCount(own, n, 'ar-u-nu-latn'))).to.deep.equal([
        'قصة جديدة',
        '2 قصص جديدة',
        '5 قصص جديدة',
        '11 قصص جديدة',
      ]);
    });
  });

  describe('styles', () => {
    const css = styles.map((s) => s.cssText).join('\n');
    it('declares every private --_ls-* token it uses, and uses every one it declares', () => {
      const declared = new Set([...css.matchAll(/(--_ls-[a-z-]+)\s*:/g)].map((m) => m[1]));
      const used = new Set([...css.matchAll(/var\((--_ls-[a-z-]+)/g)].map((m) => m[1]));
      expect([...used].filter((t) => !declared.has(t))).to.deep.equal([]);
      expect([...declared].filter((t) => !used.has(t))).to.deep.equal([]);
    });
    it('never declares a public --latest-stories-* or --news-* variable', () => {
      expect(/(?:^|[\s{;])--(?:latest-stories|news)-[a-z-]+\s*:/.test(css)).to.equal(false);
    });
  });
});
