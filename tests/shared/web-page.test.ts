import { expect } from '@open-wc/testing';
import { feedLinks, isHtmlPage, readPage } from '../../src/shared/web-page.js';

const PAGE = 'https://blog.example/posts/';
const page = (head: string) => `<!doctype html><html><head>${head}</head><body><p>Hi</p></body></html>`;

describe('feed autodiscovery links (web-page.ts)', () => {
  it('lists RSS, Atom, RDF and JSON Feed alternates in page order, absolute and without duplicates', () => {
    const links = feedLinks(
      page(
        '<link rel="alternate" type="application/rss+xml" href="/feed/">' +
          '<link rel="alternate" type="application/atom+xml" href="atom.xml">' +
          '<LINK REL="Alternate Feed" TYPE="application/feed+json" HREF="https://cdn.example/feed.json">' +
          '<link rel="alternate" type="application/json" href="/feed.json">' +
          '<link rel="alternate" type="application/rdf+xml" href="/index.rdf">' +
          '<link rel="alternate" type="application/rss+xml" href="/feed/">',
      ),
      PAGE,
    );
    expect(links).to.deep.equal([
      'https://blog.example/feed/',
      'https://blog.example/posts/atom.xml',
      'https://cdn.example/feed.json',
      'https://blog.example/feed.json',
      'https://blog.example/index.rdf',
    ]);
  });

  it('skips other alternates, stylesheets, unsafe URLs, and links inside comments or scripts', () => {
    const links = feedLinks(
      page(
        '<link rel="alternate" hreflang="fr" href="/fr/">' +
          '<link rel="alternate" type="text/html" href="/amp/">' +
          '<link rel="stylesheet" type="application/rss+xml" href="/not-alternate.xml">' +
          '<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">' +
          '<!-- <link rel="alternate" type="application/rss+xml" href="/commented.xml"> -->' +
          '<script>document.write(\'<link rel="alternate" type="application/rss+xml" href="/scripted.xml">\')</script>' +
          '<link rel="alternate" type="application/rss+xml" href="/real.xml">',
      ),
      PAGE,
    );
    expect(links).to.deep.equal(['https://blog.example/real.xml']);
  });

  it('resolves against the page <base>, and reads entity-escaped URLs', () => {
    const links = feedLinks(
      page(
        '<base href="https://www.example.org/news/">' +
          '<link rel="alternate" type="application/rss+xml" href="feed?lang=en&amp;format=rss">',
      ),
      PAGE,
    );
    expect(links).to.deep.equal(['https://www.example.org/news/feed?lang=en&format=rss']);
  });

  it('finds nothing in a page without feed links', () => {
    expect(feedLinks(page('<title>Plain</title>'), PAGE)).to.deep.equal([]);
  });

  it('reads feed types with parameters', () => {
    const links = feedLinks(
      page('<link rel="alternate" type="application/rss+xml; charset=utf-8" href="/feed/">'),
      PAGE,
    );
    expect(links).to.deep.equal(['https://blog.example/feed/']);
  });
});

describe('reading a page as text (web-page.ts)', () => {
  const names = (html: string) =>
    readPage(html).tags.map((t) => `${t.name}:${t.attrs.name ?? t.attrs.rel ?? ''}`);

  it('tells pages from feeds, however many comments lead, in linear time', () => {
    const comments = '<!-- c -->\n'.repeat(5000);
    expect(isHtmlPage(`<?xml version="1.0"?>\n${comments}<rss version="2.0">`)).to.equal(false);
    expect(isHtmlPage(`${comments}<!DOCTYPE html><p>`)).to.equal(true);
    expect(isHtmlPage('<!---->'.repeat(5000) + 'x')).to.equal(false);
  });

  it('keeps each tag once when a script start tag is cut off at the end', () => {
    expect(names('<meta name="author" content="Jane"><meta name="x" content="T"><script')).to.deep.equal([
      'meta:author',
      'meta:x',
    ]);
  });

  it('cuts out scripts and styles but not elements that merely start alike, and empty comments', () => {
    expect(
      names(
        '<script-x></script-x><meta name="a"><stylez></stylez><meta name="b"><!--><meta name="c"><!---><meta name="d">' +
          '<script><meta name="in-script"></script><style><meta name="in-style"></style>',
      ),
    ).to.deep.equal(['meta:a', 'meta:b', 'meta:c', 'meta:d']);
  });

  it('takes as JSON-LD only scripts whose own type says so', () => {
    const { jsonLd } = readPage(
      '<script data-type="application/ld+json">{"a":1}</script><script type=application/ld+json>{"b":2}</script>' +
        '<script/type="application/ld+json">{"c":3}</script>',
    );
    expect(jsonLd).to.deep.equal(['{"b":2}', '{"c":3}']);
  });

  it('ends a comment at --!> too, as HTML does', () => {
    expect(names('<!-- a --!><meta name="after">')).to.deep.equal(['meta:after']);
  });

  it('reads a page that opens with a very long comment, and empty comments, as HTML', () => {
    expect(isHtmlPage('<!--' + 'a'.repeat(5e6) + '--><html>')).to.equal(true);
    expect(isHtmlPage('<!--><!---><html>')).to.equal(true);
  });

  it('resolves links against the first <base> that has an href', () => {
    const links = feedLinks(
      page(
        '<base target="_blank"><base href="/x/"><link rel="alternate" type="application/rss+xml" href="f.xml">',
      ),
      PAGE,
    );
    expect(links).to.deep.equal(['https://blog.example/x/f.xml']);
  });
});
