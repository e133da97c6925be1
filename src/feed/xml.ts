import { trimEnd } from './trim.js';
import { decodeEntities, ownBudget } from './entities.js';

/**
 * An element of the lenient XML tree. The one-letter fields keep the bundle small; the type is internal to the
 * feed engine and never leaves it.
 */
export interface XmlElement {
  /** Lookup key: the namespace's usual prefix plus the lowercased local name (`media:content`, `title`). */
  k: string;
  /** The qualified name as written, to match the end tag (and, minus its prefix, to serialize XHTML). */
  q: string;
  /** Attributes by qualified name as written; values decoded. */
  a: Record<string, string>;
  /** Children in document order: elements and text (references decoded, CDATA verbatim). */
  c: XmlNode[];
  /** The parent; the document node has none. */
  p: XmlElement | undefined;
  /**
   * Flags: 1 once closed (unset on elements still open at the end of a truncated document), 2 once it holds
   * text that is not only whitespace.
   */
  e: number;
}

/** A child of an element: an element or a run of text. */
export type XmlNode = XmlElement | string;

// Namespace URIs by the prefix the engine looks elements up with ('' is the RSS core, written `:`), packed as
// `prefix: uri uri …` runs. URIs are compared without scheme, `www.` and trailing `/` or `#`, so the https:// and
// slash-less spellings found in the wild still match. Feeds use odd prefixes (`rss:`, `a:`), so elements are
// keyed by URI, never by spelling.
const NAMESPACES =
  'atom: w3.org/2005/atom purl.org/atom/ns : purl.org/rss/1.0 my.netscape.com/rdf/simple/0.9 backend.userland.com/rss2 ' +
  'backend.userland.com/rss blogs.law.harvard.edu/tech/rss dc: purl.org/dc/elements/1.1 purl.org/dc/elements/1.0 ' +
  'dcterms: purl.org/dc/terms content: purl.org/rss/1.0/modules/content media: search.yahoo.com/mrss rssboard.org/media-rss ' +
  'itunes: itunes.com/dtds/podcast-1.0.dtd xhtml: w3.org/1999/xhtml rdf: w3.org/1999/02/22-rdf-syntax-ns ' +
  'feedburner: rssnamespace.org/feedburner/ext/1.0';

let known: Map<string, string> | undefined;

/** The lookup prefix for a namespace declared as `xmlns:prefix="uri"` (`prefix` '' for the default one). */
function canonical(uri: string, prefix: string): string {
  if (!known) {
    known = new Map();
    let p = '';
    // (A prefix ends in `:`, a URI never does.)
    for (const u of NAMESPACES.split(' ')) {
      if (!u.endsWith(':')) known.set(u, p);
      else p = u === ':' ? '' : u;
    }
  }
  const norm = trimEnd(uri.toLowerCase().replace(/^\w+:\/\/(www\.)?/, ''), '/#');
  // An unknown default namespace is read as the core one (feedparser does too): `<rss xmlns="http://odd/">`
  // must still have a `title`. An unknown prefixed one stays apart, so `szf:description` never wins.
  return known.get(norm) ?? (prefix && norm ? '{' + norm + '}:' : '');
}

const ENTITY_DECL = /<!ENTITY\s+([^\s%]+)\s+(?:"([^"]*)"|'([^']*)')/g;

/** Shared by every element without attributes (never written to), to spare an allocation per element. */
const NONE: Record<string, string> = {};

/** How many elements of one local name are open. */
type Open = { n: number };

/**
 * Namespace scope: prefix -> lookup prefix (inherited through the prototype), and by qualified name its key and
 * the open count of its local name.
 */
type Scope = {
  p: Record<string, string>;
  m: Map<string, [string, Open]>;
};

/**
 * The children of an element that has none yet. Shared and never written: the first child replaces it with a
 * one-slot array, because a pushed-to empty array reserves 17 slots and most elements hold one run of text.
 */
const LEAF: XmlNode[] = [];

const VOIDISH = /^(img|br|hr|wbr)$/;
/** Feed elements that are empty when they carry their data in this attribute (not every generator agrees). */
const EMPTY_WITH = new Map([
  ['atom:link', 'href'],
  ['itunes:image', 'href'],
  ['enclosure', 'url'],
  ['media:thumbnail', 'url'],
  ['atom:category', 'term'],
]);

function add(el: XmlElement, node: XmlNode) {
  if (el.c === LEAF) el.c = [node];
  else el.c.push(node);
}

/** A qualified name without its prefix. */
const local = (q: string) => q.slice(q.indexOf(':') + 1);

const child = (scope: Scope): Scope => ({ p: Object.create(scope.p), m: new Map() });

/**
 * Reads XML the way feedparser tolerates it: junk before the prolog, HTML named entities, stray `&`, undeclared
 * prefixes, mismatched or missing end tags, and a document cut off mid-way. Never throws. Returns a document
 * node whose children are the top-level elements.
 *
 * Hand-rolled with `indexOf`/`charCodeAt` rather than regular expressions: no match arrays, one object per
 * element, whitespace between elements skipped, element keys computed once per name and scope. That is what
 * lets it run faster than the browser's native DOMParser followed by querySelector.
 */
export function parseXml(s: string): XmlElement {
  const doc: XmlElement = { k: '', q: '', a: NONE, c: [], p: undefined, e: 0 };
  const stack: XmlElement[] = [doc];
  // (The reserved `xml:` prefix needs no entry: an undeclared prefix keys as itself.)
  const scopes: Scope[] = [{ p: Object.create(null), m: new Map() }];
  let own: Record<string, string> | undefined;
  // All references to the document's own entities together make at most twice the document, or a million
  // characters: set once, so that a document of many DOCTYPEs cannot refill it.
  ownBudget(Math.max(2 * s.length, 1e6));
  let top = doc;
  // Open elements by local name, so that an end tag matching none is ignored at once; beside the stack, each
  // open element's count (the document's is a dummy).
  const counts = new Map<string, Open>();
  const opens: Open[] = [{ n: 0 }];
  let i = 0;
  let c = 0;
  const len = s.length;

  read: while (i < len) {
    const lt = s.indexOf('<', i);
    const end = lt < 0 ? len : lt;
    // Text outside the root element (junk before the prolog, trailing garbage) is dropped, and so is
    // whitespace between elements, unless it may separate words: in XHTML, in an element that holds text
    // already (naked markup such as `Hello <b>big</b> <i>world</i>`), or on one line after an element
    // (`<b>Big</b> <i>news</i>`; the indentation of a feed's structure always holds a line break).
    if (end > i && top !== doc) {
      let j = i;
      let lines = 0;
      while (j < end && (c = s.charCodeAt(j)) <= 32) {
        if (c === 10) lines = 1;
        j++;
      }
      if (j < end) top.e |= 2;
      if (top.e & 2 || (top.c.length && !lines) || top.k.startsWith('xhtml:'))
        add(top, decodeEntities(s.slice(i, end), own));
    }
    if (lt < 0) break;
    const next = s.charCodeAt(lt + 1);
    let close: number;
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      // <!-- a comment -->, <![CDATA[text]]>, <?a processing instruction?> or <!DOCTYPE …>.
      const cdata = s.startsWith('[CDATA[', lt + 2);
      const mark = next === 63 ? '?>' : cdata ? ']]>' : s.startsWith('--', lt + 2) ? '-->' : '>';
      close = s.indexOf(mark, lt + (mark.length > 2 ? 4 : 2));
      // A DOCTYPE's [internal subset] may hold `>`; its <!ENTITY> declarations are honoured. The `[` is looked
      // for inside the tag only, so a run of `<!x>` stays linear.
      const open = mark === '>' && close > 0 ? s.slice(lt, close).indexOf('[') : -1;
      if (open >= 0) {
        // (Cut off before its `]`, the subset runs to the end: searching from -1 would loop back forever.)
        const shut = s.indexOf(']', lt + open);
        close = shut < 0 ? shut : s.indexOf('>', shut);
        for (const m of s.slice(lt + open, close < 0 ? len : close).matchAll(ENTITY_DECL)) {
          // Character references in the value are decoded once (`<!ENTITY eacute "&#233;">`), never expanded
          // again, so entities cannot multiply ("billion laughs"); a value longer than 64 characters is not honoured,
          // and all of their text is capped, so that references to one value cannot make gigabytes of text. Real
          // feeds declare characters and short strings.
          const value = decodeEntities(m[2] ?? m[3]);
          if (value.length <= 64) {
            own ??= Object.create(null);
            own![m[1]!] = value;
          }
        }
      }
      if (cdata && top !== doc) add(top, s.slice(lt + 9, close < 0 ? len : close));
      i = close < 0 ? len : close + mark.length;
    } else if (next === 47 /* / */) {
      close = s.indexOf('>', lt + 2);
      if (close < 0) break;
      i = close + 1;
      // Usually the end tag of the open element, spelled the same.
      let j = stack.length - 1;
      if (close - lt - 2 !== top.q.length || !s.startsWith(top.q, lt + 2)) {
        const name = local(s.slice(lt + 2, close).trim()).toLowerCase();
        // Else pop to the matching open element; elements left open inside it were merely unclosed (`<p>`), so
        // they count as complete. An end tag matching no open element is ignored without a search, and every
        // element searched past is popped: hostile runs of stray or unmatched end tags stay linear.
        const count = counts.get(name);
        if (count?.n) while (j > 0 && opens[j] !== count) j--;
        else j = 0;
      }
      if (j > 0) {
        // (Popped one by one: setting an array's length is a runtime call, slower than the pops.)
        while (stack.length > j) {
          stack.pop()!.e |= 1;
          opens.pop()!.n--;
          scopes.pop();
        }
        top = stack[j - 1];
      }
    } else {
      // A start tag, if a name starts here; `a < b` is text.
      if (!(next > 64 ? next < 91 || next > 96 || next === 95 : next === 58)) {
        if (top !== doc) add(top, '<');
        i = lt + 1;
        continue;
      }
      let j = lt + 1;
      while (j < len && (c = s.charCodeAt(j)) > 32 && c !== 62 && c !== 47) j++;
      const q = s.slice(lt + 1, j);
      let scope = scopes[scopes.length - 1];
      let attrs = NONE;
      let empty = false;
      for (;;) {
        while (j < len && (c = s.charCodeAt(j)) <= 32) j++;
        // The document ends inside the tag: the element never existed.
        if (j >= len) break read;
        if (c === 62 /* > */) break;
        if (c === 47 /* / */ && s.charCodeAt(j + 1) === 62) {
          empty = true;
          j++;
          break;
        }
        let from = j;
        while (j < len && (c = s.charCodeAt(j)) > 32 && c !== 61 && c !== 62 && (c !== 47 || j === from)) j++;
        const name = s.slice(from, j);
        while (j < len && (c = s.charCodeAt(j)) <= 32) j++;
        let value = '';
        if (c === 61 /* = */) {
          while (++j < len && (c = s.charCodeAt(j)) <= 32);
          if (c === 34 || c === 39) {
            from = s.indexOf(c === 34 ? '"' : "'", j + 1);
            if (from < 0) break read;
            value = s.slice(j + 1, from);
            j = from + 1;
          } else {
            from = j;
            while (j < len && (c = s.charCodeAt(j)) > 32 && c !== 62) j++;
            value = s.slice(from, j);
          }
        }
        if (attrs === NONE) attrs = {};
        attrs[name] = value = decodeEntities(value, own);
        if (name.startsWith('xmlns')) {
          if (scope === scopes[scopes.length - 1]) scope = child(scope);
          scope.p[name.slice(6)] = canonical(value, name.slice(6));
        }
      }
      i = j + 1;
      let known = scope.m.get(q);
      if (known === undefined) {
        const colon = q.indexOf(':');
        const prefix = colon < 0 ? '' : q.slice(0, colon);
        const name = local(q).toLowerCase();
        let count = counts.get(name);
        if (!count) counts.set(name, (count = { n: 0 }));
        known = [(scope.p[prefix] ?? (prefix && prefix.toLowerCase() + ':')) + name, count];
        scope.m.set(q, known);
      }
      let key = known[0];
      // A namespace-less <feed> root is Atom all the same, and an <rss> root is RSS whatever default namespace it
      // declares (generators write `xmlns="…/Atom"` meaning `xmlns:atom`): feedparser reads both so.
      if (top === doc && (key === 'feed' || (key !== 'rss' && local(key) === 'rss'))) {
        key = key === 'feed' ? 'atom:feed' : 'rss';
        scope = child(scope);
        scope.p[''] = key === 'rss' ? '' : 'atom:';
      }
      const el: XmlElement = { k: key, q, a: attrs, c: LEAF, p: top, e: 0 };
      add(top, el);
      // Past a depth no feed reaches, elements are kept as leaves: hostile nesting cannot overflow the stack of
      // the recursive readers (serializing, xml:base) nor make end-tag matching quadratic.
      // HTML's <br>, <img>, <hr> and <wbr> are often left unclosed in naked markup, and so are the feed elements
      // that carry their data in an attribute (an enclosure's url, an atom:link's href, unlike Atom 0.3's text
      // link): they contain nothing, and an unclosed one must not swallow the items after it.
      const data = EMPTY_WITH.get(key);
      if (empty || VOIDISH.test(key) || (data && attrs[data]) || stack.length > 999) el.e = 1;
      else {
        stack.push(el);
        scopes.push(scope);
        opens.push(known[1]);
        known[1].n++;
        top = el;
      }
    }
  }
  return doc;
}

/** The child elements of `el`, or those with key `k`. */
export const elements = (el: XmlElement, k?: string): XmlElement[] =>
  el.c.filter((n): n is XmlElement => typeof n != 'string' && (!k || n.k === k));

/** The first child element of `el` with key `k`. */
export function first(el: XmlElement | undefined, k: string): XmlElement | undefined {
  for (const n of el ? el.c : LEAF) if (typeof n != 'string' && n.k === k) return n;
}

/** The first element below `el`, depth first, for which `test` holds (its own children are not searched). */
export function find(el: XmlElement, test: (el: XmlElement) => unknown): XmlElement | undefined {
  for (const n of el.c) {
    const found = typeof n == 'string' ? undefined : test(n) ? n : find(n, test);
    if (found) return found;
  }
}

/** The text of an element: its text children joined (markup inside is ignored). */
export function textOf(el: XmlElement): string {
  let out = '';
  for (const n of el.c) if (typeof n == 'string') out += n;
  return out;
}

/** Escapes text for HTML. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);

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
    const tag = local(n.q);
    out += '<' + tag;
    for (const name in n.a) {
      if (name.startsWith('xmlns') || name.startsWith('xml:')) continue;
      const v = n.a[name];
      out += ' ' + name + '="' + escapeHtml(/^(?:href|src)$/i.test(name) ? url(n, v) : v) + '"';
    }
    out += '>';
    const inner = serialize(n.c, url);
    // A void element never gets an end tag (`</br>` is a second <br> in HTML); whatever a lenient read put
    // inside an unclosed <br> or <img> follows it instead.
    out += VOID.test(tag) ? inner : inner + '</' + tag + '>';
  }
  return out;
}
