import { decodeEntities } from '../../feed/entities.js';

export { decodeEntities };

/**
 * Publisher HTML (a feed item's summary) → plain text, for the clamped summary line of a story card.
 *
 * Why not the sanitizer: a card shows a few lines of text, not markup, and the result is bound with Lit as
 * TEXT, so it can never become markup whatever it contains. Safety comes from that binding; this function
 * only has to make the text look right. It is a small scanner (tags and comments stripped, entities
 * decoded with the feed engine's HTML 4 table) rather than DOMPurify or a parsed document: no DOM is built,
 * nothing can load, and it is cheap enough for a thousand stories (see bench/render-bench.mjs).
 */

/**
 * An attribute list: anything but `>`, quoted values included. An unterminated quote runs to the end, as in
 * HTML; so from any `<name` the pattern always matches (up to `>` or the end) and never backtracks: linear
 * time on hostile input, whatever a feed's summary holds. Unquoted text is taken in runs (`+`), not one
 * character per repetition: WebKit's regex engine took 7-12 ms per 32 KB pass that way, 0.1-3 ms with runs.
 */
const ATTRS = `(?:[^>"']+|"[^"]*(?:"|$)|'[^']*(?:'|$))*`;
/** Elements whose content is never text a reader should see. */
const HIDDEN_CONTENT = new RegExp(
  `<(script|style|template|noscript|textarea|title|iframe|object|select|svg|math)\\b${ATTRS}(?:>|$)[\\s\\S]*?(?:<\\/\\1\\s*>|$)`,
  'gi',
);
/** Comments, CDATA sections, doctypes and processing instructions (an unterminated one runs to the end). */
const COMMENT = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*(?:>|$)/g;
/** A start or end tag, with quoted attribute values that may contain `>`. */
const TAG = new RegExp(`<\\/?([a-zA-Z][^\\s/>]*)${ATTRS}(?:>|$)`, 'g');
/** Tags that separate words when removed (block boundaries and line breaks). */
const BREAKING =
  /^(?:p|br|div|li|ul|ol|dl|dt|dd|h[1-6]|tr|td|th|table|blockquote|figure|figcaption|section|article|header|footer|aside|nav|pre|hr|img|address|main|caption)$/i;
/** How much of a summary's HTML is read at most. */
const MAX_INPUT = 32_768;

/** The default length a summary is cut to: more than a clamped card ever shows, little enough to lay out fast. */
export const SUMMARY_MAX_LENGTH = 480;

/**
 * The visible text of an HTML fragment, whitespace collapsed, cut at a word boundary after `maxLength`
 * characters (with an ellipsis). Script, style and similar elements contribute nothing; block boundaries
 * become spaces. Plain text passes through (with its entities decoded).
 */
export function htmlToText(html: string | null | undefined, maxLength = SUMMARY_MAX_LENGTH): string {
  if (!html) return '';
  // A card shows a few hundred characters: a whole article in a summary is read no further than this.
  let text = html.length > MAX_INPUT ? html.slice(0, MAX_INPUT) : html;
  if (text.includes('<')) {
    text = text
      .replace(COMMENT, ' ')
      .replace(HIDDEN_CONTENT, ' ')
      .replace(TAG, (_tag, name: string) => (BREAKING.test(name) ? ' ' : ''));
  }
  text = decodeEntities(text)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  return truncate(text, maxLength);
}

/** Cuts `text` to at most `maxLength` characters, at a word boundary when there is one nearby. */
export function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let cut = text.slice(0, maxLength);
  const space = cut.lastIndexOf(' ');
  if (space > maxLength * 0.6) cut = cut.slice(0, space);
  return `${cut.replace(/[\s,.;:–—-]+$/, '')}…`;
}
