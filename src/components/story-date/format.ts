import { lazy } from '../../shared/lazy.js';

/** The pattern formatter (date-fns), loaded once for every `<story-date>` on the page, on first use. */
const patterns = lazy(() => import('./pattern.js'));

/**
 * Loads the pattern formatter. Resolves to its module when it is ready, or to undefined when the load failed
 * (offline after a deploy): the next caller tries again.
 */
export const loadPatternFormatter = patterns.load;

export type DateFormat = 'auto' | 'relative' | 'date' | 'datetime' | 'time';
export const DATE_FORMATS: readonly DateFormat[] = ['auto', 'relative', 'date', 'datetime', 'time'];

/** What to show for one instant, and when that text goes stale. */
export interface Rendered {
  /** The visible text; `null` while the pattern formatter is still loading. */
  text: string | null;
  /** The full absolute date, for assistive technology and the tooltip. */
  full: string;
  /** Milliseconds until `text` changes, or `Infinity` when it never does. */
  refreshIn: number;
}

export interface FormatOptions {
  locale: string;
  timeZone?: string;
  format: DateFormat;
  pattern?: string;
  /** Relative within this many milliseconds (format `auto`). */
  threshold: number;
  /** A calendar date (`2023-10-31`): shown as that day in every zone, and compared by whole days. */
  dateOnly: boolean;
  now: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
];

/** Intl formatters by locale and options: building one costs far more than formatting with it. */
const fmtCache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
const cached = <F extends Intl.DateTimeFormat | Intl.RelativeTimeFormat>(key: string, make: () => F): F => {
  let f = fmtCache.get(key) as F | undefined;
  if (!f) fmtCache.set(key, (f = make()));
  return f;
};
const dtf = (locale: string, options: Intl.DateTimeFormatOptions) =>
  cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
// "yesterday", "tomorrow", "now" and "today" for days and seconds, which count calendar days and the present;
// numbers for weeks, months and years, which count elapsed time ("last year" would be wrong 700 days ago).
const rtf = (locale: string, unit: Intl.RelativeTimeFormatUnit) => {
  const numeric = unit == 'day' || unit == 'second' ? 'auto' : 'always';
  return cached(`r|${locale}|${numeric}`, () => new Intl.RelativeTimeFormat(locale, { numeric }));
};

/** The wall-clock fields (year, month 1–12, day, hour 0–23, minute, second) of an instant in an IANA zone. */
function zoneFields(instant: number, timeZone: string): Record<string, number> {
  const fields: Record<string, number> = {};
  const format = dtf('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  for (const { type, value } of format.formatToParts(instant)) fields[type] = +value;
  return fields;
}

/** The reader's calendar day (in `timeZone`, else local time) of an instant, as days since 1970-01-01. */
function dayIndex(ms: number, timeZone: string | undefined): number {
  if (!timeZone) {
    const d = new Date(ms);
    return Math.floor(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY);
  }
  const p = zoneFields(ms, timeZone);
  return Math.floor(Date.UTC(p.year, p.month - 1, p.day) / DAY);
}

/**
 * The distance from now to an instant (negative in the past). A calendar date's counts whole days in the reader's
 * zone, from its midnight: October 31 is "yesterday" all of November 1, wherever the reader is.
 */
const distanceOf = (instant: number, o: FormatOptions) =>
  o.dateOnly ? (Math.floor(instant / DAY) - dayIndex(o.now, o.timeZone)) * DAY : instant - o.now;

function relative(instant: number, o: FormatOptions): { text: string; refreshIn: number } {
  // A calendar date's text changes at the reader's midnight, which an hourly check never misses by more than an hour.
  const diff = distanceOf(instant, o);
  const abs = Math.abs(diff);
  if (o.dateOnly && abs < DAY) return { text: rtf(o.locale, 'day').format(0, 'day'), refreshIn: HOUR };
  if (abs < 45 * SECOND) {
    // Under 45 seconds reads "now"; it next changes when the distance reaches 45 seconds.
    return {
      text: rtf(o.locale, 'second').format(0, 'second'),
      refreshIn: diff > 0 ? abs + 1 : 45 * SECOND - abs,
    };
  }
  const found = UNITS.find(([u, size]) => abs >= size || u === 'minute')!;
  let unit = found[0];
  const size = found[1];
  // Whole units elapsed, like a clock: "3 hours ago" until the fourth hour is complete. The text changes
  // at the next whole unit, so the cadence fits the unit (a minute for minutes, an hour for hours), capped
  // at an hour so that the change to the next calendar day ("yesterday" to "2 days ago") is at most an hour late.
  let value = Math.max(Math.floor(abs / size), 1);
  const untilChange = diff < 0 ? (value + 1) * size - abs : abs - value * size + 1;
  // Days are calendar days in the reader's zone: at 00:30, 23:00 two days before is "2 days ago", not "yesterday".
  if (unit == 'day' && !o.dateOnly)
    value = Math.abs(dayIndex(instant, o.timeZone) - dayIndex(o.now, o.timeZone));
  // (360 to 364 days are a year, not "12 months".)
  if (unit == 'month' && value > 11) [unit, value] = ['year', 1];
  return {
    text: rtf(o.locale, unit).format(diff < 0 ? -value : value, unit),
    refreshIn: o.dateOnly ? HOUR : Math.min(Math.max(untilChange, SECOND), HOUR),
  };
}

/** Formats one instant for `<story-date>`. Pure: all inputs, including "now", are arguments. */
export function formatStoryDate(instant: Date, o: FormatOptions): Rendered {
  // Calendar dates live in UTC midnight; show them there so October 31 stays October 31 everywhere.
  const zone = o.dateOnly ? 'UTC' : o.timeZone;
  const full = dtf(
    o.locale,
    o.dateOnly
      ? { dateStyle: 'full', timeZone: zone }
      : { dateStyle: 'full', timeStyle: 'short', timeZone: zone },
  ).format(instant);
  if (o.pattern) {
    const patternModule = patterns.get();
    if (!patternModule) return { text: null, full, refreshIn: Infinity };
    try {
      return {
        text: patternModule.formatPattern(instant, o.pattern, o.locale, zone),
        full,
        refreshIn: Infinity,
      };
    } catch {
      // An invalid pattern (e.g. unescaped letters) falls through to the format, rather than breaking the page.
    }
  }
  const distance = Math.abs(distanceOf(instant.getTime(), o));
  const useRelative = o.format === 'relative' || (o.format === 'auto' && distance < o.threshold);
  if (useRelative) {
    const rel = relative(instant.getTime(), o);
    if (o.format === 'auto') {
      // Leaving the threshold also changes the text (to the absolute date).
      rel.refreshIn = Math.min(rel.refreshIn, Math.max(o.threshold - distance, SECOND));
    }
    return { text: rel.text, full, refreshIn: rel.refreshIn };
  }
  const styles: Record<string, Intl.DateTimeFormatOptions> = {
    time: { timeStyle: 'short' },
    datetime: { dateStyle: 'medium', timeStyle: 'short' },
  };
  const style = o.dateOnly ? { dateStyle: 'long' as const } : (styles[o.format] ?? { dateStyle: 'long' });
  const text = dtf(o.locale, { ...style, timeZone: zone }).format(instant);
  // Absolute text of a past date never changes on its own, so it needs no timer; a future date in `auto` turns
  // relative when it comes within the threshold.
  const ahead = instant.getTime() - o.now - o.threshold;
  return { text, full, refreshIn: o.format === 'auto' && ahead >= 0 ? ahead + 1 : Infinity };
}

const DURATION = /^P(?!$)([\d.]+Y)?([\d.]+M)?([\d.]+W)?([\d.]+D)?(?:T(?!$)([\d.]+H)?([\d.]+M)?([\d.]+S)?)?$/i;
// Years, months, weeks, days, hours, minutes (the sizes of UNITS), then seconds.
const DURATION_UNITS = [...UNITS.map(([, size]) => size), SECOND];

/** Reads an ISO 8601 duration (`P7D`, `PT12H`, `P1Y2M`) as milliseconds, or `null`. Months are 30 days. */
export function parseDuration(text: string | null | undefined): number | null {
  const m = DURATION.exec((text ?? '').trim());
  const ms = m
    ? m.slice(1).reduce((sum, v, i) => sum + (v ? parseFloat(v) * DURATION_UNITS[i]! : 0), 0)
    : NaN;
  return Number.isFinite(ms) ? ms : null;
}
