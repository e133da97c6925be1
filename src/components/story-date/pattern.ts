import { format } from 'date-fns/format';
import { intlLocale } from './intl-locale.js';

/**
 * Formats a date-fns pattern with words from Intl. Loaded on demand by `<story-date>` the first time a
 * `pattern` is used: date-fns's `format` brings its token table and its default English locale (~5 KB
 * min+gzip), which pages that only show relative or Intl-styled dates should not pay for.
 */
export function formatPattern(
  date: Date,
  pattern: string,
  locale: string,
  offset = date.getTimezoneOffset(),
): string {
  // Zone tokens (`xxx`, `O`) read getTimezoneOffset(). `date` carries another zone's wall clock in local fields,
  // so date-fns works on a copy (its `in` option) that answers with that zone's `offset` (minutes west of UTC).
  class Zoned extends Date {
    override getTimezoneOffset() {
      return offset;
    }
  }
  return format(date, pattern, { locale: intlLocale(locale), in: (value) => new Zoned(value) });
}
