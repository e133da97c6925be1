/** The few words `<news-article>` writes itself, in the reader's language (English when unknown). */
export interface ArticleMessages {
  /** Before the author names: "By Ann Writer and Bo Reporter". */
  by: string;
  /** Before the update date. */
  updated: string;
  /** Accessible name of the tag list. */
  tags: string;
  /** Announced while `src` loads. */
  loading: string;
  /** The built-in error message. */
  error: string;
  /** The language of these words (`en` when the reader's has no table). */
  lang: string;
  /** Whether they are in the reader's own language (false: the English fallback). */
  own: boolean;
}

const MESSAGES: Record<string, Omit<ArticleMessages, 'lang' | 'own'>> = {
  en: {
    by: 'By',
    updated: 'Updated',
    tags: 'Tags',
    loading: 'Loading article…',
    error: 'This article could not be loaded.',
  },
  fr: {
    by: 'Par',
    updated: 'Mis à jour',
    tags: 'Mots-clés',
    loading: 'Chargement de l’article…',
    error: 'Impossible de charger cet article.',
  },
  de: {
    by: 'Von',
    updated: 'Aktualisiert',
    tags: 'Schlagwörter',
    loading: 'Artikel wird geladen…',
    error: 'Dieser Artikel konnte nicht geladen werden.',
  },
  es: {
    by: 'Por',
    updated: 'Actualizado',
    tags: 'Etiquetas',
    loading: 'Cargando el artículo…',
    error: 'No se pudo cargar este artículo.',
  },
  it: {
    by: 'Di',
    updated: 'Aggiornato',
    tags: 'Tag',
    loading: 'Caricamento dell’articolo…',
    error: 'Impossibile caricare questo articolo.',
  },
  nl: {
    by: 'Door',
    updated: 'Bijgewerkt',
    tags: 'Tags',
    loading: 'Artikel wordt geladen…',
    error: 'Dit artikel kon niet worden geladen.',
  },
  pt: {
    by: 'Por',
    updated: 'Atualizado',
    tags: 'Etiquetas',
    loading: 'Carregando o artigo…',
    error: 'Não foi possível carregar este artigo.',
  },
  ar: {
    by: 'بقلم',
    updated: 'آخر تحديث',
    tags: 'الوسوم',
    loading: 'جارٍ تحميل المقال…',
    error: 'تعذّر تحميل هذا المقال.',
  },
  he: {
    by: 'מאת',
    updated: 'עודכן',
    tags: 'תגיות',
    loading: 'טוען את הכתבה…',
    error: 'לא ניתן לטעון את הכתבה.',
  },
};

/** Messages for a BCP 47 locale, by its language subtag; English for languages not listed. */
export function articleMessages(locale: string): ArticleMessages {
  const language = locale.toLowerCase().split(/[-_]/)[0]!;
  const own = Object.hasOwn(MESSAGES, language);
  const lang = own ? language : 'en';
  return { ...MESSAGES[lang]!, lang, own };
}
