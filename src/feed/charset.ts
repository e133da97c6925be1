/**
 * The encoding that a feed's first two bytes prove: a byte order mark (UTF-8 `EF BB`, UTF-16 `FE FF` / `FF FE`),
 * or `<` or white space as `00 3C` / `3C 00`, which can only be UTF-16 without a BOM.
 */
function sniff(bytes: Uint8Array): string | undefined {
  const [a, b] = bytes;
  // `<`, space, LF, CR or tab.
  const first = (c?: number) => [0x3c, 0x20, 0x0a, 0x0d, 0x09].includes(c!);
  if (a == 0xef && b == 0xbb) return 'utf-8';
  if ((a == 0xfe && b == 0xff) || (a == 0 && first(b))) return 'utf-16be';
  if ((a == 0xff && b == 0xfe) || (b == 0 && first(a))) return 'utf-16le';
}

// Windows code page and other common names of encodings that the WHATWG labels miss (feedparser reads them).
const ALIASES: Record<string, string> = {
  cp936: 'gbk',
  'euc-cn': 'gbk',
  cp949: 'euc-kr',
  uhc: 'euc-kr',
  ms949: 'euc-kr',
  'x-windows-949': 'euc-kr',
  cp950: 'big5',
  ms950: 'big5',
  'x-windows-950': 'big5',
  cp932: 'shift_jis',
  cp874: 'windows-874',
  tis620: 'windows-874',
};

/**
 * The text of `bytes` in the encoding `label` and that encoding's name; undefined for a label no decoder knows, and
 * when `fatal`, for bytes that are not in that encoding.
 */
function decode(
  bytes: Uint8Array,
  label: string,
  fatal = false,
): [text: string, encoding: string] | undefined {
  try {
    // Labels follow the WHATWG Encoding Standard, where ISO-8859-1 and US-ASCII mean windows-1252 (a superset),
    // as in browsers. The decoder drops a BOM that matches its encoding. (`hasOwn`: no label reads the prototype.)
    const name = Object.hasOwn(ALIASES, label) ? ALIASES[label] : label.replace(/^win-/, 'windows-');
    const decoder = new TextDecoder(name, { fatal });
    // Streaming, then flushing, gives the same text as one call. It also dodges the latin1 fast path with which
    // Node 20.18.3+ and 22.13+ decode windows-1252 wrongly, leaving 0x80-0x9F as C1 controls instead of
    // € ‚ „ … “ ” (nodejs/node#60888); the streaming path maps them right.
    return [decoder.decode(bytes, { stream: true }) + decoder.decode(), decoder.encoding];
  } catch {
    return; // RangeError: a label no decoder knows; TypeError: bytes not in the encoding, when fatal.
  }
}

/**
 * The bytes as UTF-8 when they are UTF-8 with at least `min` characters beyond ASCII, all valid, or at least three
 * and twice as many as broken sequences (a description cut mid-character by a byte count). Text in another
 * encoding practically never passes: GBK's characters, the likeliest to, are valid UTF-8 one time in five, so `min`
 * (given for bytes that a multi-byte encoding reads cleanly) also asks four times as many good as broken. Counted
 * on the bytes, in one pass and no memory: a body may be 32 MiB. Else undefined.
 */
function utf8(bytes: Uint8Array, min = 0): string | undefined {
  let good = 0;
  let bad = 0;
  for (let i = 0, b: number; i < bytes.length;) {
    if ((b = bytes[i]!) < 0x80) {
      i++;
      continue;
    }
    // The continuation bytes a lead byte asks for (0 for a byte that leads nothing), then those present.
    const want = b < 0xc2 ? 0 : b < 0xe0 ? 1 : b < 0xf0 ? 2 : b < 0xf5 ? 3 : 0;
    // (Overlong forms, surrogates and code points past U+10FFFF have a second byte out of these ranges.)
    const next = bytes[i + 1]!;
    let k =
      b == 0xe0
        ? +(next < 0xa0)
        : b == 0xed
          ? +(next > 0x9f)
          : b == 0xf0
            ? +(next < 0x90)
            : b == 0xf4
              ? +(next > 0x8f)
              : 0;
    if (!k) for (k = 1; k <= want && (bytes[i + k]! & 0xc0) == 0x80;) k++;
    if (want && k > want) good++;
    else bad++;
    i += k;
  }
  return good >= min && (good > 2 ? good >= bad * (min ? 4 : 2) : !bad)
    ? new TextDecoder().decode(bytes)
    : undefined;
}

/**
 * Decodes a feed's bytes to text the way XML processors do (RFC 7303, XML 1.0 appendix F), never by assuming
 * UTF-8: what the first bytes prove (a byte order mark, or UTF-16 `<`) wins, then the HTTP `charset`, then the
 * encoding in the XML declaration, found after junk too (or an HTML page's `<meta charset>`), else UTF-8. A header
 * of ISO-8859-1 or ASCII, Apache's and old PHP's blind default, comes after the declaration. Like feedparser, an
 * encoding the bytes are not in gives way: to the next in which they decode cleanly (a feed served as UTF-8 but
 * written in its declared Shift_JIS or windows-1251, a GB2312 feed under a one-byte header). Bytes that are UTF-8
 * beyond ASCII, but for a few broken characters (a description cut mid-character), are read as UTF-8 whatever
 * one-byte encoding labels them, and so are four characters or more whatever multi-byte encoding does (GBK and Big5
 * read much UTF-8 cleanly). Code page names (`cp936`, `cp949`) are known. With nothing better, windows-1252, which
 * takes any bytes (a feed declared UTF-8 but written in windows-1252, `Bob’s Café`). What a byte order mark proves
 * is never second-guessed. A UTF-16 label without UTF-16 bytes (.NET's StringWriter declares it on UTF-8 output)
 * and unknown labels are passed over.
 * @param bytes The response body.
 * @param contentType The HTTP `Content-Type` header, if any.
 */
export function decodeFeed(bytes: Uint8Array, contentType?: string | null): string {
  const sniffed = sniff(bytes);
  if (sniffed) return decode(bytes, sniffed)![0];
  // The declarations are ASCII, so reading the first bytes one per character finds `encoding="windows-1252"`.
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  const header = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  // (Junk may come first: a PHP notice before the prolog.)
  const declared = /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/.exec(head)?.[1];
  // Apache's and old PHP's default header, ISO-8859-1 (or ASCII), is the server's blind guess: the document's own
  // declaration, written by what wrote the bytes, goes first then (a KOI8-R or windows-874 feed so served).
  const blind = !!declared && /^(iso-?8859-1|latin-?1|l1|(us-)?ascii)$/i.test(header ?? '');
  const labels = [
    blind ? declared : header,
    blind ? header : declared,
    // An HTML page's `<meta charset>` or `http-equiv` (a page, which starts with a doctype, `<html>`, `<head>` or a
    // `<meta>`, is read for its feed links or its article); in a
    // feed or JSON, such a tag is only content (Word-pasted HTML), never the document's encoding.
    // (A comment is matched dash by dash: a lazy `[^]*?` could run across later comments, in exponential time.)
    /^\s*(?:<!--(?:[^-]|-(?!->))*-->\s*|<\?xml[^>]*>\s*)*<(?:!doctype\s+html|html|head|meta|title|link|base|body)\b/i.test(
      head,
    )
      ? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1]
      : undefined,
    'utf-8',
  ].filter(
    (label): label is string =>
      !!label && !/^(utf-?16(be|le)?|ucs-?2|(cs)?unicode(fffe|feff)?|iso-10646-ucs-2)$/i.test(label),
  );
  let loose: string | undefined;
  let single: string | undefined;
  /** A broken UTF-8 reading: the last resort, for UTF-8 and windows-1252 text mixed under a UTF-8 label. */
  let broken: string | undefined;
  for (const label of new Set(labels.map((l) => l.toLowerCase()))) {
    // (Once a one-byte reading is kept, only a clean one can win: broken ones fail fast.)
    const [text, encoding = ''] = decode(bytes, label, !!single) ?? [];
    if (text == null) continue;
    const multibyte = /^(utf-|gb|big5|euc-|iso-2022-jp|shift_jis)/.test(encoding);
    // Clean in a multi-byte encoding: the first such wins (even after a one-byte label: Apache's default
    // `ISO-8859-1` on a GB2312 feed that declares it), but UTF-8 text, which GBK and Big5 often read cleanly too,
    // is UTF-8 whatever the label. A one-byte encoding reads any bytes, so its cleanness proves nothing: its text is
    // kept, unless an earlier encoding already read more than replacement characters.
    if (!text.includes('\ufffd')) {
      if (multibyte) return (encoding != 'utf-8' && utf8(bytes, 4)) || text;
      if (!loose) single ??= text;
    } else if (!/[^\0-\x7f\ufffd]/.test(text)) {
      // (Nothing but replacement characters beyond ASCII: no reading at all.)
    } else if (encoding == 'utf-8') broken ??= text;
    // A broken reading of a declaration that goes before a blind header must not shut out the header's clean one.
    else if (!loose && !single && !(blind && label == declared!.toLowerCase())) loose = text;
  }
  // UTF-8 beyond ASCII, which text in a one-byte encoding practically never makes, wins over its label (Apache's and
  // PHP's `charset=ISO-8859-1` on UTF-8 feeds), as in feedparser, and so does UTF-8 with a few broken characters
  // over other labels' broken readings. (A broken UTF-8 reading counts only so: one stray valid sequence in
  // windows-1251 text under a UTF-8 header must not beat its declared, clean windows-1251.)
  return utf8(bytes) ?? single ?? loose ?? broken ?? decode(bytes, 'windows-1252')![0];
}
