// Writes the byte-exact sample feeds that cannot be kept as UTF-8 text: windows-1252, ISO-8859-1 and
// UTF-16 (LE and BE, with BOM). Run `node tests/support/feeds/make-encoded.mjs` after editing; the output is
// committed so the test server serves fixed bytes.
import { writeFileSync } from 'node:fs';

const here = new URL('.', import.meta.url);

// The five windows-1252 code points above 0x7F that these samples use and latin1 lacks.
const CP1252 = { '\u201c': 0x93, '\u201d': 0x94, '\u2019': 0x92, '\u2014': 0x97, '\u20ac': 0x80 };

/** Encodes text as windows-1252 (latin1 plus the smart punctuation above); throws on anything else. */
function cp1252(text) {
  return Buffer.from(
    [...text].map((ch) => {
      const code = CP1252[ch] ?? ch.codePointAt(0);
      if (code > 0xff) throw new Error(`not in windows-1252: ${ch}`);
      return code;
    }),
  );
}

const rss = (decl, title, item) => `${decl}<rss version="2.0">
<channel>
<title>${title}</title>
<link>https://example.com/</link>
<description>Encoding sample</description>
<item>
<title>${item}</title>
<link>https://example.com/encoded</link>
<guid>https://example.com/encoded</guid>
<pubDate>Tue, 07 May 2024 09:30:00 GMT</pubDate>
</item>
</channel>
</rss>
`;

// windows-1252 declared only by the XML declaration (served without an HTTP charset).
writeFileSync(
  new URL('windows-1252.xml', here),
  cp1252(
    rss(
      '<?xml version="1.0" encoding="windows-1252"?>\n',
      'Caf\u00e9 \u201cQuotes\u201d',
      'It\u2019s \u201csmart\u201d \u2014 caf\u00e9 \u20ac5',
    ),
  ),
);

// ISO-8859-1 with no encoding in the XML declaration: only the HTTP charset tells (the server adds it).
writeFileSync(
  new URL('latin1.xml', here),
  Buffer.from(
    rss(
      '<?xml version="1.0"?>\n',
      'Se\u00f1or M\u00fcller',
      'Fa\u00e7ade \u00bcber \u00a3 \u00a9 \u00ab\u00bb',
    ),
    'latin1',
  ),
);

// UTF-16 with a BOM, little and big endian; the text includes a character outside the BMP.
const utf16 = rss(
  '<?xml version="1.0" encoding="UTF-16"?>\n',
  'UTF-16 \u65e5\u672c',
  'Emoji \u{1F4F0} and \u00e9',
);
const le = Buffer.from('\ufeff' + utf16, 'utf16le');
writeFileSync(new URL('utf-16le.xml', here), le);
writeFileSync(new URL('utf-16be.xml', here), Buffer.from(le).swap16());
