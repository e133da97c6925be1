import { format } from 'date-fns/format';
import { TZDateMini } from '@date-fns/tz/date/mini';
import { intlLocale } from './intl-locale.js';

/** The ten digits of each locale's numbering system (not always consecutive characters: `zh-u-nu-hanidec`). */
const numerals = new Map<string, string[]>();

/**
 * Formats a date-fns pattern with words from Intl. Loaded on demand by `<story-date>` the first time a
 * `pattern` is used: date-fns's `format` brings its token table and its default English locale (~5 KB
 * min+gzip), which pages that only show relative or Intl-styled dates should not pay for.
 *
 * With a `timeZone`, date-fns works on a `TZDateMini` (date-fns's own time zone support): the wall clock and
 * offset (`xxx`, `O`) of that zone, whatever the reader's own, daylight saving gaps included. Numbers come out in
 * the locale's own digits, as Intl writes them.
 */
export function formatPattern(instant: Date, pattern: string, locale: string, timeZone?: string): string {
  const text = format(instant, pattern, {
    locale: intlLocale(locale),
    in: timeZone ? (value) => new TZDateMini(+value, timeZone) : undefined,
    // `YYYY` and `D` are what the author wrote (week-numbering year, day of the year): no console warning.
    useAdditionalWeekYearTokens: true,
    useAdditionalDayOfYearTokens: true,
  });
  // date-fns writes Latin digits; the locale's own (Arabic-Indic in `ar-EG`, Bengali in `bn`) match its other dates.
  let digits = numerals.get(locale);
  if (!digits) {
    const format = new Intl.NumberFormat(locale, { useGrouping: false });
    numerals.set(locale, (digits = [...'0123456789'].map((d) => format.format(+d))));
  }
  return digits[0] == '0' ? text : text.replace(/\d/g, (d) => digits[+d]!);
}
