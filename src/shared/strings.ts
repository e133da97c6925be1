/**
 * The words the elements themselves say (not the publisher's): status messages, button labels.
 *
 * A small table per language, picked from the element's locale (`fr-CA` → `fr`, unknown → `en`), and a
 * partial override object (the elements' `strings` property) that wins key by key. Counts go through
 * `Intl.PluralRules`, so "1 new story" / "3 new stories" and their French, German and Spanish forms are right.
 */

/** A message with a count: one template per plural category (`one`, `other`, …); `{count}` is replaced. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Every UI string of the elements. An override may give a plural message as a plain string too. */
export interface UiStrings {
  /** Announced while stories load. */
  loading: string;
  /** Shown when there is nothing to show. */
  empty: string;
  /** Shown when the stories could not be loaded. */
  error: string;
  /** The button that tries again after an error. */
  retry: string;
  /** The button that reveals more stories. */
  more: string;
  /** The button that shows stories that arrived while the reader was reading, e.g. "3 new stories". */
  newStories: PluralMessage;
  /** The quiet note after a failed refresh, while the earlier stories stay on screen. */
  refreshFailed: string;
}

/** What the `strings` property accepts: any subset of {@link UiStrings}; plural messages may be plain strings. */
export type UiStringsOverride = Partial<Omit<UiStrings, 'newStories'>> & {
  newStories?: string | Partial<Record<Intl.LDMLPluralRule, string>>;
};

const TABLE: Record<string, UiStrings> = {
  en: {
    loading: 'Loading stories…',
    empty: 'No stories to show yet.',
    error: 'The stories could not be loaded.',
    retry: 'Try again',
    more: 'More stories',
    newStories: { one: '{count} new story', other: '{count} new stories' },
    refreshFailed: 'Couldn’t refresh. Showing the stories loaded earlier.',
  },
  fr: {
    loading: 'Chargement des articles…',
    empty: 'Aucun article pour le moment.',
    error: 'Les articles n’ont pas pu être chargés.',
    retry: 'Réessayer',
    more: 'Plus d’articles',
    newStories: { one: '{count} nouvel article', other: '{count} nouveaux articles' },
    refreshFailed: 'Mise à jour impossible. Les articles chargés plus tôt restent affichés.',
  },
  de: {
    loading: 'Artikel werden geladen …',
    empty: 'Noch keine Artikel.',
    error: 'Die Artikel konnten nicht geladen werden.',
    retry: 'Erneut versuchen',
    more: 'Weitere Artikel',
    newStories: { one: '{count} neuer Artikel', other: '{count} neue Artikel' },
    refreshFailed: 'Aktualisierung fehlgeschlagen. Die zuvor geladenen Artikel werden angezeigt.',
  },
  es: {
    loading: 'Cargando noticias…',
    empty: 'Todavía no hay noticias.',
    error: 'No se pudieron cargar las noticias.',
    retry: 'Reintentar',
    more: 'Más noticias',
    newStories: { one: '{count} noticia nueva', other: '{count} noticias nuevas' },
    refreshFailed: 'No se pudo actualizar. Se muestran las noticias cargadas antes.',
  },
  it: {
    loading: 'Caricamento delle notizie…',
    empty: 'Nessuna notizia per ora.',
    error: 'Impossibile caricare le notizie.',
    retry: 'Riprova',
    more: 'Altre notizie',
    newStories: { one: '{count} nuova notizia', other: '{count} nuove notizie' },
    refreshFailed: 'Aggiornamento non riuscito. Restano le notizie caricate prima.',
  },
  nl: {
    loading: 'Nieuws wordt geladen…',
    empty: 'Nog geen nieuws.',
    error: 'Het nieuws kon niet worden geladen.',
    retry: 'Opnieuw proberen',
    more: 'Meer nieuws',
    newStories: { one: '{count} nieuw bericht', other: '{count} nieuwe berichten' },
    refreshFailed: 'Vernieuwen mislukt. Het eerder geladen nieuws blijft staan.',
  },
  ar: {
    loading: 'جارٍ تحميل الأخبار…',
    empty: 'لا توجد أخبار بعد.',
    error: 'تعذّر تحميل الأخبار.',
    retry: 'إعادة المحاولة',
    more: 'المزيد من الأخبار',
    newStories: {
      one: 'خبر جديد واحد',
      two: 'خبران جديدان',
      few: '{count} أخبار جديدة',
      many: '{count} خبرًا جديدًا',
      other: '{count} خبر جديد',
    },
    refreshFailed: 'تعذّر التحديث. تُعرض الأخبار المحمّلة سابقًا.',
  },
  he: {
    loading: 'טוען כתבות…',
    empty: 'אין עדיין כתבות להצגה.',
    error: 'לא ניתן לטעון את הכתבות.',
    retry: 'ניסיון נוסף',
    more: 'כתבות נוספות',
    newStories: { one: 'כתבה חדשה אחת', other: '{count} כתבות חדשות' },
    refreshFailed: 'הרענון נכשל. מוצגות הכתבות שנטענו קודם.',
  },
  pt: {
    loading: 'Carregando notícias…',
    empty: 'Ainda não há notícias.',
    error: 'Não foi possível carregar as notícias.',
    retry: 'Tentar novamente',
    more: 'Mais notícias',
    newStories: { one: '{count} notícia nova', other: '{count} notícias novas' },
    refreshFailed: 'Não foi possível atualizar. As notícias carregadas antes continuam visíveis.',
  },
};

/** The languages with a built-in table. */
export const UI_LANGUAGES: readonly string[] = Object.keys(TABLE);

/** The built-in strings for `locale` (by its language subtag), English when there is no table for it. */
export function builtInStrings(locale: string): UiStrings {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return TABLE[language] ?? TABLE.en!;
}

/** The strings for `locale` with `override` applied key by key. Never throws on a malformed override. */
export function uiStrings(locale: string, override?: UiStringsOverride | null): UiStrings {
  const base = builtInStrings(locale);
  if (!override || typeof override !== 'object') return base;
  const merged: UiStrings = { ...base };
  for (const key of ['loading', 'empty', 'error', 'retry', 'more', 'refreshFailed'] as const) {
    const value = override[key];
    if (typeof value === 'string') merged[key] = value;
  }
  const plural = override.newStories;
  if (typeof plural === 'string') merged.newStories = { other: plural };
  // (An override's plural forms replace the built-in ones whole: an English `{ one, other }` on an Arabic page
  // must not keep Arabic `two`, `few` and `many`. Only a missing `other` comes from the built-in table.)
  else if (plural && typeof plural === 'object')
    merged.newStories = { other: base.newStories.other, ...plural };
  return merged;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** Fills `{count}` in the plural form of `message` that `count` takes in `locale` (grouped digits). */
export function formatCount(message: PluralMessage, count: number, locale: string): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(locale, rules);
  }
  const template = message[rules.select(count)] ?? message.other;
  let number: string;
  try {
    number = count.toLocaleString(locale);
  } catch {
    number = String(count);
  }
  return template.replaceAll('{count}', number);
}
