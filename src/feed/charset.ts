/**
 * The encoding that a feed's first two bytes prove: a byte order mark (UTF-8 `EF BB`, UTF-16 `FE FF` / `FF FE`),
 * or `<` as `00 3C` / `3C 00`, which can only be UTF-16 without a BOM.
 */
const SNIFFED: Record<number, string> = {
  0xefbb: 'utf-8',
  0xfeff: 'utf-16be',
  0xfffe: 'utf-16le',
  0x003c: 'utf-16be',
  0x3c00: 'utf-16le',
};

/**
 * Decodes a feed's bytes to text the way XML processors do (RFC 7303, XML 1.0 appendix F), never by assuming
 * UTF-8: what the first bytes prove (a byte order mark, or UTF-16 `<`) wins, then the HTTP `charset`, then the
 * encoding in the XML declaration (or an HTML page's `<meta charset>`), else UTF-8. Like feedparser, an encoding the bytes plainly are not in gives way
 * to the next: a feed declared UTF-8 but written in windows-1252 (`Bob’s Café`), or served as UTF-8 but written in
 * its declared windows-1251, still reads, and windows-1252, which takes any bytes, comes last. "Plainly": nothing
 * decodes but replacement characters. A UTF-8 feed with one broken character among good ones stays UTF-8 (one
 * U+FFFD), and what a byte order mark proves is never second-guessed. A UTF-16 label without UTF-16 bytes (.NET's
 * StringWriter declares it on UTF-8 output) and unknown labels are passed over.
 * @param bytes The response body.
 * @param contentType The HTTP `Content-Type` header, if any.
 */
export function decodeFeed(bytes: Uint8Array, contentType?: string | null): string {
  const sniffed = SNIFFED[(bytes[0] << 8) | bytes[1]];
  // The declarations are ASCII, so reading the first bytes one per character finds `encoding="windows-1252"`.
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  const labels = [
    sniffed,
    /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1],
    /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/.exec(head)?.[1],
    // An HTML page's `<meta charset>` or `http-equiv` (a page is read for its feed links or its article).
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1],
    'utf-8',
    'windows-1252',
  ];
  let text = '';
  for (const label of labels) {
    if (!label || (!sniffed && /^utf-?16/i.test(label))) continue;
    let decoder: TextDecoder;
    try {
      // Labels follow the WHATWG Encoding Standard, where ISO-8859-1 and US-ASCII mean windows-1252 (a superset),
      // as in browsers. The decoder drops a BOM that matches its encoding.
      decoder = new TextDecoder(label);
    } catch {
      continue; // RangeError: a label no decoder knows.
    }
    // Streaming, then flushing, gives the same text as one call. It also dodges the latin1 fast path with which
    // Node 20.18.3+ and 22.13+ decode windows-1252 wrongly, leaving 0x80-0x9F as C1 controls instead of
    // € ‚ „ … “ ” (nodejs/node#60888); the streaming path maps them right.
    text = decoder.decode(bytes, { stream: true }) + decoder.decode();
    if (sniffed || !text.includes('\ufffd') || /[^\0-\x7f\ufffd]/.test(text)) break;
  }
  return text;
}
