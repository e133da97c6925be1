import { storyDate } from '../../feed/dates.js';
import {
  DATE_FORMATS,
  formatStoryDate,
  loadPatternFormatter,
  parseDuration,
  type DateFormat,
} from '../story-date/format.js';

/**
 * Story dates for `<latest-stories>`: `<story-date>`'s own formatter (same texts, same `format`, `pattern`,
 * `threshold`, locale and time-zone rules) rendered as a plain `<time>` in each card.
 *
 * Why not a `<story-date>` per card: each one is a custom element with its own shadow root and style scope,
 * and bench/render-bench.mjs measured a list of them at about 1.5× the cost of the same cards without (the
 * rest of the card costs about what plain innerHTML does). Relative dates still stay current on
 * `<story-date>`'s one shared timer: the list subscribes once, for its earliest change.
 */

const DEFAULT_THRESHOLD = 7 * 24 * 60 * 60 * 1000;

/** How the dates of one render are formatted. */
export interface DateSettings {
  locale: string;
  timeZone?: string;
  format: DateFormat;
  pattern?: string;
  threshold: number;
  now: number;
}

/** One formatted date: the machine value for `datetime`, the visible text and the full date for `title`. */
export interface DateText {
  machine: string;
  text: string;
  full: string;
  /** Milliseconds until `text` changes (`Infinity` for absolute dates). */
  refreshIn: number;
}

/** The settings for `format` / `pattern` attributes as `<story-date>` reads them; unknown formats mean `auto`. */
export function dateSettings(options: {
  locale: string;
  timeZone?: string;
  format: string;
  pattern: string;
  threshold?: string;
  now: number;
}): DateSettings {
  return {
    locale: options.locale,
    timeZone: options.timeZone,
    format: DATE_FORMATS.includes(options.format as DateFormat) ? (options.format as DateFormat) : 'auto',
    pattern: options.pattern || undefined,
    threshold: parseDuration(options.threshold) ?? DEFAULT_THRESHOLD,
    now: options.now,
  };
}

const instants = new Map<string, { instant: Date; dateOnly: boolean } | null>();

/** Parses a story's date once per distinct value (feeds repeat them across refreshes). */
function read(datetime: string): { instant: Date; dateOnly: boolean } | null {
  let parsed = instants.get(datetime);
  if (parsed === undefined) {
    const iso = storyDate(datetime);
    parsed = iso ? { instant: new Date(iso), dateOnly: iso.length == 10 } : null;
    if (instants.size > 5000) instants.clear();
    instants.set(datetime, parsed);
  }
  return parsed;
}

/**
 * A story's date in the medium style of `locale` (`Oct 31, 2023`) in `timeZone` (a calendar date on its own day),
 * and its machine form for a `datetime` attribute; `null` when it cannot be read.
 */
export function mediumDate(
  datetime: string,
  locale: string,
  timeZone: string | undefined,
): { text: string; machine: string } | null {
  const parsed = read(datetime);
  if (!parsed) return null;
  const iso = parsed.instant.toISOString();
  try {
    return {
      text: new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        timeZone: parsed.dateOnly ? 'UTC' : timeZone,
      }).format(parsed.instant),
      machine: parsed.dateOnly ? iso.slice(0, 10) : iso,
    };
  } catch {
    return null;
  }
}

/** Callbacks waiting for the pattern formatter (date-fns, loaded once for the page on first use). */
const patternWaiters = new Set<() => void>();

/**
 * The date of a story, or `null` when it cannot be read. While a `pattern`'s formatter is still loading, the
 * date is shown in `format` meanwhile and `onPatternReady` is called once it has arrived.
 */
export function dateText(datetime: string, s: DateSettings, onPatternReady: () => void): DateText | null {
  const parsed = read(datetime);
  if (!parsed) return null;
  const { instant, dateOnly } = parsed;
  try {
    let r = formatStoryDate(instant, { ...s, dateOnly });
    if (r.text === null) {
      if (!patternWaiters.has(onPatternReady)) {
        patternWaiters.add(onPatternReady);
        void loadPatternFormatter().then((loaded) => {
          patternWaiters.delete(onPatternReady);
          // A failed load keeps the format; the next render tries again (no loop of failing loads).
          if (loaded) onPatternReady();
        });
      }
      r = formatStoryDate(instant, { ...s, pattern: undefined, dateOnly });
    }
    const iso = instant.toISOString();
    return {
      machine: dateOnly ? iso.slice(0, 10) : iso,
      text: r.text ?? r.full,
      full: r.full,
      refreshIn: r.refreshIn,
    };
  } catch {
    // Formatting never breaks the list: the date is left out.
    return null;
  }
}
