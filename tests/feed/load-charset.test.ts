import { expect } from '@open-wc/testing';
import { decodeFeed } from '../../src/feed/charset.js';

// decodeFeed is pure, so these run on bytes built here; load.test.ts covers the same through real responses.

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const utf8 = (text: string) => [...new TextEncoder().encode(text)];
const utf16le = (text: string) => [...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
const utf16be = (text: string) => [...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]);

describe('decodeFeed', () => {
  const cases: [string, number[], string | null, string][] = [
    ['UTF-8 by default', utf8('<rss>café</rss>'), null, '<rss>café</rss>'],
    ['a UTF-8 BOM, dropped', [0xef, 0xbb, 0xbf, ...utf8('<a>é</a>')], null, '<a>é</a>'],
    [
      'a UTF-8 BOM over an HTTP charset',
      [0xef, 0xbb, 0xbf, ...utf8('é')],
      'text/xml; charset=iso-8859-1',
      'é',
    ],
    ['a UTF-16LE BOM', [0xff, 0xfe, ...utf16le('<a>日本</a>')], null, '<a>日本</a>'],
    ['a UTF-16BE BOM', [0xfe, 0xff, ...utf16be('<a>日本</a>')], 'text/xml; charset=utf-8', '<a>日本</a>'],
    [
      'UTF-16LE without a BOM',
      utf16le('<?xml version="1.0"?><a>é</a>'),
      null,
      '<?xml version="1.0"?><a>é</a>',
    ],
    ['UTF-16BE without a BOM', utf16be('<a>é</a>'), null, '<a>é</a>'],
    [
      'the HTTP charset',
      [...ascii('<a>'), 0xe9, ...ascii('</a>')],
      'application/rss+xml; charset=ISO-8859-1',
      '<a>é</a>',
    ],
    ['a quoted HTTP charset', [0xe9], 'text/xml; charset="windows-1252"', 'é'],
    [
      'the HTTP charset over the XML declaration',
      [...ascii('<?xml version="1.0" encoding="utf-8"?><a>'), 0xe9, ...ascii('</a>')],
      'text/xml; charset=windows-1252',
      '<?xml version="1.0" encoding="utf-8"?><a>é</a>',
    ],
    [
      'the XML declaration',
      [...ascii(`<?xml version='1.0' encoding='windows-1252'?><a>`), 0x93, 0x80, 0x94, ...ascii('</a>')],
      'application/xml',
      `<?xml version='1.0' encoding='windows-1252'?><a>“€”</a>`,
    ],
    [
      'ISO-8859-15 from the XML declaration',
      [...ascii('<?xml version="1.0" encoding="ISO-8859-15"?>'), 0xa4],
      null,
      '<?xml version="1.0" encoding="ISO-8859-15"?>€',
    ],
    ['an unknown label, as UTF-8', utf8('é'), 'text/xml; charset=x-unknown-thing', 'é'],
    [
      "an HTML page's <meta charset>",
      [
        ...ascii('<!doctype html><meta charset="windows-1251"><title>'),
        0xcd,
        0xee,
        0xe2,
        ...ascii('</title>'),
      ],
      'text/html',
      '<!doctype html><meta charset="windows-1251"><title>Нов</title>',
    ],
    [
      "an HTML page's http-equiv charset",
      [...ascii('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'), 0x93, 0x8c],
      null,
      '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">東',
    ],
    // Bytes not valid in the encoding named give way to the next candidate, as in feedparser.
    ['invalid UTF-8 as windows-1252', [0x61, 0xe9, 0x62, 0x92], null, 'aéb’'],
    // …but one broken character among good UTF-8 is just that: UTF-8 it stays.
    ['UTF-8 with one broken character', [...utf8('Café — “q” 日本'), 0xe9], null, 'Café — “q” 日本\uFFFD'],
    // What a byte order mark proves is never second-guessed, even cut short.
    ['truncated UTF-16LE with a BOM', [0xff, 0xfe, ...utf16le('<a>é</a>'), 0x3c], null, '<a>é</a>\uFFFD'],
    [
      'UTF-8 declared, windows-1252 written',
      [
        ...ascii('<?xml version="1.0" encoding="utf-8"?><a>Bob'),
        0x92,
        ...ascii('s Caf'),
        0xe9,
        ...ascii('</a>'),
      ],
      null,
      '<?xml version="1.0" encoding="utf-8"?><a>Bob’s Café</a>',
    ],
    [
      'an HTTP UTF-8 the bytes are not in, then the declaration',
      [...ascii('<?xml version="1.0" encoding="windows-1251"?><a>'), 0xcd, 0xee, 0xe2, ...ascii('</a>')],
      'text/xml; charset=utf-8',
      '<?xml version="1.0" encoding="windows-1251"?><a>Нов</a>',
    ],
    [
      "a UTF-16 declaration on UTF-8 bytes (.NET's StringWriter)",
      utf8('<?xml version="1.0" encoding="utf-16"?><a>é</a>'),
      null,
      '<?xml version="1.0" encoding="utf-16"?><a>é</a>',
    ],
    // Shift_JIS served as UTF-8: some of its byte pairs are valid UTF-8 (`ŐV`), but the declared multi-byte
    // encoding reads every byte cleanly, so it wins.
    [
      'an HTTP UTF-8 over Shift_JIS bytes, then the declaration',
      [
        ...ascii('<?xml version="1.0" encoding="Shift_JIS"?><a>'),
        ...[141, 197, 144, 86, 131, 106, 131, 133, 129, 91, 131, 88, 147, 140, 139, 158],
        ...ascii('</a>'),
      ],
      'application/rss+xml; charset=utf-8',
      '<?xml version="1.0" encoding="Shift_JIS"?><a>最新ニュース東京</a>',
    ],
    // A single-byte encoding reads any bytes cleanly, which proves nothing: UTF-8 with one broken character stays.
    [
      'UTF-8 with one broken character, declared ISO-8859-1',
      [
        ...ascii('<?xml version="1.0" encoding="iso-8859-1"?><a>'),
        ...utf8('Café 日本'),
        0xe9,
        ...ascii('</a>'),
      ],
      'text/xml; charset=utf-8',
      '<?xml version="1.0" encoding="iso-8859-1"?><a>Café 日本\uFFFD</a>',
    ],
    // A <meta charset> in a feed or JSON is content (Word-pasted HTML), not the document's encoding.
    [
      'a feed quoting a <meta charset> in its content',
      utf8(
        '<rss><channel><description><![CDATA[<meta http-equiv=Content-Type content="text/html; charset=windows-1252">Café naïve]]></description></channel></rss>',
      ),
      null,
      '<rss><channel><description><![CDATA[<meta http-equiv=Content-Type content="text/html; charset=windows-1252">Café naïve]]></description></channel></rss>',
    ],
    [
      'a JSON Feed quoting a charset in its HTML',
      utf8('{"items":[{"content_html":"<meta content=\\"text/html; charset=windows-1252\\">Café"}]}'),
      'application/feed+json',
      '{"items":[{"content_html":"<meta content=\\"text/html; charset=windows-1252\\">Café"}]}',
    ],
    // Other names of UTF-16 on UTF-8 bytes are passed over like `utf-16`; UTF-16 without a BOM may start blank.
    ['a ucs-2 label on UTF-8 bytes', utf8('<a>é</a>'), 'text/xml; charset=ucs-2', '<a>é</a>'],
    [
      'UTF-16LE without a BOM, after a line break',
      utf16le('\n<a>日本</a>'),
      'text/xml; charset=utf-16',
      '\n<a>日本</a>',
    ],
    // `unicode-1-1-utf-8` is a UTF-8 label, not one of UTF-16's.
    [
      'the UTF-8 label unicode-1-1-utf-8 over a declared ISO-8859-1',
      [...ascii('<?xml version="1.0" encoding="ISO-8859-1"?><a>'), ...utf8('Café ñ'), ...ascii('</a>')],
      'text/xml; charset=unicode-1-1-utf-8',
      '<?xml version="1.0" encoding="ISO-8859-1"?><a>Café ñ</a>',
    ],
    ['no bytes', [], null, ''],
  ];
  it('stays fast on a declaration followed by many comments (the HTML-page test once took exponential time)', () => {
    const start = performance.now();
    const bytes = ascii('<?xml version="1.0"?>' + '<!-- c -->'.repeat(100) + '<rss><channel/></rss>');
    expect(decodeFeed(new Uint8Array(bytes), null)).to.contain('<rss>');
    // Seconds at 24 comments before; about a millisecond now. The bound only catches a relapse.
    expect(performance.now() - start).to.be.below(500);
  });

  describe('international publishers’ mislabelled bytes (from a review)', () => {
    // UTF-8 cut mid-character by a byte count (`substr` on a description): one broken character among good ones.
    const cut = [...utf8('<a>新闻：新华社北京电，外交部发言人'), 0xe5, 0x8d, ...utf8('</a>')];
    const gb = (decl: string, bytes: number[]) => [
      ...ascii(`<?xml version="1.0" encoding="${decl}"?><a>`),
      ...bytes,
      ...ascii('</a>'),
    ];
    const more: [string, number[], string | null, string][] = [
      [
        'cut UTF-8 under a one-byte charset',
        cut,
        'text/xml; charset=iso-8859-1',
        '<a>新闻：新华社北京电，外交部发言人\ufffd</a>',
      ],
      [
        'cut UTF-8 under a multi-byte charset that reads it “cleanly”',
        cut,
        'text/xml; charset=gb2312',
        '<a>新闻：新华社北京电，外交部发言人\ufffd</a>',
      ],
      [
        'a few GB2312 characters that are valid UTF-8 too, as declared',
        gb('gbk', [0xd2, 0xbb, 0xd0, 0xa1, 0xca, 0xb1]),
        'text/xml; charset=gbk',
        '<?xml version="1.0" encoding="gbk"?><a>一小时</a>',
      ],
      [
        'windows-1251 as declared under a UTF-8 header, though one of its pairs is valid UTF-8',
        gb('windows-1251', [0xd2, 0xc0, 0xd1, 0xd1, 0x20, 0xab, 0xd2, 0xc0, 0xd1, 0xd1, 0xbb]),
        'text/xml; charset=utf-8',
        '<?xml version="1.0" encoding="windows-1251"?><a>ТАСС «ТАСС»</a>',
      ],
      [
        'KOI8-R as declared, under Apache’s default ISO-8859-1',
        gb('koi8-r', [240, 213, 212, 201, 206]),
        'text/xml; charset=ISO-8859-1',
        '<?xml version="1.0" encoding="koi8-r"?><a>Путин</a>',
      ],
      [
        'Latin-1 that wrongly declares GB2312, under an ISO-8859-1 header',
        [
          ...ascii('<?xml version="1.0" encoding="gb2312"?><a>A'),
          0xe7,
          0xe3,
          ...ascii('o S'),
          0xe3,
          ...ascii('o, R'),
          0xe9,
          ...ascii('serv'),
          0xe9,
          ...ascii('</a>'),
        ],
        'text/xml; charset=ISO-8859-1',
        '<?xml version="1.0" encoding="gb2312"?><a>Ação São, Réservé</a>',
      ],
      [
        'UTF-8 with windows-1252 pasted in, under a UTF-8 label only: the UTF-8 kept',
        [
          ...utf8('<a>Café Zürich naïve</a><b>It'),
          0x92,
          ...utf8('s '),
          0x93,
          ...utf8('quoted'),
          0x94,
          ...utf8('</b>'),
        ],
        'text/xml; charset=utf-8',
        '<a>Café Zürich naïve</a><b>It\ufffds \ufffdquoted\ufffd</b>',
      ],
      [
        'UTF-8 declared GB2312',
        utf8('<?xml version="1.0" encoding="gb2312"?><a>新闻新华社</a>'),
        null,
        '<?xml version="1.0" encoding="gb2312"?><a>新闻新华社</a>',
      ],
      [
        'GB2312 as declared, under Apache’s default ISO-8859-1',
        gb('gb2312', [0xd0, 0xc2, 0xc0, 0xcb]),
        'text/xml; charset=ISO-8859-1',
        '<?xml version="1.0" encoding="gb2312"?><a>新浪</a>',
      ],
      [
        'the code page label cp936',
        gb('cp936', [0xd6, 0xd0, 0xb9, 0xfa]),
        'text/xml',
        '<?xml version="1.0" encoding="cp936"?><a>中国</a>',
      ],
      [
        'the code page label cp949',
        gb('cp949', [0xbc, 0xad, 0xbf, 0xef]),
        null,
        '<?xml version="1.0" encoding="cp949"?><a>서울</a>',
      ],
      [
        'a declaration after a PHP notice',
        [...ascii('<b>Notice</b>\n'), ...gb('windows-1251', [0xcf, 0xf3, 0xf2, 0xe8, 0xed])],
        'text/xml',
        '<b>Notice</b>\n<?xml version="1.0" encoding="windows-1251"?><a>Путин</a>',
      ],
    ];
    for (const [name, bytes, contentType, expected] of more) {
      it(`decodes ${name}`, () => {
        expect(decodeFeed(new Uint8Array(bytes), contentType)).to.equal(expected);
      });
    }
  });

  for (const [name, bytes, contentType, expected] of cases) {
    it(`decodes ${name}`, () => {
      expect(decodeFeed(new Uint8Array(bytes), contentType)).to.equal(expected);
    });
  }

  it('maps all of windows-1252 0x80-0x9F as the WHATWG index does', () => {
    const bytes = new Uint8Array(32).map((_, i) => 0x80 + i);
    expect(decodeFeed(bytes, 'text/plain; charset=windows-1252')).to.equal(
      '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ',
    );
  });
});
