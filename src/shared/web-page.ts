/**
 * Reading web pages as text, for the elements that accept a page's URL where data is expected: `<news-article>`
 * reads an article page's JSON-LD and meta tags, `<latest-stories>` finds a site's feed from its home page. The
 * page is never parsed into a document: its scripts never run and its markup never reaches the DOM.
 */
import { absolute } from '../feed/urls.js';
import { find, parseXml, textOf } from '../feed/xml.js';

/**
 * Whether a document is an HTML page (rather than a feed or JSON), by its first tag after any prolog, comments
 * (`<!-->` included, as HTML reads it) and white space. Skipped piece by piece: one regular expression repeating
 * over comments backtracked exponentially, or overflowed the stack on a long comment.
 */
export function isHtmlPage(text: string): boolean {
  const prolog = /[\s\ufeff]+|<!--(?:-?>|[^]*?--!?>)|<\?xml[^>]*>/y;
  let at = 0;
  while (prolog.exec(text)) at = prolog.lastIndex;
  const first = /<(?:!doctype\s+html|html|head)\b/iy;
  first.lastIndex = at;
  return first.test(text);
}

/** A `<meta>`, `<link>`, `<base>` or `<title>` of a page: attributes by lowercase name, and a title's text. */
export interface PageTag {
  name: 'meta' | 'link' | 'base' | 'title';
  attrs: Record<string, string>;
  text: string;
}

/**
 * The text of a page's JSON-LD scripts, and its `<meta>`, `<link>`, `<base>` and `<title>` tags in document
 * order. Scripts, styles and comments are cut out first, so nothing inside them passes for a tag; the rest is
 * read by the feed engine's lenient XML reader (entities decoded, unclosed tags tolerated). Linear in the
 * page's length, whatever it holds: an unclosed script or comment ends the page.
 */
export function readPage(page: string): { jsonLd: string[]; tags: PageTag[] } {
  const jsonLd: string[] = [];
  const tags: PageTag[] = [];
  let markup = '';
  // (`<script-x>` is another element; `(?=[\s/>])` tells them apart.)
  const open = /<!--|<(script|style)(?=[\s/>])/gi;
  let at = 0;
  for (let m; (m = open.exec(page)); at = open.lastIndex) {
    markup += page.slice(at, m.index);
    at = page.length;
    const tag = m[1]?.toLowerCase() as 'script' | 'style' | undefined;
    // A script's text starts after its start tag's `>`; a start tag cut off before it ends the page. A comment's
    // `-->` may overlap its `<!--`, as in HTML (`<!-->` is a whole, empty comment).
    const start = tag ? page.indexOf('>', open.lastIndex) + 1 : m.index + 2;
    if (!start) break;
    // As the HTML tokenizer does: a comment ends at the first `-->`, a script or style at its first end tag.
    const close = CLOSE[tag ?? 'comment'];
    close.lastIndex = start;
    const end = close.exec(page);
    if (
      tag === 'script' &&
      /(?:^|[\s/])type\s*=\s*["']?application\/ld\+json/i.test(page.slice(open.lastIndex, start))
    ) {
      jsonLd.push(page.slice(start, end ? end.index : page.length));
    }
    if (!end) break;
    open.lastIndex = page.indexOf('>', end.index) + 1 || page.length;
  }
  markup += page.slice(at);
  find(parseXml(markup), (el) => {
    // (XHTML pages key their elements by namespace.)
    const name = el.k.replace(/^xhtml:/, '');
    if (name === 'meta' || name === 'link' || name === 'base' || name === 'title') {
      const attrs: Record<string, string> = {};
      for (const key in el.a) attrs[key.toLowerCase()] = el.a[key]!;
      tags.push({ name, attrs, text: name === 'title' ? textOf(el) : '' });
    }
    return false;
  });
  return { jsonLd, tags };
}

const CLOSE = { script: /<\/script[\s/>]/gi, style: /<\/style[\s/>]/gi, comment: /--!?>/g };

/** Whether a space-separated `rel` holds `value`. */
export const hasRel = (tag: PageTag, value: string): boolean =>
  (tag.attrs.rel ?? '').toLowerCase().split(/\s+/).includes(value);

/** The base URL of a page's relative links: its `<base href>` (when http(s)), else the page's own URL. */
export const pageBase = (tags: PageTag[], url: string): string =>
  absolute(tags.find((t) => t.name === 'base' && t.attrs.href)?.attrs.href, url) ?? url;

// The feed types of autodiscovery links: RSS, Atom, RDF and JSON Feed (`application/json` is JSON Feed 1.0's),
// with or without parameters (`; charset=utf-8`).
const FEED_TYPE = /^application\/((rss|atom|rdf|feed)\+(xml|json)|json)\s*(;|$)/i;

/** The feeds a page links to as alternates, absolute (against `url`, or the page's `<base>`), in page order. */
export function feedLinks(page: string, url: string): string[] {
  const { tags } = readPage(page);
  const base = pageBase(tags, url);
  const links = new Set<string>();
  for (const tag of tags) {
    if (tag.name !== 'link' || !hasRel(tag, 'alternate') || !FEED_TYPE.test(tag.attrs.type?.trim() ?? ''))
      continue;
    const href = absolute(tag.attrs.href, base);
    if (href) links.add(href);
  }
  return [...links];
}
