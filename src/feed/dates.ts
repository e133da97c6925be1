// Placeholder ISO 8601 parser; the feed engine issue replaces it with the full RFC 822 / W3CDTF parser.
const ISO =
  /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?\s*$/i;

/**
 * Reads a date string and returns the instant it names as an ISO 8601 UTC string, or `null`.
 * A date with no zone is UTC.
 */
export function parseDate(text: string | null | undefined): string | null {
  if (!text) return null;
  const m = ISO.exec(text);
  if (!m) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0', zone] = m;
  let offset = 0;
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  }
  if (new Date(Date.UTC(2000, +mo - 1, +d)).getUTCDate() !== +d) return null;
  const date = new Date(0);
  date.setUTCFullYear(+y, +mo - 1, +d);
  date.setUTCHours(+h, +mi - offset, +s, Math.round(Number('0.' + frac) * 1000));
  if (+mo < 1 || +mo > 12 || +d < 1 || +d > 31 || +h > 23 || +mi > 59 || +s > 60) return null;
  return date.toISOString();
}
