/**
 * Publisher HTML (a feed item's summary) → plain text, for the clamped summary line of a story card.
 *
 * Why not the sanitizer: a card shows a few lines of text, not markup, and the result is bound with Lit as
 * TEXT, so it can never become markup whatever it contains. Safety comes from that binding; this function
 * only has to make the text look right. It is a small scanner (tags and comments stripped, entities
 * decoded) rather than DOMPurify or a parsed document: no DOM is built, nothing can load, and it is cheap
 * enough for a thousand stories (see bench/render-bench.mjs).
 */

/** Elements whose content is never text a reader should see. */
const HIDDEN_CONTENT =
  /<(script|style|template|noscript|textarea|title|iframe|object|select|svg|math)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
/** Comments, CDATA sections, doctypes and processing instructions (an unterminated one runs to the end). */
const COMMENT = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*(?:>|$)/g;
/** A start or end tag, with quoted attribute values that may contain `>`. */
const TAG = /<\/?([a-zA-Z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*(?:>|$)/g;
/** Tags that separate words when removed (block boundaries and line breaks). */
const BREAKING =
  /^(?:p|br|div|li|ul|ol|dl|dt|dd|h[1-6]|tr|td|th|table|blockquote|figure|figcaption|section|article|header|footer|aside|nav|pre|hr|img|address|main|caption)$/i;
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/g;

/** The named entities feeds actually use; anything rarer is decoded once by the browser and cached. */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200c',
  zwj: '\u200d',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  lsaquo: '‹',
  rsaquo: '›',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  sect: '§',
  para: '¶',
  times: '×',
  divide: '÷',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  aacute: 'á',
  agrave: 'à',
  acirc: 'â',
  auml: 'ä',
  atilde: 'ã',
  aring: 'å',
  oacute: 'ó',
  ograve: 'ò',
  ocirc: 'ô',
  ouml: 'ö',
  otilde: 'õ',
  oslash: 'ø',
  uacute: 'ú',
  ugrave: 'ù',
  ucirc: 'û',
  uuml: 'ü',
  iacute: 'í',
  igrave: 'ì',
  icirc: 'î',
  iuml: 'ï',
  ccedil: 'ç',
  ntilde: 'ñ',
  szlig: 'ß',
  Eacute: 'É',
  Egrave: 'È',
  Agrave: 'À',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  Ccedil: 'Ç',
  Ntilde: 'Ñ',
  iexcl: '¡',
  iquest: '¿',
};

/** Numeric references 0x80–0x9F mean windows-1252 characters, as browsers read them. */
const WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const rareEntities = new Map<string, string>();
let entityParser: DOMParser | undefined;

/**
 * A rare named entity, decoded by the browser's own table. Only `&name;` (letters and digits) is ever
 * parsed, in an inert document (DOMParser: no scripts run, nothing loads), and the answer is cached.
 */
function decodeRare(name: string, raw: string): string {
  const cached = rareEntities.get(raw);
  if (cached !== undefined) return cached;
  let text = raw;
  if (typeof DOMParser !== 'undefined') {
    entityParser ??= new DOMParser();
    text = entityParser.parseFromString(`&${name};`, 'text/html').body.textContent ?? raw;
    // Unknown names come back unchanged: keep what the publisher wrote.
    if (text === `&${name};`) text = raw;
  }
  if (rareEntities.size < 500) rareEntities.set(raw, text);
  return text;
}

function decodeEntity(raw: string, dec?: string, hex?: string, name?: string): string {
  if (name !== undefined) {
    const known = NAMED[name];
    if (known !== undefined) return known;
    // Only the common legacy names work without the semicolon; the others stay as written.
    return raw.endsWith(';') ? decodeRare(name, raw) : raw;
  }
  const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
  if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252[code - 0x80]!;
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

/** Decodes HTML character references (`&amp;`, `&#8217;`, `&#x2014;`, `&eacute;`…) in `text`. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, decodeEntity);
}

/** The default length a summary is cut to: more than a clamped card ever shows, little enough to lay out fast. */
export const SUMMARY_MAX_LENGTH = 480;

/**
 * The visible text of an HTML fragment, whitespace collapsed, cut at a word boundary after `maxLength`
 * characters (with an ellipsis). Script, style and similar elements contribute nothing; block boundaries
 * become spaces. Plain text passes through (with its entities decoded).
 */
export function htmlToText(html: string | null | undefined, maxLength = SUMMARY_MAX_LENGTH): string {
  if (!html) return '';
  let text = html;
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
