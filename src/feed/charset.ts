/**
 * Decodes a feed's bytes to text the way XML processors do (RFC 7303, XML 1.0 appendix F), never by assuming
 * UTF-8: a byte order mark wins, then the HTTP `charset`, then the encoding in the XML declaration (or UTF-16
 * recognised from the bytes of `<` without a BOM), else UTF-8. Unknown labels fall back to UTF-8; undecodable
 * bytes become U+FFFD rather than an error.
 * @param bytes The response body.
 * @param contentType The HTTP `Content-Type` header, if any.
 */
export function decodeFeed(bytes: Uint8Array, contentType?: string | null): string {
  const [a, b, c] = bytes;
  let label =
    a == 0xef && b == 0xbb && c == 0xbf
      ? 'utf-8'
      : a == 0xfe && b == 0xff
        ? 'utf-16be'
        : a == 0xff && b == 0xfe
          ? 'utf-16le'
          : /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  if (!label) {
    // `<` as 3C 00 or 00 3C: UTF-16 without a BOM. Otherwise the declaration is ASCII, so reading the first
    // bytes one per character is enough to find `encoding="windows-1252"`.
    label =
      a == 0x3c && b === 0
        ? 'utf-16le'
        : a === 0 && b == 0x3c
          ? 'utf-16be'
          : /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/.exec(
              String.fromCharCode(...bytes.subarray(0, 200)),
            )?.[1];
  }
  try {
    // The decoder drops a BOM that matches its encoding. Labels follow the WHATWG Encoding Standard, where
    // ISO-8859-1 and US-ASCII mean windows-1252 (a superset), as in browsers.
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes); // RangeError: a label no decoder knows.
  }
}
