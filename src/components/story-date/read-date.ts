import { lazy } from '../../shared/lazy.js';

/** The full date reader (`parseDate`), loaded on demand: most `datetime` attributes are plain ISO 8601. */
const reader = lazy(() => import('../../feed/dates.js'));

/** Loads `parseDate` for every `<story-date>` of the page; resolves to its module, or undefined on failure. */
export const loadDateReader = reader.load;

// The ISO 8601 that markup carries: a date, or a date and a time with optional seconds, fraction and zone.
const ISO = /^(\d{4})-(\d\d)-(\d\d)(?:[t ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?(z|([+-])(\d\d):?(\d\d))?)?$/i;

/**
 * What `parseDate` reads in `text` (an ISO 8601 UTC instant, or null), or undefined while it is still loading.
 * Plain ISO 8601 dates, by far the most common `datetime`, are read here at once, to the same instant; every
 * other form (`Tue, 31 Oct 2023 09:00:00 GMT`) and every edge (24:00, a leap second, a year 0099 written
 * `99`…) is `parseDate`'s, which `<story-date>` then loads. So the element costs no date parser up front.
 */
export function readDate(text: string | null | undefined): string | null | undefined {
  // (`datetime` is null once its attribute is removed.)
  text = text?.trim() ?? '';
  if (!text) return null;
  const m = text.length <= 200 && ISO.exec(text);
  if (m) {
    const [, year, month, day, hour = 0, minute = 0, second = 0, fraction = '', , sign, zh = 0, zm = 0] = m;
    const date = new Date(0);
    // setUTCFullYear, unlike Date.UTC, keeps the years 0–99; an impossible day shows up as another month.
    date.setUTCFullYear(+year!, +month! - 1, +day!);
    // Only what is plainly in range; the rest is left to parseDate, which knows its rules.
    if (
      date.getUTCMonth() === +month! - 1 &&
      +hour < 24 &&
      +minute < 60 &&
      +second < 60 &&
      +zh < 15 &&
      +zm < 60
    ) {
      // Fractions are truncated to milliseconds, as parseDate does.
      date.setUTCHours(
        +hour,
        +minute - (sign === '-' ? -1 : 1) * (+zh * 60 + +zm),
        +second,
        +(fraction + '00').slice(0, 3),
      );
      const iso = date.toISOString();
      // (Years pushed outside 0000–9999 by the offset are parseDate's: it returns null.)
      if (iso.length === 24) return iso;
    }
  }
  // (parseDate never throws; should it ever, the element shows its own content rather than breaking.)
  try {
    return reader.get()?.parseDate(text);
  } catch {
    return null;
  }
}
