import type { Locale } from 'date-fns';

/*
 * A date-fns Locale built from Intl, so `pattern` works in any language without shipping date-fns's locale
 * files (each is 2–5 KB; all of them, ~400 KB). date-fns keeps doing what it is good at (pattern tokens,
 * arithmetic); Intl supplies the words. Only the `localize` and `formatLong` parts are needed by `format`.
 */
const cache = new Map<string, Locale>();

type Width = 'narrow' | 'short' | 'abbreviated' | 'wide';
const intlWidth = (width: Width | undefined): 'narrow' | 'short' | 'long' =>
  width === 'narrow' ? 'narrow' : width === 'wide' || width === undefined ? 'long' : 'short';

/**
 * The word Intl writes for one part of `date`, in the Gregorian calendar that date-fns counts in (Persian or
 * Islamic month names on Gregorian days would name dates that do not exist). A numeric month keeps the word
 * after it: Japanese and Chinese write October `10月` (a separator, such as Lithuanian's `-`, is not kept).
 */
function words(
  locale: string,
  opts: Intl.DateTimeFormatOptions,
  part: Intl.DateTimeFormatPartTypes,
  date: Date,
) {
  const parts = new Intl.DateTimeFormat(locale, {
    ...opts,
    timeZone: 'UTC',
    calendar: 'gregory',
  }).formatToParts(date);
  const i = parts.findIndex((p) => p.type === part);
  const value = parts[i]?.value ?? '';
  const next = parts[i + 1]?.type === 'literal' ? parts[i + 1].value.trim() : '';
  return /^\d+$/.test(value) && /^\p{L}+$/u.test(next) ? value + next : value;
}

export function intlLocale(locale: string): Locale {
  let result = cache.get(locale);
  if (result) return result;
  // Months 2001-01..12 on the 15th; weekdays from Sunday 2001-01-07 (date-fns numbers Sunday 0).
  const month = (i: number, width?: Width, context?: string) =>
    words(
      locale,
      context === 'standalone' ? { month: intlWidth(width) } : { month: intlWidth(width), day: 'numeric' },
      'month',
      new Date(Date.UTC(2001, i, 15)),
    );
  const day = (i: number, width?: Width) =>
    words(locale, { weekday: intlWidth(width) }, 'weekday', new Date(Date.UTC(2001, 0, 7 + i)));
  const dayPeriod = (p: string) =>
    words(
      locale,
      { hour: 'numeric', hour12: true },
      'dayPeriod',
      // (`b` and `B` give noon, afternoon and evening: all after midday; midnight, morning and night before it.)
      new Date(Date.UTC(2001, 0, 1, /^(pm|noon|afternoon|evening)$/.test(p) ? 15 : 9)),
    );
  const long = (style: 'full' | 'long' | 'medium' | 'short', kind: 'date' | 'time') => {
    // Map Intl's pattern for the style onto date-fns tokens through a sample date's parts.
    const fmt = new Intl.DateTimeFormat(locale, {
      [`${kind}Style`]: style,
      timeZone: 'UTC',
      calendar: 'gregory',
    });
    const tokens: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {
      year: 'y',
      month: style === 'short' ? 'MM' : style === 'medium' ? 'MMM' : 'MMMM',
      day: style === 'short' ? 'dd' : 'd',
      weekday: 'EEEE',
      hour: 'h',
      minute: 'mm',
      second: 'ss',
      dayPeriod: 'a',
      timeZoneName: '',
    };
    return (
      fmt
        .formatToParts(new Date(Date.UTC(2001, 10, 22, 15, 4, 5)))
        .map((p) => {
          if (p.type === 'literal') return p.value.trim() ? `'${p.value.replace(/'/g, "''")}'` : p.value;
          if (p.type === 'month' && /^\d+$/.test(p.value)) return p.value.length === 2 ? 'MM' : 'M';
          if (p.type === 'hour') return fmt.resolvedOptions().hourCycle?.startsWith('h2') ? 'HH' : 'h';
          return tokens[p.type] ?? '';
        })
        .join('')
        // (Without the zone name, `ppp`'s `h:mm:ss a zzz`, nothing may be left dangling: `2:30:00 PM `.)
        .trim()
    );
  };
  const formatLong =
    (kind: 'date' | 'time') =>
    (opts: { width?: 'full' | 'long' | 'medium' | 'short' } = {}) =>
      long(opts.width ?? 'full', kind);
  result = {
    code: locale,
    localize: {
      ordinalNumber: (n: unknown) => String(n),
      era: (i: number, o?: { width?: Width }) =>
        words(
          locale,
          { era: intlWidth(o?.width), year: 'numeric' },
          'era',
          new Date(Date.UTC(i ? 2001 : -99, 0, 15)),
        ),
      // Intl has no quarter names: `Q4` abbreviated, else the number.
      quarter: (q: number, o?: { width?: Width }) => (o?.width === 'abbreviated' ? 'Q' : '') + q,
      month: (i: number, o?: { width?: Width; context?: string }) => month(i, o?.width, o?.context),
      day: (i: number, o?: { width?: Width }) => day(i, o?.width),
      dayPeriod: (p: string) => dayPeriod(p),
    },
    formatLong: {
      date: formatLong('date'),
      time: formatLong('time'),
      dateTime: () => '{{date}}, {{time}}',
    },
    options: { weekStartsOn: 0, firstWeekContainsDate: 1 },
  } as unknown as Locale;
  cache.set(locale, result);
  return result;
}
