/**
 * HTML named and numeric character references, for the lenient XML reader and for turning HTML titles into
 * text. The table is the HTML 4 set (252 entities plus `apos`) that feedparser also covers, packed into one
 * string so it costs about 0.75 KB gzipped instead of a 2 KB object literal.
 */

// Names in code point order, each one after the previous one's code point, plus the decimal gap it starts with
// (`34quot 3amp apos`: quot is 34, amp 38, apos 39). Capitals derivable from their small letter (Latin-1 À–Þ,
// Greek Α–Ω: small letter − 0x20) are left out and derived in `named`.
const PACKED =
  '34quot 3amp apos 20lt 1gt 97nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest 23times 7szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml 82OElig oelig 12Scaron scaron 22Yuml 25fnof 307circ 21tilde 212alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega 7thetasym upsih 3piv 7211ensp emsp 5thinsp 2zwnj zwj lrm rlm 3ndash mdash 3lsquo rsquo sbquo 1ldquo rdquo bdquo 1dagger Dagger bull 3hellip 9permil 1prime Prime 5lsaquo rsaquo 3oline 5frasl 103euro 100image 6weierp 3real 5trade 18alefsym 90larr uarr rarr darr harr 32crarr 26lArr uArr rArr dArr hArr 43forall 1part exist 1empty 1nabla isin notin 1ni 3prod 1sum minus 4lowast 2radic 2prop infin 1ang 6and or cap cup int 8there4 7sim 8cong 2asymp 23ne equiv 2le ge 28sub sup nsub 1sube supe 13oplus 1otimes 13perp 31sdot 66lceil rceil lfloor rfloor 29lang rang 671loz 149spades 2clubs 1hearts diams';

// The platform's windows-1252 decoder, for &#128;–&#159; (streaming: Node's one-shot windows-1252 path leaves
// them C1 controls, see charset.ts).
let cp1252: TextDecoder | undefined;

let table: Map<string, number> | undefined;

/** The code point of an HTML 4 entity name (case-sensitive), or undefined. */
function named(name: string): number | undefined {
  if (!table) {
    table = new Map();
    let code = 0;
    for (const run of PACKED.split(' ')) {
      code += parseInt(run) || 0;
      table.set(run.replace(/^\d+/, ''), code++);
    }
  }
  const code = table.get(name);
  if (code !== undefined || name[0] > 'Z') return code;
  const small = table.get(name.toLowerCase()) ?? 0;
  return (small > 0xdf && small < 0xff && small !== 0xf7) || (small > 0x3b0 && small < 0x3ca)
    ? small - 32
    : undefined;
}

/**
 * How many more characters the document being read may get from its own `<!ENTITY>`s: set by {@link ownBudget} when
 * a document starts, so that millions of references to one declared entity cannot make gigabytes of text.
 */
let expansion = 0;

/** Allows the document about to be read `size` characters of its own entities' text. */
export const ownBudget = (size: number): void => {
  expansion = size;
};

/** The text of one reference (the name between `&` and `;`), or undefined when it names nothing. */
function reference(name: string, own: Record<string, string> | undefined): string | undefined {
  if (name[0] === '#') {
    // `+'0x7b'` is 123, and `+'0123'` is 123 too: one conversion for both bases.
    const code = /^#(x[\da-f]+|\d+)$/i.test(name) ? +('0' + name.slice(1)) : -1;
    // HTML maps &#128;–&#159; to their Windows-1252 characters (publishers write &#146; for ’); invalid
    // code points become U+FFFD, as in HTML.
    return code < 0
      ? undefined
      : code > 127 && code < 160
        ? (cp1252 ??= new TextDecoder('windows-1252')).decode(Uint8Array.of(code), { stream: true })
        : code > 0 && code < 0x110000
          ? String.fromCodePoint(code)
          : '\ufffd';
  }
  // The XML five win over the document's own declarations, which win over HTML's names. A declared entity past
  // the document's budget stays as written.
  const code = named(name);
  const mine = code! < 63 ? undefined : own?.[name];
  return (
    (mine !== undefined && (expansion -= mine.length) >= 0 ? mine : undefined) ??
    (code === undefined ? code : String.fromCharCode(code))
  );
}

/**
 * Decodes character references: numeric (decimal, `x` or `X` hex), the XML five, HTML 4 names and, when given,
 * the document's own `<!ENTITY>` declarations. Unknown names and stray `&` stay as written (feedparser does).
 */
export function decodeEntities(text: string, own?: Record<string, string>): string {
  // A plain loop rather than a replace callback: escaped HTML summaries hold hundreds of references, and a
  // callback per reference made Atom feeds parse 20% slower.
  let out = '';
  let last = 0;
  for (let amp = text.indexOf('&'), semi = -1; amp >= 0; amp = text.indexOf('&', amp + 1)) {
    // The next `;` is searched again only once passed, and names are short: a run of `&` stays linear.
    if (semi < amp) semi = text.indexOf(';', amp);
    if (semi < 0) break;
    // &lt; &gt; &amp; make up most references in escaped HTML: read them without slicing out a name to look up.
    const c1 = text.charCodeAt(amp + 1);
    const size = semi - amp;
    const ch =
      size === 3 && text.charCodeAt(amp + 2) === 116 /* t */ && (c1 === 108 || c1 === 103)
        ? c1 === 108
          ? '<'
          : '>'
        : size === 4 && c1 === 97 && text.startsWith('mp', amp + 2)
          ? '&'
          : size < 34
            ? reference(text.slice(amp + 1, semi), own)
            : undefined;
    if (ch !== undefined) {
      out += text.slice(last, amp) + ch;
      last = semi + 1;
    }
  }
  return last ? out + text.slice(last) : text;
}

/** A C1 control character (U+0080–U+009F) as the windows-1252 character of its byte (U+0092 is ’), as &#146; reads. */
export const windows1252 = (control: string): string => reference('#' + control.charCodeAt(0), undefined)!;
