/**
 * Text constructs: how an element's content becomes plain text (titles) or HTML (summaries, content), across
 * RSS habits (escaped HTML, naked markup) and Atom `type`/`mode` (text, html, xhtml, base64).
 */
import { decodeEntities } from './entities.js';
import { resolveHtml } from './urls.js';
import { escapeHtml, serialize, textOf, type XmlElement } from './xml.js';

/** Resolves an URL attribute value of an element against that element's base (absolute URLs pass). */
export type UrlOf = (el: XmlElement, value: string) => string;

const isElement = (n: unknown): n is XmlElement => typeof n === 'object';

/**
 * The content of a text construct and whether it is HTML. Child elements (XHTML, or RSS naked markup) are
 * serialized, minus Atom's wrapping `<div>`. Without a `type`, RSS content is HTML and Atom content is text.
 */
function construct(el: XmlElement, url: UrlOf): [string, boolean] {
  const type = (el.a.type || '').toLowerCase();
  const mode = el.a.mode;
  if (mode !== 'escaped' && mode !== 'base64' && el.c.some(isElement)) {
    // Blank text aside, a lone child is an element (one child is): Atom's <div> if it is xhtml:div.
    const [only, more] = el.c.filter((n) => isElement(n) || n.trim()) as XmlElement[];
    return [serialize(!more && only.k === 'xhtml:div' ? only.c : el.c, url), true];
  }
  let value = textOf(el);
  // Atom 0.3 says mode="base64"; Atom 1.0 any MIME type that is neither text nor XML. Kept as is if not base64;
  // bytes that are not UTF-8 under a type that is not text (an image, RFC 4287 §4.1.3.3) are no text to show.
  if (mode === 'base64' || /^(?!text\/)[^/]+\/(?!.*xml)/.test(type)) {
    try {
      const bin = atob(value.replace(/\s+/g, ''));
      value = new TextDecoder().decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0)));
      if (value.includes('\ufffd') && type && !type.startsWith('text/')) value = '';
    } catch {
      // Not base64 after all.
    }
    return [value, type.includes('html') || LOOKS_HTML.test(value)];
  }
  return [value, type ? type.includes('html') : mode === 'escaped' || !el.k.startsWith('atom:')];
}

// feedparser's test for text that is really HTML: an end tag or a character reference, and also (they have no
// end tag) an HTML void element such as `<img>` or `<br>`, or a start tag with an attribute (`<svg onload=…>`).
// Any other start tag alone is not enough: `List<String>` or `<dialog>` in a title is text. Tags are matched as `<…>` with no `<` inside, so a hostile run of `<` without `>` stays
// linear.
const LOOKS_HTML = /<(\/[a-z]|(img|br|hr|wbr)\b|[a-z][\w-]*\s[^<>=]*=)[^<>]*>|&#?\w+;/i;

/** Collapses runs of ASCII whitespace (never U+00A0 and friends, which publishers put there on purpose). */
export const squash = (text: string): string =>
  // Most titles are clean already: testing is much cheaper than rebuilding the string.
  /[\t\n\r\f]| {2}|^ | $/.test(text) ? text.replace(/[ \t\n\r\f]+/g, ' ').trim() : text;

// HTML elements that titles and names carry bare, with no attribute and no end tag (`<p>`, `<br>`, `<li>`).
const BARE =
  /^(a|abbr|b|big|blockquote|br|center|cite|code|dd|div|dl|dt|em|font|h[1-6]|hr|i|img|kbd|li|ol|p|q|s|small|span|strike|strong|sub|sup|t[dhr]|tt|u|ul|wbr)$/i;

// Tags whose element breaks the line: removed, they leave a space between the words on either side.
const BLOCK =
  /^<\/?(br|p|div|li|h[1-6]|t[dhr]|d[dlt]|[ou]l|hr|blockquote|table|section|article|header|footer|figure|figcaption|pre)\b/i;

/** A person's name as text: white space collapsed, without the `By ` some CMSes put before it ("By Jane Doe"). */
export const personText = (name: string): string => squash(name).replace(/^by\s+(?=\S)/i, '');

/**
 * HTML to plain text: scripts and styles dropped with their content (an unclosed one to the end, so every match
 * succeeds and the scan stays linear), tags dropped, references decoded. Only what is surely a tag goes: an end
 * tag, a comment or declaration, a tag with attributes, a common bare element, or a start tag whose end tag is
 * there too. Anything else is text that looks like a tag (`Vec<T>`, `std::vector<int>`, `Use <video> tags`).
 */
export function htmlToText(html: string): string {
  // The names of the end tags there, once and only when a start tag needs them (testing each start tag against the
  // whole text was quadratic; most names and titles hold no start tag at all).
  let closed: Set<string>;
  return squash(
    decodeEntities(
      html.replace(
        /<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)|<([a-z][\w:-]*)(\s*\/?>)|<[^<>]*>/gi,
        (tag, _, name?: string) =>
          // (A line break or a block's edge parts words: `one<br>two`, `<p>One.</p><p>Two.</p>`.)
          !name ||
          BARE.test(name) ||
          (closed ??= new Set(
            Array.from(html.matchAll(/<\/([a-z][\w:-]*)/gi), (m) => m[1]!.toLowerCase()),
          )).has(name.toLowerCase())
            ? BLOCK.test(tag)
              ? ' '
              : ''
            : tag,
      ),
    ),
  );
}

/**
 * Text that may be HTML (a JSON-LD headline, an author's name) as plain text: reduced to its text when it looks like
 * HTML (an end tag, a void element or a reference), else kept whole (`List<String>`), whitespace collapsed.
 */
export const plainText = (text: string): string => (LOOKS_HTML.test(text) ? htmlToText(text) : squash(text));

/** An element read as plain text (a title): HTML is reduced to its text, whitespace collapsed. */
export function plainOf(el: XmlElement, url: UrlOf): string {
  const [value, html] = construct(el, url);
  return html ? plainText(value) : squash(value);
}

/** An element read as HTML (a summary or content), relative links resolved against `base`; trimmed. */
export function htmlOf(el: XmlElement, url: UrlOf, base: string | undefined): string {
  const [value, html] = construct(el, url);
  // Plain text with blank lines between its paragraphs (Bluesky's RSS, many podcasts) keeps them as paragraphs:
  // as HTML, its line breaks would collapse into one block.
  return (prose(value) ? paragraphs(value) : html ? resolveHtml(value, base) : escapeHtml(value)).trim();
}

/** Whether text is plain prose in paragraphs: no HTML, and blank lines between paragraphs. */
export const prose = (value: string): boolean =>
  !LOOKS_HTML.test(value) && !/<[a-z!/]/i.test(value) && /\n[ \t]*\n\s*\S/.test(value.trim());

/** Plain text to `<p>` paragraphs: blank lines separate paragraphs (single line breaks when there are none). */
export function paragraphs(text: string): string {
  const t = text.replace(/\r\n?/g, '\n');
  const blank = /\n[ \t]*\n/;
  return t
    .split(blank.test(t) ? blank : '\n')
    .map(squash)
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
}
