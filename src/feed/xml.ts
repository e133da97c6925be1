import { decodeEntities } from './entities.js';

/**
 * An element of the lenient XML tree. The one-letter fields keep the bundle small; the type is internal to the
 * feed engine and never leaves it.
 */
export interface XmlElement {
  /** Lookup key: the namespace's usual prefix plus the lowercased local name (`media:content`, `title`). */
  k: string;
  /** The local name as written, for serializing XHTML. */
  n: string;
  /** Attributes by qualified name as written; values decoded. */
  a: Record<string, string>;
  /** Children in document order: elements and text (references decoded, CDATA verbatim). */
  c: XmlNode[];
  /** The parent; the document node has none. */
  p?: XmlElement;
  /** 1 once closed. Elements still open at the end of a truncated document keep it unset. */
  e?: 1;
}

/** A child of an element: an element or a run of text. */
export type XmlNode = XmlElement | string;

// Namespace URIs by the prefix the engine looks elements up with ('' is the RSS core). URIs are compared
// without scheme, `www.` and trailing `/` or `#`, so the https:// and slash-less spellings found in the wild
// still match. Feeds use odd prefixes (`rss:`, `a:`), so elements are keyed by URI, never by spelling.
const KNOWN: Record<string, string> = {
  'w3.org/2005/atom': 'atom:',
  'purl.org/atom/ns': 'atom:',
  'purl.org/rss/1.0': '',
  'my.netscape.com/rdf/simple/0.9': '',
  'backend.userland.com/rss2': '',
  'backend.userland.com/rss': '',
  'blogs.law.harvard.edu/tech/rss': '',
  'purl.org/dc/elements/1.1': 'dc:',
  'purl.org/dc/elements/1.0': 'dc:',
  'purl.org/dc/terms': 'dcterms:',
  'purl.org/rss/1.0/modules/content': 'content:',
  'search.yahoo.com/mrss': 'media:',
  'itunes.com/dtds/podcast-1.0.dtd': 'itunes:',
  'w3.org/1999/xhtml': 'xhtml:',
  'w3.org/1999/02/22-rdf-syntax-ns': 'rdf:',
};

/** The lookup prefix for a namespace declared as `xmlns:prefix="uri"` (`prefix` '' for the default one). */
function canonical(uri: string, prefix: string): string {
  const norm = uri.toLowerCase().replace(/^\w+:\/\/(www\.)?|[/#]+$/g, '');
  // An unknown default namespace is read as the core one (feedparser does too): `<rss xmlns="http://odd/">`
  // must still have a `title`. An unknown prefixed one stays apart, so `szf:description` never wins.
  return KNOWN[norm] ?? (prefix && norm ? '{' + norm + '}' : '');
}

// A start tag: name, then anything up to `>` with quoted values kept whole (a `>` inside quotes is data).
// The alternatives start with distinct characters, so a failed match backtracks linearly.
const START = /<([A-Za-z_\u00c0-\uffff][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;
// Fallback for an unbalanced quote: the tag ends at the next `>`.
const LOOSE = /<([A-Za-z_\u00c0-\uffff][^\s/>]*)([^>]*)>/y;
const ATTR = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
const ENTITY_DECL = /<!ENTITY\s+([^\s%]+)\s+(?:"([^"]*)"|'([^']*)')/g;

/**
 * Reads XML the way feedparser tolerates it: junk before the prolog, HTML named entities, stray `&`, undeclared
 * prefixes, mismatched or missing end tags, and a document cut off mid-way. Never throws. Returns a document
 * node whose children are the top-level elements.
 */
export function parseXml(s: string): XmlElement {
  const doc: XmlElement = { k: '', n: '', a: {}, c: [] };
  const stack: XmlElement[] = [doc];
  const root: Record<string, string> = Object.create(null);
  root.xml = 'xml:';
  const scopes: Record<string, string>[] = [root];
  let own: Record<string, string> | undefined;
  let top = doc;
  let i = 0;
  const len = s.length;

  while (i < len) {
    const lt = s.indexOf('<', i);
    const end = lt < 0 ? len : lt;
    // Text outside the root element (junk before the prolog, trailing garbage) is dropped.
    if (end > i && top !== doc) top.c.push(decodeEntities(s.slice(i, end), own));
    if (lt < 0) break;
    const next = s.charCodeAt(lt + 1);
    let close: number;
    if (next === 33 /* ! */) {
      if (s.startsWith('--', lt + 2)) {
        close = s.indexOf('-->', lt + 4);
        i = close < 0 ? len : close + 3;
      } else if (s.startsWith('[CDATA[', lt + 2)) {
        close = s.indexOf(']]>', lt + 9);
        if (top !== doc) top.c.push(s.slice(lt + 9, close < 0 ? len : close));
        i = close < 0 ? len : close + 3;
      } else {
        // <!DOCTYPE …> with an optional [internal subset]; its <!ENTITY> declarations are honoured.
        close = s.indexOf('>', lt);
        const open = s.indexOf('[', lt);
        if (open >= 0 && open < close) {
          const shut = s.indexOf(']', open);
          close = s.indexOf('>', shut < 0 ? open : shut);
          const subset = s.slice(open, close < 0 ? len : close);
          for (const m of subset.matchAll(ENTITY_DECL)) (own ??= Object.create(null))[m[1]] = m[2] ?? m[3];
        }
        i = close < 0 ? len : close + 1;
      }
    } else if (next === 63 /* ? */) {
      close = s.indexOf('?>', lt + 2);
      i = close < 0 ? len : close + 2;
    } else if (next === 47 /* / */) {
      close = s.indexOf('>', lt + 2);
      if (close < 0) break;
      i = close + 1;
      let name = s.slice(lt + 2, close).trim();
      name = name.slice(name.indexOf(':') + 1);
      // Pop to the matching open element; elements left open inside it were merely unclosed (`<br>`), so
      // they count as complete. An end tag matching nothing open is ignored.
      let j = stack.length - 1;
      if (top.n !== name) {
        const lower = name.toLowerCase();
        while (j > 0 && stack[j].n.toLowerCase() !== lower) j--;
      }
      if (j > 0) {
        while (stack.length > j) stack.pop()!.e = 1;
        scopes.length = j;
        top = stack[j - 1];
      }
    } else {
      START.lastIndex = LOOSE.lastIndex = lt;
      const m = START.exec(s) ?? LOOSE.exec(s);
      if (!m) {
        // A name start with no `>` anywhere after it is a tag cut off by the end of the document.
        if (/[A-Za-z_\u00c0-\uffff]/.test(s[lt + 1])) break;
        // Otherwise (`a < b`) the `<` is text.
        if (top !== doc) top.c.push('<');
        i = lt + 1;
        continue;
      }
      i = lt + m[0].length;
      const q = m[1];
      let raw = m[2];
      const empty = raw.endsWith('/');
      if (empty) raw = raw.slice(0, -1);
      let scope = scopes[scopes.length - 1];
      const attrs: Record<string, string> = {};
      if (raw.length > 1) {
        for (const a of raw.matchAll(ATTR)) {
          const name = a[1];
          const value = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '', own);
          attrs[name] = value;
          if (name.startsWith('xmlns')) {
            if (scope === scopes[scopes.length - 1]) scope = Object.create(scope);
            scope[name.slice(6)] = canonical(value, name.slice(6));
          }
        }
      }
      const colon = q.indexOf(':');
      const prefix = colon < 0 ? '' : q.slice(0, colon);
      const local = q.slice(colon + 1);
      let key = (scope[prefix] ?? (prefix && prefix.toLowerCase() + ':')) + local.toLowerCase();
      // A namespace-less <feed> root is Atom all the same (feedparser reads it so).
      if (top === doc && key === 'feed') {
        key = 'atom:feed';
        if (scope === scopes[scopes.length - 1]) scope = Object.create(scope);
        scope[''] = 'atom:';
      }
      const el: XmlElement = { k: key, n: local, a: attrs, c: [], p: top };
      top.c.push(el);
      if (empty) el.e = 1;
      else {
        stack.push(el);
        scopes.push(scope);
        top = el;
      }
    }
  }
  return doc;
}

/** The text of an element: its text children joined (markup inside is ignored). */
export function textOf(el: XmlElement): string {
  const c = el.c;
  // Most elements hold one run of text; skip the join.
  if (c.length === 1 && typeof c[0] === 'string') return c[0];
  let out = '';
  for (const n of c) if (typeof n === 'string') out += n;
  return out;
}

/** Escapes text for HTML. */
export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"]/g,
    (ch) => '&' + ({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' } as never)[ch] + ';',
  );

const VOID = /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)$/i;

/**
 * Serializes children as HTML (inline XHTML content). Prefixes and namespace declarations are dropped;
 * `url(el, value)` rewrites `href`/`src` values, so relative links resolve against each element's own base.
 */
export function serialize(nodes: XmlNode[], url: (el: XmlElement, value: string) => string): string {
  let out = '';
  for (const n of nodes) {
    if (typeof n === 'string') {
      out += escapeHtml(n);
      continue;
    }
    out += '<' + n.n;
    for (const name in n.a) {
      if (name.startsWith('xmlns') || name.startsWith('xml:')) continue;
      const v = n.a[name];
      out += ' ' + name + '="' + escapeHtml(/^(?:href|src)$/i.test(name) ? url(n, v) : v) + '"';
    }
    out += '>';
    const inner = serialize(n.c, url);
    out += VOID.test(n.n) && !inner ? '' : inner + '</' + n.n + '>';
  }
  return out;
}
