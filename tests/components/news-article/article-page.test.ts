import { expect } from '@open-wc/testing';
import { readArticlePage } from '../../../src/components/news-article/article-page.js';
import { isHtmlPage } from '../../../src/shared/web-page.js';

const URL_ = 'https://news.example/2024/05/story/';
const page = (head: string, body = '') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const ld = (json: unknown) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;

describe('reading an article from its web page (article-page.ts)', () => {
  it('recognizes HTML pages by their first tag, not feeds or JSON', () => {
    expect(isHtmlPage('<!DOCTYPE html><p>')).to.equal(true);
    expect(isHtmlPage('\ufeff  <!-- generated --><html lang="en">')).to.equal(true);
    expect(
      isHtmlPage('<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN">'),
    ).to.equal(true);
    expect(isHtmlPage('<?xml version="1.0"?><rss version="2.0">')).to.equal(false);
    expect(isHtmlPage('<feed xmlns="http://www.w3.org/2005/Atom">')).to.equal(false);
    expect(isHtmlPage('{"title":"<html>"}')).to.equal(false);
  });

  it('fills a JSON-LD article’s gaps from the tags, even when og:type says website', () => {
    const story = readArticlePage(
      page(
        '<meta property="og:type" content="website"><meta property="og:image" content="https://news.example/og.jpg">' +
          '<meta name="description" content="The dek">' +
          ld({ '@type': 'NewsArticle', headline: 'H', datePublished: '2024-05-07T09:00:00Z' }),
      ),
      URL_,
    );
    expect(story).to.deep.include({
      title: 'H',
      summary: 'The dek',
      image: { url: 'https://news.example/og.jpg' },
    });
  });

  it('splits a lone article:tag holding a list; keeps each of several whole', () => {
    const tags = (metas: string[]) =>
      readArticlePage(
        page(
          '<meta property="og:type" content="article"><meta property="og:title" content="T">' +
            metas.map((t) => `<meta property="article:tag" content="${t}">`).join(''),
        ),
        URL_,
      ).categories;
    expect(tags(['Israel-Gaza war,Middle East and north Africa,World news'])).to.deep.equal([
      'Israel-Gaza war',
      'Middle East and north Africa',
      'World news',
    ]);
    expect(tags(['Powell, Jerome H', 'Federal Reserve'])).to.deep.equal([
      'Powell, Jerome H',
      'Federal Reserve',
    ]);
  });

  it('takes the article from a Yoast-style @graph, resolving @id references', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', '@id': '/#website', name: 'Site' },
        { '@type': 'Person', '@id': '/#/person/1', name: 'Ann Writer', url: '/staff/ann/' },
        {
          '@type': 'NewsArticle',
          headline: 'From the graph',
          author: { '@id': '/#/person/1' },
          datePublished: '2024-05-07T09:00:00+02:00',
        },
      ],
    };
    const story = readArticlePage(page(ld(graph)), URL_);
    expect(story.title).to.equal('From the graph');
    expect(story.authors).to.deep.equal([{ name: 'Ann Writer', url: 'https://news.example/staff/ann/' }]);
    expect(story.published).to.equal('2024-05-07T07:00:00.000Z');
  });

  it('skips broken JSON-LD blocks and reads arrays of nodes', () => {
    const story = readArticlePage(
      page(
        '<script type="application/ld+json">{ broken, </script>' +
          `<script type='application/ld+json'>${JSON.stringify([
            { '@type': 'Organization', name: 'Org' },
            { '@type': 'BlogPosting', headline: 'Second block' },
          ])}</script>`,
      ),
      URL_,
    );
    expect(story.title).to.equal('Second block');
  });

  it('a JSON-LD article wins over the tags field by field; the tags fill its gaps', () => {
    const story = readArticlePage(
      page(
        '<meta property="og:title" content="Social title"><meta property="og:description" content="Social dek">' +
          '<meta property="og:image" content="/og.jpg"><meta property="article:tag" content="Tag">' +
          ld({ '@type': 'Article', headline: 'Real title', description: 'Real dek' }),
      ),
      URL_,
    );
    expect(story.title).to.equal('Real title');
    expect(story.summary).to.equal('Real dek');
    expect(story.image).to.deep.equal({ url: 'https://news.example/og.jpg' });
    expect(story.categories).to.deep.equal(['Tag']);
  });

  it('reads XHTML pages and the <title> when the tags have no title', () => {
    const xhtml =
      '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head>' +
      '<title>Caf&eacute; opens</title><meta property="og:type" content="article" />' +
      '<meta name="twitter:description" content="A new place." /></head><body/></html>';
    const story = readArticlePage(xhtml, URL_);
    expect(story.title).to.equal('Café opens');
    expect(story.summary).to.equal('A new place.');
  });

  it("resolves the tags' relative URLs against the page's <base>", () => {
    const story = readArticlePage(
      page(
        '<base href="https://cdn.example/site/"><meta property="og:title" content="T"><meta property="og:image" content="img/a.jpg">',
      ),
      URL_,
    );
    expect(story.image).to.deep.equal({ url: 'https://cdn.example/site/img/a.jpg' });
  });

  it('a page whose og:type is not an article (a home page, a profile) is no story', () => {
    for (const type of ['website', 'profile', 'video.other']) {
      const home = page(
        `<meta property="og:type" content="${type}"><meta property="og:title" content="Site name">`,
      );
      expect(() => readArticlePage(home, URL_))
        .to.throw()
        .with.property('code', 'not-a-story');
    }
    const article = page(
      '<meta property="og:type" content="article"><meta property="og:title" content="Story">',
    );
    expect(readArticlePage(article, URL_).title).to.equal('Story');
  });

  it('a page of other things (a title, a description, a WebSite) is no story', () => {
    const other = page(
      '<title>Home</title><meta name="description" content="Our site">' +
        ld({ '@type': 'WebSite', name: 'Site', url: '/' }),
    );
    expect(() => readArticlePage(other, URL_))
      .to.throw()
      .with.property('code', 'not-a-story');
  });

  it('reads JSON-LD as CMSes write it: raw line breaks in strings, CDATA and comment wrappers', () => {
    const raw =
      '{"@type":"NewsArticle","headline":"H","author":{"name":"Ann"},"articleBody":"Line one.\nLine\ttwo."}';
    const story = readArticlePage(page(`<script type="application/ld+json">${raw}</script>`), URL_);
    expect(story.author).to.equal('Ann');
    expect(story.contentHtml).to.contain('Line one.');
    const wrapped = `<script type="application/ld+json">//<![CDATA[\n${JSON.stringify({ '@type': 'NewsArticle', headline: 'Wrapped' })}\n//]]></script>`;
    expect(readArticlePage(page(wrapped), URL_).title).to.equal('Wrapped');
  });

  it('reads JSON-LD text as its writers mean it: references decoded once, a start tag kept as text', () => {
    const story = readArticlePage(
      page(
        ld({
          '@type': 'NewsArticle',
          headline: 'List<String> vs ArrayList<String> in Java',
          description: 'It&#8217;s Q&amp;A time',
          articleBody: 'Rock &amp; roll',
        }),
      ),
      URL_,
    );
    expect(story.title).to.equal('List<String> vs ArrayList<String> in Java');
    expect(story.summary).to.equal('It’s Q&amp;A time');
    expect(story.contentHtml).to.equal('<p>Rock &amp; roll</p>');
    const og = readArticlePage(
      page(
        '<meta property="og:type" content="article"><meta property="og:title" content="Why the &lt;dialog&gt; element matters">',
      ),
      URL_,
    );
    expect(og.title).to.equal('Why the <dialog> element matters');
  });

  it('keeps each article:tag whole and splits keyword lists', () => {
    const story = readArticlePage(
      page(
        '<meta property="og:title" content="T"><meta property="article:tag" content="Powell, Jerome H"><meta property="article:tag" content="Federal Reserve">',
      ),
      URL_,
    );
    expect(story.categories).to.deep.equal(['Powell, Jerome H', 'Federal Reserve']);
    const listed = readArticlePage(
      page('<meta property="og:title" content="T"><meta name="news_keywords" content="Economy, Rates">'),
      URL_,
    );
    expect(listed.categories).to.deep.equal(['Economy', 'Rates']);
  });

  it('takes the first tag with a value the field can use', () => {
    const story = readArticlePage(
      page(
        '<meta property="og:title" content="T"><meta property="article:author" content="https://news.example/staff/ann">' +
          '<meta name="parsely-author" content="Ann Writer"><meta property="og:image" content="javascript:alert(1)">' +
          '<meta name="twitter:image" content="https://img.example/a.jpg"><meta property="article:published_time" content="Tue, 05/07/2024 - 09:00">' +
          '<meta name="dcterms.date" content="2024-05-07">',
      ),
      URL_,
    );
    expect(story.author).to.equal('Ann Writer');
    expect(story.image!.url).to.equal('https://img.example/a.jpg');
    expect(story.published).to.equal('2024-05-07');
  });

  it('links to the page itself when it names no URL, and takes no JobPosting or headline-less article', () => {
    expect(readArticlePage(page('<meta property="og:title" content="T">'), URL_).link).to.equal(URL_);
    expect(() =>
      readArticlePage(page(ld({ '@type': 'JobPosting', description: 'We are hiring' })), URL_),
    ).to.throw();
    expect(() =>
      readArticlePage(page(ld({ '@type': 'NewsArticle', description: 'No headline' })), URL_),
    ).to.throw();
  });

  it('stays linear on hostile pages (unclosed tags, a hundred thousand metas)', () => {
    for (const hostile of [
      page('<script '.repeat(100000)),
      page('<script>'.repeat(100000)),
      page('<!--'.repeat(100000)),
      page(
        '<meta property="article:tag" content="x">'.repeat(100000) + '<meta property="og:title" content="T">',
      ),
    ]) {
      try {
        readArticlePage(hostile, URL_);
      } catch (error) {
        expect((error as { code?: string }).code).to.equal('not-a-story');
      }
    }
    // The last one is an article with one tag (duplicates merge).
    const story = readArticlePage(
      page(
        '<meta property="article:tag" content="x">'.repeat(100000) + '<meta property="og:title" content="T">',
      ),
      URL_,
    );
    expect(story.categories).to.deep.equal(['x']);
  });
});
