/**
 * An article read from its web page (`<news-article src="/2023/10/31/story/">`): the schema.org JSON-LD the
 * page carries for search engines, with its Open Graph and `<meta>` tags filling what the JSON-LD lacks (many
 * pages have only those). The page is read as text (`readPage`), never parsed into a document. Everything found
 * goes through `normalizeStory`, like any other data.
 */
import { FeedError } from '../../feed/errors.js';
import { parseDate } from '../../feed/dates.js';
import { hasArticle, normalizeStory } from '../../feed/normalize.js';
import type { Story } from '../../feed/types.js';
import { hasRel, pageBase, readPage, type PageTag } from '../../shared/web-page.js';
import { lenientJson } from '../../shared/lenient-json.js';

// Where each field of the meta-tag article comes from, in order of preference: `property` (Open Graph, `og:`
// and `article:`), `name` (description, author, twitter:*, Dublin Core, Parse.ly) or microdata `itemprop`
// values, all matched lowercase. A page's <title> is the headline of last resort.
const META: [field: string, keys: string[]][] = [
  ['headline', ['og:title', 'twitter:title', 'headline']],
  ['description', ['og:description', 'description', 'twitter:description']],
  ['url', ['og:url']],
  [
    'image',
    ['og:image:secure_url', 'og:image:url', 'og:image', 'twitter:image', 'twitter:image:src', 'image'],
  ],
  ['width', ['og:image:width']],
  ['height', ['og:image:height']],
  ['alt', ['og:image:alt', 'twitter:image:alt']],
  [
    'datePublished',
    [
      'article:published_time',
      'datepublished',
      'parsely-pub-date',
      'pubdate',
      'publishdate',
      'date',
      'dc.date',
      'dcterms.date',
      'dcterms.created',
    ],
  ],
  ['dateModified', ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified']],
  ['author', ['author', 'article:author', 'parsely-author', 'dc.creator', 'sailthru.author']],
  ['articleSection', ['article:section', 'parsely-section', 'articlesection']],
  ['keywords', ['article:tag', 'news_keywords', 'keywords', 'parsely-tags']],
  ['publisher', ['og:site_name', 'application-name']],
];

/** The fields whose every value counts (tags, authors), not only the first. */
const MANY = new Set(['author', 'keywords']);

/**
 * Reads the article of an HTML page: the first schema.org article of its JSON-LD scripts, its missing fields
 * filled from Open Graph and `<meta>` tags; or those tags alone. Relative URLs resolve against the page's
 * `<base>`, else its `url`.
 * @throws {FeedError} `not-a-story` when the page has neither.
 */
export function readArticlePage(page: string, url: string): Story {
  const { jsonLd, tags } = readPage(page);
  let found: unknown[] = [];
  for (const json of jsonLd) {
    const data = lenientJson(json);
    // A broken JSON-LD block is skipped, as search engines skip it.
    // (concat, not a spread: a junk block of 130 000 values would overflow the call's arguments.)
    if (data !== undefined) found = found.concat(data);
  }
  // Relative URLs resolve as the page's own links do: against its <base>, if any.
  const baseUrl = pageBase(tags, url);
  // Only an article counts: a page's WebSite or Organization node is no story.
  const ld = hasArticle(found) ? attempt(() => normalizeStory(found, { baseUrl })) : undefined;
  // (Tags only fill gaps of a JSON-LD article, whatever og:type says: many sites leave it `website` everywhere.)
  const fromTags = metaArticle(tags, !!ld);
  const meta = fromTags && attempt(() => normalizeStory(fromTags, { baseUrl }));
  // (A story needs a headline: a JSON-LD article without one, on a page whose tags give none, is no story.)
  if (!ld?.title && !meta?.title) {
    const message = `${url} has no article data (schema.org JSON-LD or Open Graph tags).`;
    throw new FeedError('not-a-story', message, { url });
  }
  // The JSON-LD wins field by field; the tags fill its gaps (a JSON-LD article without an image gets og:image).
  const story: Record<string, unknown> = { ...ld };
  for (const [key, value] of Object.entries(meta ?? {})) {
    const own = story[key];
    if (!own || (Array.isArray(own) && !own.length)) story[key] = value;
  }
  // A page that names no URL of its own (no url, og:url or canonical link) is its own address.
  if (!story.link && /^https?:/.test(url)) story.link = url;
  return story as unknown as Story;
}

const attempt = (read: () => Story): Story | undefined => {
  try {
    return read();
  } catch {
    return undefined;
  }
};

/**
 * A schema.org-shaped article from the page's `<meta>` tags, `<link rel="canonical">` and `<title>`; undefined
 * when the page has no Open Graph, Twitter card or Parse.ly tag (every page has a title and most a description,
 * which make no article), or when its `og:type` says it is something else; unless `filling` the gaps of the page's
 * JSON-LD article, which the page has declared an article already.
 */
function metaArticle(tags: PageTag[], filling: boolean): Record<string, unknown> | undefined {
  const values = new Map<string, string[]>();
  let title: string | undefined;
  let canonical: string | undefined;
  for (const tag of tags) {
    const { name, attrs: a } = tag;
    if (name === 'meta') {
      const key = (a.property ?? a.name ?? a.itemprop)?.trim().toLowerCase();
      const value = a.content?.trim();
      if (key && value) {
        if (values.has(key)) values.get(key)!.push(value);
        else values.set(key, [value]);
      }
    } else if (name === 'link' && hasRel(tag, 'canonical')) {
      canonical ??= a.href;
    } else if (name === 'title') {
      title ??= tag.text;
    }
  }
  // An og:type says what the page is (a home page's is `website`, a channel's `profile`, a video's `video.*`);
  // without one, any social tag makes an article.
  const type = values.get('og:type')?.[0];
  const social = [...values.keys()].some((k) => /^(og|article|twitter|parsely)[:-]/.test(k));
  if (!filling && (type ? !/article/i.test(type) : !social)) return;
  const article: Record<string, unknown> = { '@type': 'Article' };
  for (const [field, keys] of META) {
    // The first key with a value the field can use: an author that is no profile URL, an image that is no
    // `javascript:`, a date that reads.
    const usable = (v: string) =>
      field === 'author'
        ? !/^https?:/i.test(v)
        : field === 'image'
          ? !/^\s*[a-z][\w+.-]*:/i.test(v) || /^\s*https?:/i.test(v)
          : /^date/.test(field)
            ? parseDate(v) !== null
            : true;
    for (const key of keys) {
      const found = values.get(key)?.filter(usable);
      if (!found?.length) continue;
      // One category per article:tag (a term, never split: `Powell, Jerome H`), unless a lone one is a list: commas
      // with no space after them or several commas (`Israel-Gaza war,World news`). The other keyword tags are
      // comma-separated lists.
      article[field] = !MANY.has(field)
        ? found[0]
        : key === 'article:tag' && (found[1] || !/,\S|,.*,/.test(found[0]!))
          ? found.map((name) => ({ name }))
          : found;
      break;
    }
  }
  article.headline ??= title;
  article.url ??= canonical;
  article.image &&= {
    url: article.image,
    width: article.width,
    height: article.height,
    description: article.alt,
  };
  article.publisher &&= { name: article.publisher };
  return article;
}
