/**
 * HTML named and numeric character references, for the lenient XML reader and for turning HTML titles into
 * text. The table is the HTML 4 set (252 entities plus `apos`) that feedparser also covers, packed into one
 * string so it costs about 0.7 KB gzipped instead of a 2 KB object literal.
 */

// Packed as runs: `hex=name` starts a block of consecutive code points, then the names of the following ones, then the names of the following code points.
// Capitals derivable from their small letter (Latin-1 À–Þ, Greek Α–Ω: small letter − 0x20) are left out and
// derived in `named`; the core XML five are handled inline by `decodeEntities`.
const PACKED =
  'a0=nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest d7=times df=szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml 152=OElig oelig 160=Scaron scaron 178=Yuml 192=fnof 2c6=circ 2dc=tilde 3b1=alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega 3d1=thetasym upsih 3d6=piv 2002=ensp emsp 2009=thinsp 200c=zwnj zwj lrm rlm 2013=ndash mdash 2018=lsquo rsquo sbquo 201c=ldquo rdquo bdquo 2020=dagger Dagger bull 2026=hellip 2030=permil 2032=prime Prime 2039=lsaquo rsaquo 203e=oline 2044=frasl 20ac=euro 2111=image 2118=weierp 211c=real 2122=trade 2135=alefsym 2190=larr uarr rarr darr harr 21b5=crarr 21d0=lArr uArr rArr dArr hArr 2200=forall 2202=part exist 2205=empty 2207=nabla isin notin 220b=ni 220f=prod 2211=sum minus 2217=lowast 221a=radic 221d=prop infin 2220=ang 2227=and or cap cup int 2234=there4 223c=sim 2245=cong 2248=asymp 2260=ne equiv 2264=le ge 2282=sub sup nsub 2286=sube supe 2295=oplus 2297=otimes 22a5=perp 22c5=sdot 2308=lceil rceil lfloor rfloor 2329=lang rang 25ca=loz 2660=spades 2663=clubs 2665=hearts diams';

// HTML maps &#128;–&#159; to their Windows-1252 characters (publishers write &#146; for ’); so do we.
const CP1252 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

// No prototype, so `&constructor;` is not mistaken for a name.
const XML: Record<string, string> = {
  __proto__: null,
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
} as never;

let table: Map<string, number> | undefined;

/** The code point of an HTML 4 entity name (case-sensitive), or undefined. */
function named(name: string): number | undefined {
  if (!table) {
    table = new Map();
    let code = 0;
    for (const run of PACKED.split(' ')) {
      const eq = run.indexOf('=');
      if (eq > 0) code = parseInt(run, 16);
      table.set(run.slice(eq + 1), code++);
    }
  }
  const code = table.get(name);
  if (code !== undefined || name[0] > 'Z') return code;
  const small = table.get(name.toLowerCase());
  return small !== undefined &&
    ((small > 0xdf && small < 0xff && small !== 0xf7) || (small > 0x3b0 && small < 0x3ca))
    ? small - 32
    : undefined;
}

/** The character a numeric reference names; invalid ones become U+FFFD like in HTML. */
function numeric(code: number): string {
  if (code > 127 && code < 160) return CP1252[code - 128];
  return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '\ufffd';
}

/**
 * Decodes character references: numeric (decimal, `x` or `X` hex), the XML five, HTML 4 names and, when given,
 * the document's own `<!ENTITY>` declarations. Unknown names and stray `&` stay as written (feedparser does).
 */
export function decodeEntities(text: string, own?: Record<string, string>): string {
  let amp = text.indexOf('&');
  if (amp < 0) return text;
  // A plain loop: escaped HTML summaries hold hundreds of references, and a replace callback per reference
  // allocated enough to show in profiles.
  let out = '';
  let last = 0;
  let semi = -1;
  for (; amp >= 0; amp = text.indexOf('&', amp + 1)) {
    // The next `;` is searched again only once passed: many `&` before a far `;` stay linear.
    if (semi < amp) semi = text.indexOf(';', amp);
    if (semi < 0) break;
    if (semi - amp > 32) continue;
    let ch: string | undefined;
    // &lt; &gt; &amp; make up most references in escaped HTML: read them without slicing out the name.
    const c1 = text.charCodeAt(amp + 1);
    const size = semi - amp;
    if (size === 3 && text.charCodeAt(amp + 2) === 116 /* t */ && (c1 === 108 || c1 === 103))
      ch = c1 === 108 ? '<' : '>';
    else if (size === 4 && c1 === 97 && text.startsWith('mp', amp + 2)) ch = '&';
    const name = ch ? '' : text.slice(amp + 1, semi);
    if (ch) {
      // Read above.
    } else if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : +name.slice(1);
      if (code === code && /^#x?[\da-f]+$/i.test(name)) ch = numeric(code);
    } else {
      ch = XML[name] ?? own?.[name];
      if (ch === undefined) {
        const code = named(name);
        if (code !== undefined) ch = String.fromCharCode(code);
      }
    }
    if (ch !== undefined) {
      out += text.slice(last, amp) + ch;
      last = semi + 1;
    }
  }
  return out + text.slice(last);
}
