const formats = new Map<string, Intl.DateTimeFormat>();

/** The calendar and clock fields an IANA zone shows at an instant (month 1–12, hour 0–23). */
export interface ZoneFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * What a wall clock in `zone` shows at `instant`, for `<story-date>` patterns in any zone. Formatters cost ~0.5 ms to build and pages repeat their zones, so
 * each is made once; only zones Intl accepts are cached (the constructor throws a RangeError first).
 */
export function zoneFields(instant: number, zone: string): ZoneFields {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(zone, format);
  }
  const fields: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(instant)) fields[type] = +value;
  return fields as unknown as ZoneFields;
}
