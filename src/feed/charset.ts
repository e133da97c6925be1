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

/**
 * The text of `bytes` in the encoding `label`, and whether that encoding has characters of several bytes (in which
 * a clean decoding says much more than in one that takes any byte); undefined for a label no decoder knows.
 */
function decode(bytes: Uint8Array, label: string): [text: string, multibyte: boolean] | undefined {
  let decoder: TextDecoder;
  try {
    // Labels follow the WHATWG Encoding Standard, where ISO-8859-1 and US-ASCII mean windows-1252 (a superset),
    // as in browsers. The decoder drops a BOM that matches its encoding.
    decoder = new TextDecoder(label);
  } catch {
    return; // RangeError: a label no decoder knows.
  }
  // Streaming, then flushing, gives the same text as one call. It also dodges the latin1 fast path with which
  // Node 20.18.3+ and 22.13+ decode windows-1252 wrongly, leaving 0x80-0x9F as C1 controls instead of
  // € ‚ „ … “ ” (nodejs/node#60888); the streaming path maps them right.
  return [
    decoder.decode(bytes, { stream: true }) + decoder.decode(),
    /^(utf-|gb|big5|euc-|iso-2022-jp|shift_jis)/.test(decoder.encoding),
  ];
}

/** The bytes as UTF-8, or undefined when they are not valid UTF-8. */
function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return;
  }
}

/**
 * Decodes a feed's bytes to text the way XML processors do (RFC 7303, XML 1.0 appendix F), never by assuming
 * UTF-8: what the first bytes prove (a byte order mark, or UTF-16 `<`) wins, then the HTTP `charset`, then the
 * encoding in the XML declaration (or an HTML page's `<meta charset>`), else UTF-8. Like feedparser, an encoding
 * the bytes are not in gives way: to the next in which they decode cleanly (a feed served as UTF-8 but written in
 * its declared Shift_JIS or windows-1251); a UTF-8 feed with one broken character among good ones stays UTF-8
 * unless a multi-byte encoding reads it cleanly; bytes that are valid UTF-8 beyond ASCII are read as UTF-8 whatever
 * one-byte encoding (ISO-8859-1, windows-1252…) labels them; with nothing better, windows-1252, which takes any bytes (a feed
 * declared UTF-8 but written in windows-1252, `Bob’s Café`). What a
 * byte order mark proves is never second-guessed. A UTF-16 label without UTF-16 bytes (.NET's StringWriter
 * declares it on UTF-8 output) and unknown labels are passed over.
 * @param bytes The response body.
 * @param contentType The HTTP `Content-Type` header, if any.
 */
export function decodeFeed(bytes: Uint8Array, contentType?: string | null): string {
  const sniffed = sniff(bytes);
  if (sniffed) return decode(bytes, sniffed)![0];
  // The declarations are ASCII, so reading the first bytes one per character finds `encoding="windows-1252"`.
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  const labels = [
    /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1],
    /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/.exec(head)?.[1],
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
  for (const label of new Set(labels.map((l) => l.toLowerCase()))) {
    const [text, multibyte] = decode(bytes, label) ?? [];
    if (text == null) continue;
    // Clean: the first such wins, unless an earlier encoding already read more than replacement characters and
    // this one takes any byte (so its cleanness proves nothing).
    if (!text.includes('\ufffd')) {
      if (multibyte) return text;
      // A one-byte encoding reads any bytes, so valid UTF-8 beyond ASCII, which text in such an encoding practically
      // never makes, wins over its label (Apache's and PHP's `charset=ISO-8859-1` on UTF-8 feeds), as in feedparser.
      if (!loose) return utf8(bytes) ?? text;
    } else if (!loose && /[^\0-\x7f\ufffd]/.test(text)) loose = text;
  }
  return loose ?? decode(bytes, 'windows-1252')![0];
}
