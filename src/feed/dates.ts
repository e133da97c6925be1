// Feed date parsing: RFC 822/2822 (RSS), W3CDTF/ISO 8601 (Atom, JSON Feed) and the looser shapes
// publishers actually emit. One tokenizer serves every textual order (RFC 822, asctime,
// `Date.prototype.toString()`, "Oct 31, 2023 9:00 AM EDT"); an ISO date prefix just pre-fills the
// year, month and day before the same token loop reads the time and the zone.
//
// Decisions a reader of a feed should know about (all tested in tests/feed/dates.test.ts):
// - No zone means UTC (feedparser's convention), never the reader's local time. Korean dates and times are the
//   exception, as in feedparser: with no zone they are Korea's time (+09:00); a Korean date alone stays UTC midnight.
// - Ambiguous or unreadable input returns null rather than a guess, so <story-date> shows the
//   publisher's own text: numeric day/month orders with slashes or dashes (`10/31/2023`; dots are always day
//   first, `31.10.2023`, and are read), two-digit years in numeric dates, bare numbers
//   (Unix epochs are seconds or milliseconds, 8 digits could be a date), unknown zone names,
//   dates without a year, and any leftover token.
// - IANA zone names (`2023-10-31 09:00 Europe/Paris`, `Etc/GMT+5`) are not read: no feed format
//   uses them, and resolving them through Intl cost about a fifth of parseDate. They are unknown zone
//   names, so null. An RFC 9557 suffix after a numeric offset (`09:00+01:00[Europe/Paris]`) is
//   skipped, as the offset already says it all; `Etc/GMT` and `Etc/UTC` are plain UTC spellings.
// - Ambiguous zone abbreviations take their common English-language news meaning: IST is India
//   (+05:30, not Ireland or Israel), BST is British Summer Time, GST is Gulf Standard Time (+04:00),
//   CST/AST are the US/Atlantic ones (not China/Arabia). The generic AT/ET/CT/MT/PT follow daylight saving
//   time on the date (feedparser reads them as standard time all year, an hour off in summer).
// - A zone in a comment (`10:00 AM (EST)`) counts when the date gives none otherwise; after an offset a
//   comment adds nothing.
// - Military letters use their real NATO meaning (A = +01:00 … M = +12:00, N = -01:00 … Y = -12:00,
//   Z = UTC). RFC 822 printed the signs reversed (RFC 1123 §5.2.14), and feedparser copies that. Only `Z`
//   may be glued to a time: `7:30p` is PM, `10:00h` the hour mark of French and Spanish, and `10:00e` junk.
// - Month names in other languages (`nov.`, `März`, `ноября`, `Ιούλ`, `július`) are read from Intl for
//   fr de es it pt nl sv da nb pl el hu tr ro ru uk id, accents optional; a name the languages disagree
//   on (`jui`: juin or juillet) is unreadable. Czech and Finnish month names are read only whole
//   (`listopadu`, `marraskuuta`): Czech's nominative June (`červen`) begins its genitive July (`července`),
//   and Finnish `mar(raskuuta)` would make German `Mär` unreadable. Croatian, not read, spells some months as
//   Polish does for others (`listopada` is its October): such a date reads as Polish. A weekday in any of these
//   languages is skipped wherever it stands (Turkish `28 Kasım 2026 Cumartesi`), and so are the words Intl
//   writes around dates and times (`г.`, `à`, `um … Uhr`, `a las`, `kl.`, `klo`, `στις`, `pukul`). Dotted
//   times (`14.05`, `9.30am`), Greek `π.μ.`/`μ.μ.`, and Chinese, Japanese and Korean dates and times
//   (`2026年11月28日`, `午後2時5分`, `오후 2:05`) are read too. Everything Intl writes for these languages with
//   `dateStyle` and `timeStyle` reads back (tested).
// - ISO 8601's ordinal dates (`2003-335`) and ISO 8601:1988's `-YYMM` (`-0312`) read as feedparser reads them,
//   when they are the whole date. Its other two-digit-year forms, which feedparser also reads year first
//   (`031231`, `03-12-31`, `03335`), are not: feeds write day-first `28-11-26` far more often, and a wrong date
//   is worse than none.
// - Two-digit years follow feedparser: 00–89 are 2000–2089, 90–99 are 1990–1999.
// - Fractional seconds are truncated to milliseconds (an instant never moves into the next second).

import { instant, plainIso } from './iso.js';

// Zone abbreviations and NATO military letters by offset: one comma-separated slot per half hour
// from UTC-12:00 (`y`) to UTC+13:00 (`nzdt`), so a name's slot index gives its offset. See the file
// comment for the ambiguous abbreviations (BDT is Bangladesh, IDT Israel). Military letters use their real NATO meaning: a–i =
// +1…+9, k–m = +10…+12 (j, local time, is no zone), n–y = -1…-12, z = UTC.
// prettier-ignore
const ZONES =
  'y,,x,,w hst,,v akst hdt,,u pst pt akdt,,t mst mt pdt,,s cst ct mdt,,r est et cdt cot pet ect,,' +
  'q ast at edt clt vet bot pyt,nst,p adt brt art clst uyt,ndt,o brst,,n,,z ut utc uct gmt wet,,' +
  'a bst west cet met mez wat,,b cest mest mesz eet sast cat,,c eest msk eat trt idt,irst,d gst msd samt,' +
  'irdt aft,e pkt uzt yekt,ist,f bdt omst,mmt,g ict wib krat,,h hkt sgt awst pht myt irkt wita,,' +
  'i jst kst yakt wit,acst,k aest chst vlat,acdt,l aedt magt,,m nzst pett,,nzdt';

// Months then weekdays: one lookup for both (indexes 0–11 are months, 12–18 weekdays).
const NAMES =
  'january february march april may june july august september october november december sunday monday tuesday wednesday thursday friday saturday'.split(
    ' ',
  );

// The date of ISO 8601/W3CDTF/SQL: year, year-month or year-month-day, with `-`, `/` or `.` used
// consistently (the back-reference), then a `T` (consumed), whitespace or the end, so `2013-01-27-01`
// never reads as a date plus an offset. A 3-digit month is feedparser's `2003-012-31` and needs its
// day: a lone `2003-012` is ISO's ordinal day 12 (read before, in readLoose). The basic format `20231031`
// has an empty separator, allowed only before exactly four digits (longer runs, like Unix epochs,
// then fail as unknown tokens). XML Schema's dates may end in a zone (`2023-10-31Z`, `2023-10-31+01:00`).
const ISO_DATE =
  /^(\d{4})(?:([-/.]|(?=\d{4}(?:t|\s|$)))(\d\d?|\d{3}(?=\2))(?:\2(\d\d?))?)?(?:t|(?=\s|$|z$|[+-]\d\d:\d\d$))/;
// The time of the basic format, `20231031T0900` or `T090000`, which gets its colons. (No lookbehind
// anywhere: it is a SyntaxError in Safari before 16.4, see merge.ts.)
const BASIC_TIME = /^(\d{8}t)(\d{4}(?:\d\d)?)(?![\d:])/;
// A time token: `9:05`, `09:05:07.123456`, `9:5:3`, `9am`, `9:05p.m.`, `7:30p`, French `10h05` and `10:05h`,
// with an optional zone glued to its end (`10:14:55Z`, `10:14:55-08:00`). Minutes or a meridiem are required
// so a bare day is no time. Minutes stop at 59 and seconds at 60 (a leap second); other tokens with a colon
// are junk. A bare `a`/`p` or `h` must end the token: `9pmEST` is 9 PM EST, `10:00pst` Pacific time, `10:00hst`
// Hawaii's. Apart from the time (`9:00 A`), a letter stays a military zone.
const TIME =
  /^(\d\d?)(?:[:h]([0-5]?\d)(?::(60|[0-5]?\d)(?:\.(\d+))?)?)?(?:([ap])\.?(?:m\.?|(?![a-z]))|h(?![a-z]))?(.*)$/;
// A numeric offset, optionally after GMT/UTC/UT: `+0100`, `+01:00`, `-05`, `GMT-5`, `UTC+05:30`.
// Real offsets stay within ±14:00, so `+2000` or `-99:99` is garbage.
const OFFSET = /^(?:gmt|utc?)?([+-])(0?\d|1[0-4])(?::?([0-5]\d))?$/;
// The generic North American zones, which keep daylight saving time: "9:00 ET" is EDT in July, EST in
// January (AP style writes ET all year; Intl's `shortGeneric` writes CT). Their offset on the day comes from Intl.
const GENERIC = 'at Halifax et New_York ct Chicago mt Denver pt Los_Angeles'.split(' ');
// Words between the date and its time, in the languages read: "at", "à 10:05", "a las", "alle ore", "um", "om",
// "kl.", "klo", "στις", "la", "в", "saat", "pukul", and any single letter, such as "a", "o", "v", "u" (also Hungarian
// weekdays, `K 06:45`). Only right before a time: after it, or with no time, `at` is the Atlantic zone and `a`, `o`,
// `t`, `v` are military letters.
const BEFORE_TIME = /^(\p{L}|at|às|las|alle|ore|um|om|kl\.?|klo|στις|la|saat|pukul)$/u;
// Words read as nothing anywhere: separators, Spanish `de`/`del`, Danish `den`, the Russian and Ukrainian year
// (`2026 г.`, `года`, `р.`, `року`), and the hour words after a time (German `Uhr`, `h`, `hrs`): so `10:00 h` is no military H.
const FILLER = /^([-|@]|de|del|den|[гр]\.?|года|року|uhr|hr?s?)?$/;

/** The formatter of each generic zone's city, made once: building one costs more than reading a date. */
const generics: Record<string, Intl.DateTimeFormat> = {};

/** The TIME match of a token that is a time (`9:05`, `9am`), else null (a bare number is no time). */
const time = (token = ''): RegExpExecArray | null => {
  const m = TIME.exec(token);
  return m && (m[2] || m[5]) ? m : null;
};

/** The year of a two-digit year (see the file comment). */
const century = (yy: number): number => yy + (yy < 90 ? 2000 : 1900);

/** The minutes east of UTC of an OFFSET match. */
const offset = (m: RegExpExecArray): number => +(m[1]! + (+m[2]! * 60 + +(m[3] ?? 0)));

/** Zone names to minutes east of UTC, unpacked from ZONES on first use. */
let zones: Map<string, number> | undefined;

/** Months (0–11) and weekdays (12–18) by any abbreviation of at least 3 letters (`Sept`, `thurs.`, `JANUARY`). */
function nameIndex(token: string): number {
  const name = token.replace(/\.$/, '');
  return name.length < 3 ? -1 : NAMES.findIndex((full) => full.startsWith(name));
}

// Month names in other languages publishers write dates in, read from Intl rather than shipped as tables.
const LOCALES = 'fr de de-AT es it pt nl sv da nb pl el hu tr ro ru uk id';
// Finnish and Czech month names are read whole, never abbreviated: their prefixes clash (see the file comment).
const WHOLE = 'fi cs';
/**
 * Month names to their month (0–11; -1 when languages disagree on one), and weekday names to 12, unaccented:
 * LOCALES' months and every language's weekdays by any prefix of 3 letters or more, WHOLE's months whole.
 */
let foreign: Map<string, number> | undefined;

// (Turkish `ı` too: `KASIM` lowercases to `kasim`, Intl writes `kasım`.)
const bare = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i');

/**
 * The month (0–11) that a name of at least 3 letters abbreviates in one of LOCALES (`nov.`, `Mär`, `Ιούλ`,
 * `július`) or names in WHOLE (`marraskuuta`, `listopadu`), 12 for a weekday in any of them (`Cumartesi`,
 * `szombat`), or -1, also when the languages disagree on a month (French `jui` is June or July). One map lookup:
 * junk tokens cost no more than months.
 */
function foreignName(token: string): number {
  if (!foreign) {
    foreign = new Map();
    // Short and long names as dates print them (`sam. 15 nov.`, `Samstag, 15. Mai`, `суббота, 15 ноября`: the
    // genitive month where a language has one). The 15th of 2021's months falls on each of the seven weekdays.
    for (const style of ['short', 'long'] as const)
      for (const locale of `${LOCALES} ${WHOLE}`.split(' ')) {
        const format = new Intl.DateTimeFormat(locale, { weekday: style, month: style, day: 'numeric' });
        for (let m = 0; m < 12; m++)
          for (const { type, value } of format.formatToParts(new Date(2021, m, 15))) {
            const month = type == 'month';
            // (Weekdays too are read whole, as Intl writes them long and short: their prefixes are common words.)
            const whole = !month || WHOLE.includes(locale);
            if (month || type == 'weekday')
              // The word, and unless it is read whole each shorter prefix down to 3 letters (`p[2]`). A month
              // beats a weekday; a month another language's month already has is ambiguous, unless read whole.
              for (
                let p = /\p{L}{3,}/u.exec(bare(value.toLowerCase()))?.[0] ?? '';
                p[2];
                p = whole ? '' : p.slice(0, -1)
              ) {
                const had = foreign.get(p);
                if (had == null || (month && had == 12)) foreign.set(p, month ? m : 12);
                else if (month && had != m && !whole) foreign.set(p, -1);
              }
          }
      }
  }
  return foreign.get(bare(token.replace(/\.$/, ''))) ?? -1;
}

// The RFC 822 date of most RSS feeds: an English weekday and month, GMT or an offset (`Tue, 31 Oct 2023 14:30:00
// GMT`), read in one step like plain ISO 8601. (The weekday and month are checked as names by nameIndex.)
const RFC822 =
  /^(?:([a-z]{3}), ?)?(\d\d?) ([a-z]{3}) (\d{4}) (\d\d):(\d\d)(?::(\d\d))? (?:gmt|ut|utc|z|([+-])(\d\d)(\d\d))$/i;

/** The instant of RSS's usual RFC 822 date in `text` (trimmed), as `parseDate` reads it, or undefined. */
export function plainRfc822(text: string): string | undefined {
  const m = RFC822.exec(text);
  if (!m) return;
  const [, weekday, day, name, year, hour, minute, second = 0, sign, zh = 0, zm = 0] = m;
  // A month (0–11) and, if any, a weekday (12–18), as the three letters of one.
  const month = nameIndex(name!.toLowerCase());
  if (month < 0 || month > 11 || (weekday && nameIndex(weekday.toLowerCase()) < 12)) return;
  return instant(year!, month + 1, day!, hour!, minute!, second, '', sign, zh, zm);
}

/**
 * Reads a feed or publisher date and returns the instant it names as an ISO 8601 UTC string
 * (`Date.prototype.toISOString()` form, e.g. `2023-10-31T13:30:00.000Z`), or `null`.
 *
 * Reads RFC 822/2822 with or without weekday, seconds or time (`Tue, 31 Oct 2023 14:30:00 +0100`,
 * `31 October 2023 09:00 CET`), RFC 850, asctime and `Date.prototype.toString()` orders,
 * `Oct 31, 2023 9:00 AM EDT`, and ISO 8601/W3CDTF/SQL (`2023-10-31T09:00:00.123+05:30`,
 * `2023-10-31 09:00:00`, `2023/10/31`, `2023-10`, `2023`, `20231031T090000Z`), with month names in
 * English or 19 other languages (`mer., 01 nov. 2023`, `1 ноября 2023`, `28.11.2026 14.05`). A date with
 * no zone is UTC (Korean dates: Korea's time, as in feedparser).
 * Returns `null` for anything ambiguous, impossible (Feb 30, hour 25, offset 99:99) or with leftover text,
 * and for years outside 0000–9999. Never throws.
 */
export function parseDate(text: string | null | undefined): string | null {
  // Dates are short; the length cap bounds the work on hostile input. Plain ISO 8601 (Atom, JSON Feed, most
  // markup) and RSS's usual RFC 822 are read in one step; the general reader gives the same instant, slower.
  if (typeof text !== 'string' || (text = text.trim()).length > 200) return null;
  const quick = plainIso(text) ?? plainRfc822(text);
  // (Plain ISO 8601 has a time when it is longer than its date; RFC 822 here always has one.)
  clock = !!quick && text.length > 10;
  return quick ?? readText(text);
}

/** Whether the last date `parseDate` read had a time of day (any form: `9:05`, `9 AM`, `9시`, `01.00`). */
let clock = false;

/**
 * A date as the model keeps it: `parseDate`'s instant, or for a date given without a time of day (`2023-10-31`,
 * `Tue, 31 Oct 2023`, `May 7, 2024`, `2023년 10월 31일`) its day, `2023-10-31`, a calendar date that no reader's
 * time zone may show as the day before; undefined when nothing reads. A zone with no time (`31 Oct 2023 +0100`)
 * names an instant. `Date.parse` gives a calendar date's UTC midnight, the instant `parseDate` gives.
 */
export function storyDate(text: string | null | undefined): string | undefined {
  const iso = parseDate(text);
  return iso && !clock && iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : (iso ?? undefined);
}

/**
 * A feed's date as {@link storyDate} reads it, but none for a year before 1500 or after 2200: in a feed, such a year
 * is another calendar's (Persian and Hijri `1402/08/09`, `1445-04-16`, Thai Buddhist-era `31 Oct 2566`), no
 * Gregorian date. (A page author's own `datetime` is taken as written.)
 */
export function feedDate(text: string | null | undefined): string | undefined {
  const date = storyDate(text);
  const year = date && +date.slice(0, 4);
  return year && year > 1499 && year < 2201 ? date : undefined;
}

/**
 * `parseDate` without its one-step readings of plain ISO 8601 and RFC 822, for trimmed text of at most 200 characters (the tests check that
 * the two agree).
 * @internal
 */
export function readText(text: string): string | null {
  // RFC 2822 comments, e.g. `+0000 (UTC)` or toString()'s `(Central European Summer Time)`, and RFC 9557 zone
  // names (`+01:00[Europe/Paris]`) are set aside: after an offset they add nothing. The first one is kept as
  // the zone of a date that gives none otherwise (`10:00 AM (EST)`).
  // Chinese, Japanese and Korean `2026年11月28日`, `2026년 11월 28일` become an ISO date in the same pass (and
  // their weekday, `土曜日`, `星期六`, `토요일`, is dropped).
  let note = '';
  return readLoose(
    // (Fullwidth digits are plain ones once NFKC-normalized; ASCII needs no normalizing.)
    (/[^\0-~]/.test(text) ? text.normalize('NFKC') : text).replace(
      /\(([^()]*)\)|\[([^[\]]*)\]|^(\d{4})\s*[年년]\s*(\d\d?)\s*[月월]\s*(\d\d?)\s*[日일]?(?:\s*(?:[日月火水木金土]曜日?|星期.|[周週].|[일월화수목금토]요일))?/g,
      (_, round?: string, square?: string, year?: string, month?: string, day?: string) => {
        if (year) return `${year}-${month}-${day} `;
        note ||= (round ?? square)!.trim().toLowerCase();
        return ' ';
      },
    ),
    note,
    // Korean dates with no zone are Korea's time (+09:00), as feedparser reads them.
    /[가-힣]/.test(text),
  );
}

/** `parseDate` after the comments: the date's shapes made into tokens, then read. */
function readLoose(text: string, note: string, korean: boolean): string | null {
  const s = text
    // RFC 850 `06-Nov-94` into three tokens, and a month name inside an ISO date (Hungarian `2004-július-13T9:15`)
    // into day, month and year tokens. Nothing may follow but a `T` or a separator: `2013-Oct-27-01` is junk.
    .replace(
      /\b(\d\d?)-(\p{L}{3,}\.?)-(\d\d(?:\d\d)?)(?![\p{L}\d-])|^\s*(\d{4})-(\p{L}{3,}\.?)-(\d\d?)(?:t|(?![\p{L}\d-]))/iu,
      '$1$6 $2$5 $3$4 ',
    )
    // `10:14:55,123` (ISO decimal comma) into a decimal point.
    .replace(/(:\d\d),(?=\d)/g, '$1.')
    // ISO 8601's ordinal dates (`2003-335`, `2003335`) and ISO 8601:1988's `-YYMM` (`-0312`, `-03-12`), which
    // feedparser reads, into full dates (`x` when the day is past the year's end). Only the whole date: a time may
    // follow, anything else leaves the text as it was.
    .replace(
      /^(?:-(\d\d)-?(\d\d)|(\d{4})-?(\d{3}))(?=t|$)/i,
      (_, yy?: string, mm?: string, year?: string, days?: string) => {
        if (yy) return `${century(+yy)}-${mm}`;
        const date = new Date(0);
        date.setUTCFullYear(+year!, 0, +days!);
        return date.getUTCFullYear() == +year! ? date.toISOString().slice(0, 10) : 'x';
      },
    )
    // Dotted, Greek, Chinese, Japanese and Korean dates and times made into the shapes read; the test spares
    // most dates the passes (ISO's `:00.000` fraction does not count as a dotted time).
    .replace(/^.*(?:[^\0-~]|(?:^|[^:\d])\d\d?\.\s?\d|min|[ap]m\s*\d).*$/is, local)
    // `UTC +5:30` into one zone token; `9:00 AM`, AP style's `3 p.m.` and French `10 h 05` into one time token
    // (`9:00 A` is a zone).
    .replace(
      /\b(gmt|utc?)\s+(?=[+-]\d)|(\d)\s+(?=[ap]\.?m\.?(?![a-z]))|(\d)\s*(h)\s+(?=\d\d(?!\d))/gi,
      '$1$2$3$4',
    )
    .trim()
    .toLowerCase()
    .replace(BASIC_TIME, (_, date: string, time: string) => date + time.replace(/\d\d(?=\d)/g, '$&:'));

  // A date is read as it stands first. If that fails and it starts with a word and a comma before a day or a
  // full date, or a word and a space before a day and a month name (`samedi 28 novembre`), the word was a
  // weekday in another language (`mer., 01`, `Κυρ, 11`) or stood before an ISO date (Perforce's
  // `Fri, 2006/09/15`): the date is read again without it. (As it stands, the word may be the month, as in
  // `Oct, 31 2023`; and RFC 822's English weekdays cost no second pass.)
  const lead =
    /^[\p{L}-]+\.?(?:,\s*(?=\d\d?\D|\d{4}[-/.]?[\d\p{L}])|\s+(?=(?:den\s+)?\d\d?\.?\s+\p{L}))/u.exec(s);
  return read(s, note, korean) ?? (lead && readLoose(s.slice(lead[0].length), note, korean));
}

/** The dates and times of other writing traditions as `parseDate` reads them (`28.11.2026 14.05` into
 * `2026-11-28 14:05`). */
const local = (text: string): string =>
  text
    // Numeric dates with dots into ISO ones: day first (`28.11.2026`, Czech `28. 11. 2026`, never the US order)
    // or year first with spaces (Hungarian and Korean `2026. 11. 28.`). Two-digit years stay unread.
    .replace(
      /^(\d{4})\.\s+(\d\d?)\.\s+(\d\d?)\.?(?!\d)|(^|[\s,])(\d\d?)\.\s?(\d\d?)\.\s?(\d{4})(?!\d)/,
      (_, year?: string, month?: string, day?: string, lead?: string, ...dmy: string[]) =>
        year ? `${year}-${month}-${day} ` : `${lead}${dmy[2]}-${dmy[1]}-${dmy[0]} `,
    )
    // Times with dots (`14.05`, `9.30am`: British, Danish, Finnish, Indonesian) into colons, and Greek
    // `2:05 μ.μ.` into `2:05pm`.
    .replace(/(^|[\s,])\d\d?\.[0-5]\d(\.(60|[0-5]\d))?(?=$|[\s,+-]|[apz])/gi, (time) =>
      time.replace(/\./g, ':'),
    )
    .replace(/(\d)\s*([πμ])\.\s?μ\./giu, (_, d: string, w: string) => d + (/π/i.test(w) ? 'am' : 'pm'))
    // Korean, Chinese, Japanese and Canadian French `2시 5분`, `14時05分`, `14 h 05 min 00 s` into `14:05:00`, and a
    // meridiem before the time (`오후 2:05`, `下午2:05`, `凌晨12:30`, `PM 2:05`) into `2:05pm`-style tokens.
    .replace(
      /(\d\d?)\s*(?:[시時时]|h(?=\s*\d\d?\s*min))\s*(?:(\d\d?)\s*(?:[분分]|min)\s*(?:(\d\d?)\s*[초秒s])?)?/g,
      (_, h: string, m = '0', sec = '0') => `${h}:${m}:${sec}`,
    )
    .replace(
      /(?:^|\s)(?:(오전|上午|午前|凌晨|早上|am)|오후|下午|午後|中午|晚上|pm)\s*(\d\d?:[\d:.]+)(?![\d:])/gi,
      // (Japanese and Chinese count 0–11 there: `午前0:30` is 12:30 AM.)
      (_, am?: string, time?: string) => ` ${time!.replace(/^0?0(?=:)/, '12')}${am ? 'am' : 'pm'}`,
    );

/**
 * The instant of a date prepared by `parseDate` (comments out, tokens joined, lowercase), or null. `note`, a
 * comment's text, is its zone when no other is given; else a `korean` date is in Korea's time.
 */
function read(s: string, note: string, korean: boolean): string | null {
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  let hour: number | undefined;
  let minute = 0;
  let second = 0;
  let ms = 0;
  // Minutes east of UTC.
  let zone: number | undefined;
  // The IANA zone of a generic North American zone (`ET`), whose offset depends on the date.
  let generic: string | undefined;
  let weekday = 0;

  /** Records a zone token (`+0100`, `gmt-5`, `cest`, `z`); false when it is none or a second one. */
  const setZone = (token: string): boolean => {
    // (`GMT.` ends a sentence; a lone `.` stays itself, for the table's empty slots hold the name ''.)
    const name = token.replace(/\.$/, '') || token;
    const m = OFFSET.exec(name);
    // `Etc/GMT` is a plain name (`Etc/GMT+5`, POSIX sign: five hours *behind*, is not read). Names
    // are compared whole, so `constructor` or `__proto__` is no zone (they once made parseDate throw).
    if (!zones) {
      zones = new Map();
      ZONES.split(',').forEach((names, slot) => {
        // (Empty slots hold the name '', which no token looks up: see `name` above.)
        for (const name of names.split(' ')) zones!.set(name, slot * 30 - 720);
      });
      // Nepal's quarter hour, which no half-hour slot holds.
      zones.set('npt', 345);
    }
    const found = m ? offset(m) : zones.get(name.replace(/^etc\/(?=.)/, ''));
    // A second zone may only repeat the first (`-0500 EST`); two different offsets are a conflict.
    if (found == null || (zone ?? found) !== found) return false;
    // (`-0500 ET` is standard time, whatever the date.)
    // (The capitalized cities never equal a lowercase token.)
    const g = GENERIC.indexOf(name);
    if (zone == null && g >= 0) generic = GENERIC[g + 1];
    zone = found;
    return true;
  };

  const iso = ISO_DATE.exec(s);
  if (iso) {
    year = +iso[1]!;
    if (iso[3]) month = +iso[3];
    if (iso[4]) day = +iso[4];
  }

  const tokens = s.slice(iso?.[0].length).split(/[\s,]+/);
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    // Separators, and the word before a time ("October 31, 2023 at 9:00"; after a time, AT is the Atlantic zone as
    // in feedparser), or a lone letter there (Hungarian weekdays, `K 06:45`): right before a time, maybe after more
    // such words (`a las 10:05`, `alle ore 10`), no zone.
    if (
      FILLER.test(token) ||
      (hour == null &&
        BEFORE_TIME.test(token) &&
        time(tokens.find((next, n) => n > t && !BEFORE_TIME.test(next))))
    )
      continue;
    let m = time(token);
    let i: number;
    if (m) {
      if (hour != null) return null;
      hour = +m[1]!;
      minute = +m[2]! || 0;
      second = +m[3]! || 0;
      // Truncated to milliseconds.
      ms = +((m[4] ?? '') + '00').slice(0, 3);
      if (m[5]) {
        // 12 AM is midnight, 12 PM noon; `0 AM` and `13 PM` are junk.
        if (hour < 1 || hour > 12) return null;
        hour = (hour % 12) + (m[5] === 'p' ? 12 : 0);
      }
      // A glued zone is an offset, a name or `Z`: `10:00e` is no military zone.
      if (m[6] && (/^[a-y]$/.test(m[6]) || !setZone(m[6]))) return null;
    } else if ((m = /^(\d\d?)(st|nd|rd|th|\.)?$|^\d{3,4}\.?$/.exec(token))) {
      // 1–2 digits are the day, then a two-digit year; 3–4 digits are a year (`0100` is the year
      // 100, Hungarian `2026.` too); longer runs are not dates.
      const n = parseInt(token);
      if (m[1] && day == null) day = n;
      else if (year == null && !m[2]) year = m[1] ? century(n) : n;
      else return null;
    } else if (!((i = nameIndex(token)) < 0 && (hour != null || year != null) && setZone(token))) {
      // A month or weekday name in English; else, unless it is a zone (read once the date has its year or time:
      // `16 EST 2012` is junk), one in another language.
      if (i < 0) i = foreignName(token);
      // The weekday, in any language and wherever it stands (Turkish `28 Kasım 2026 Cumartesi`), is redundant and
      // often wrong in feeds: it is skipped, never checked.
      if (i >= 12) {
        if (weekday++) return null;
      } else if (i < 0 || month != null) return null;
      else month = i + 1;
    }
  }

  // Textual dates need a month name; an ISO year alone means January. A time needs a full date.
  // ISO 8601's 24:00 is the next midnight; a leap second :60 rolls into the next minute.
  // A comment names the zone of a date that has none (`(EST)`, `(UTC+09:00)`); an IANA name there is not
  // read (see the file comment), so the date is unknown rather than UTC. Other comments (`(c)`, `(updated 11/1)`,
  // `(Reuters/AP)`) are no zone and change nothing.
  if (
    (zone == null &&
      note[1] &&
      !setZone(note) &&
      /^(africa|america|antarctica|arctic|asia|atlantic|australia|europe|indian|pacific|etc)\//.test(note)) ||
    year == null ||
    (hour != null && day == null) ||
    (month == null && (!iso || day != null)) ||
    (hour! > 23 && (hour! > 24 || minute || second || ms))
  )
    return null;
  // (A Korean date without a time is a calendar date, UTC midnight like any other, which no zone may move.)
  if (zone == null && korean && hour != null) setZone('kst');
  month ??= 1;
  clock = hour != null;

  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not turn the years 0–99 into 1900–1999. An impossible
  // month or day (13, Feb 30, day 0 or 99) shows up as a different month.
  date.setUTCFullYear(year, month - 1, day ?? 1);
  if (date.getUTCMonth() !== month - 1) return null;
  // The zone's offset comes off the minutes (Date carries any overflow into the hours and days).
  date.setUTCHours(hour ?? 0, minute - (zone ?? 0), second, ms);
  // A generic zone's offset then: Intl writes it `GMT-4`, which reads as an offset. Daylight time is ahead of
  // standard, so the instant found with the standard offset is past the switch whenever the wall time is. Before
  // standard time (1883), Intl writes local mean time (`GMT-4:56:02`): the standard offset stays.
  if (generic) {
    const m = OFFSET.exec(
      (generics[generic] ??= new Intl.DateTimeFormat('en', {
        timeZone: 'America/' + generic,
        timeZoneName: 'shortOffset',
      }))
        .format(date)
        .split(' ')
        .pop()!
        .toLowerCase(),
    );
    if (m) date.setUTCMinutes(date.getUTCMinutes() + zone! - offset(m));
  }
  const result = date.toISOString();
  // Years outside 0000–9999 come out as `+010000-…` or `-000001-…`, which callers do not expect.
  return result.length === 24 ? result : null;
}
