/**
 * `parseFeed`: RSS 0.9x/1.0/2.0, Atom 0.3/1.0 and JSON Feed 1.0/1.1 text to the model, with no DOM, so it runs
 * the same in Node and in browsers.
 */
import { windows1252 } from './entities.js';
import { FeedError, guarded } from './errors.js';
import { isJsonFeed, readJsonFeed } from './json-feed.js';
import type { Feed } from './types.js';
import { readXmlFeed } from './xml-feed.js';
import { find, parseXml } from './xml.js';

/** Options of {@link parseFeed}. */
export interface ParseFeedOptions {
  /** The URL the document was fetched from: the base of last resort for relative links. */
  url?: string;
}

const ROOTS: Record<string, Feed['format']> = {
  rss: 'rss',
  channel: 'rss',
  'rdf:rdf': 'rdf',
  'atom:feed': 'atom',
};

// windows-1252's characters for the bytes 0x80–0x9F, by byte (its five undefined bytes as their C1 controls), from
// the platform's decoder when first needed: as a literal, bundlers write it as 32 `\uXXXX` escapes.
let cp1252: string | undefined;

/**
 * Text as its publisher meant it, as feedparser repairs it: a document of UTF-8 read as Latin-1 or windows-1252
 * (`PiÃ¹`, `Itâ€™s`: a CMS that encodes twice, MySQL's "latin1" being windows-1252, or a decoder misled by its label)
 * is read again as UTF-8, when all of it is such text and valid UTF-8 that way; then C1 controls, windows-1252
 * text put through Latin-1 (U+0092 for ’), become their characters.
 */
function repair(s: string): string {
  // (ASCII, most feeds, needs neither: one scan.)
  if (!/[^\0-\x7f]/.test(s)) return s;
  if (/[\xc2-\xf4][\x80-\xbf\u0152-\u2122]/.test(s)) {
    const bytes = new Uint8Array(s.length);
    let i = 0;
    for (let c; i < s.length; i++) {
      c = s.charCodeAt(i);
      cp1252 ??= Array.from({ length: 32 }, (_, k) => windows1252(String.fromCharCode(k + 0x80))).join('');
      if (c > 0xff && (c = cp1252.indexOf(s[i]!) + 0x80) < 0x80) break;
      bytes[i] = c;
    }
    try {
      if (i == s.length) s = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Not UTF-8 after all (`Ã©` as a Latin-1 writer meant it): kept.
    }
  }
  return s.replace(/[\x80-\x9f]/g, windows1252);
}

/**
 * Parses a feed document. The format is sniffed from the content, never from a content type. Lenient like
 * feedparser: HTML entities, stray `&`, junk before the prolog, odd namespace prefixes and truncated documents
 * (complete items are kept) all parse.
 * @throws {FeedError} `empty` for blank input, `not-a-feed` when nothing feed-like is there.
 */
export function parseFeed(text: string, options: ParseFeedOptions = {}): Feed {
  return guarded(
    () => {
      // Leading blank lines and a BOM are common; so is junk before the prolog, which the XML reader skips.
      const s = repair(text.replace(/^[\s\ufeff]+/, ''));
      if (!s) throw new FeedError('empty', 'The feed is empty.');
      if (/^[{[]/.test(s)) {
        let data: unknown;
        try {
          data = JSON.parse(s);
        } catch {
          // Not JSON after all; fall through to the not-a-feed error below.
        }
        if (isJsonFeed(data)) return readJsonFeed(data, options.url);
      } else {
        // The first feed root in document order. Usually a top-level element, but junk before the prolog (a PHP
        // notice such as `<p>Warning…`) may leave the real root nested in an unclosed element.
        const root = find(parseXml(s), (el) => Object.hasOwn(ROOTS, el.k));
        if (root) return readXmlFeed(root, ROOTS[root.k], options.url);
      }
      throw new FeedError('not-a-feed', 'Not an RSS, Atom or JSON feed.');
    },
    'not-a-feed',
    'This feed cannot be read.',
  );
}
