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
const rtf = (locale: string) =>
  cached(`r|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));

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

function relative(instant: number, o: FormatOptions): { text: string; refreshIn: number } {
  const r = rtf(o.locale);
  // A calendar date counts whole days in the reader's zone ("today", "yesterday", "3 days ago"); its text
  // changes at the reader's midnight, which an hourly check never misses by more than an hour.
  const diff = o.dateOnly ? (Math.floor(instant / DAY) - dayIndex(o.now, o.timeZone)) * DAY : instant - o.now;
  const abs = Math.abs(diff);
  if (o.dateOnly && abs < DAY) return { text: r.format(0, 'day'), refreshIn: HOUR };
  if (abs < 45 * SECOND) {
    // Under 45 seconds reads "now"; it next changes when the distance reaches 45 seconds.
    return { text: r.format(0, 'second'), refreshIn: diff > 0 ? abs + 1 : 45 * SECOND - abs };
  }
  const [unit, size] = UNITS.find(([u, size]) => abs >= size || u === 'minute')!;
  // Whole units elapsed, like a clock: "3 hours ago" until the fourth hour is complete. The text changes
  // at the next whole unit, so the cadence fits the unit (a minute for minutes, an hour for hours), capped
  // at an hour so day rollovers are never late.
  const value = Math.max(Math.floor(abs / size), 1);
  const untilChange = diff < 0 ? (value + 1) * size - abs : abs - value * size + 1;
  return {
    text: r.format(diff < 0 ? -value : value, unit),
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
  const distance = Math.abs(instant.getTime() - o.now);
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

/**
 * Whether a date is a calendar date, given its text and the instant `parseDate` read: it names UTC midnight
 * and has no clock time (`2023-10-31`, `Tue, 31 Oct 2023`, `October 31, 2023`, `5 de mayo de 2023`), so no
 * time zone may move it to another day. A zone without a time (`31 Oct 2023 +0100`) names another instant.
 */
export const isDateOnly = (text: string, iso: string | null): boolean =>
  !!iso?.endsWith('T00:00:00.000Z') && !/\d[:t]\d|\d\s*[ap]\.?m/i.test(text);
