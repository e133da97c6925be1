// Plain ISO 8601 (a date, or a date and a time with optional seconds, fraction and zone), the date shape of
// Atom, JSON Feed and most markup, read in one step ahead of parseDate's general reader, and by <story-date>
// without it. (parseDate's one-step RFC 822 is in dates.ts, so <story-date> does not carry it.)
const ISO = /^(\d{4})-(\d\d)-(\d\d)(?:[t ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?(z|([+-])(\d\d):?(\d\d))?)?$/i;

/**
 * The instant of a date and time plainly in range, as parseDate writes it, or undefined for every edge (24:00, a
 * leap second, Feb 30, an offset past 14 hours, a year pushed out of 0000–9999), which the general reader decides.
 */
export function instant(
  year: string,
  month: number,
  day: string,
  hour: string | number,
  minute: string | number,
  second: string | number,
  fraction: string,
  sign: string | undefined,
  zh: string | number,
  zm: string | number,
): string | undefined {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps the years 0–99; an impossible day shows up as another month.
  date.setUTCFullYear(+year, month - 1, +day);
  if (date.getUTCMonth() !== month - 1 || +hour > 23 || +minute > 59 || +second > 59 || +zh > 14 || +zm > 59)
    return;
  // Fractions are truncated to milliseconds, as parseDate does.
  date.setUTCHours(
    +hour,
    +minute - (sign === '-' ? -1 : 1) * (+zh * 60 + +zm),
    +second,
    +(fraction + '00').slice(0, 3),
  );
  const iso = date.toISOString();
  return iso.length === 24 ? iso : undefined;
}

/** The instant of plain ISO 8601 in `text` (trimmed), as `parseDate` reads it, or undefined. */
export function plainIso(text: string): string | undefined {
  const m = text.length <= 200 && ISO.exec(text);
  if (!m) return;
  const [, year, month, day, hour = 0, minute = 0, second = 0, fraction = '', , sign, zh = 0, zm = 0] = m;
  return instant(year!, +month!, day!, hour, minute, second, fraction, sign, zh, zm);
}
