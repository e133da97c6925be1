import { storyDate } from './dates.js';
import { FeedError, guarded } from './errors.js';
import { list as asArray, readJsonItem } from './json-feed.js';
import { decodeEntities } from './entities.js';
import { paragraphs, personText, plainText } from './text.js';
import type { Image, Story } from './types.js';
import { absolute } from './urls.js';
import { escapeHtml } from './xml.js';

/** Options of {@link normalizeStory}. */
export interface NormalizeOptions {
  /** Where the JSON came from; relative links and image URLs are resolved against it. */
  baseUrl?: string;
}

type Json = Record<string, unknown>;
type Base = string | undefined;
/** Reads a field from a value, `undefined` when nothing in it is usable. */
type Reader = (value: unknown, base: Base) => unknown;

// Which shape a node is, by its keys. Any `@` key (`@type`, `@context`, `@id`…) means JSON-LD.
const JSON_LD = /^@|^(headline|articleBody)$/;
// JSON Feed: content_html, content_text, date_published, date_modified, external_url, banner_image.
const JSON_FEED = /^(content|date|external|banner)_/;
// A story has one of these, not blank (`content.*`: contentHtml, content_html, content_text).
const STORY = /^(title|headline|name|link|url|content.*|articleBody|text|summary|description)$/;
// schema.org types read as an article: NewsArticle and its kin (Reportage…, Analysis…), BlogPosting,
// LiveBlogPosting, SocialMediaPosting, ScholarlyArticle, TechArticle, Report; prefixed (`schema:`) or full URLs too.
const ARTICLE = /(Article|BlogPosting|SocialMediaPosting|DiscussionForumPosting)$|(^|[/:#])Report$/i;

/**
 * Turns one article, in any of the shapes sites already have, into our {@link Story}:
 *
 * - our own `Story` model (checked field by field, so a hand-written object cannot smuggle in a bad URL);
 * - a JSON Feed item (`content_html`, `date_published`, `authors`, `tags`, …), read as `parseFeed` reads one,
 *   except that `content_text` becomes the body (not the summary);
 * - schema.org JSON-LD: `NewsArticle`, `Article`, `BlogPosting`, `ReportageNewsArticle` and their kin,
 *   alone, in an array, in an `@graph`, or as the `mainEntity` of a `WebPage`; `@type` may be an array.
 *
 * Links and image URLs come out absolute http(s) or not at all (relative ones are resolved against
 * `baseUrl`, or the article's own URL). `title` is plain text; `summary` and `contentHtml` are HTML (plain
 * text inputs such as `articleBody` are escaped and split into paragraphs); nothing is sanitized here, that
 * happens when HTML is rendered. Dates go through `parseDate` and come out as ISO 8601 UTC instants, except
 * calendar dates (`2023-10-31`, `May 7, 2024`), which stay calendar dates (`2024-05-07`) so that no time zone can move them to another day.
 *
 * @throws {FeedError} with code `not-a-story` when `json` is not an object, or has nothing of an article (also
 * when it is too deeply nested to read: nothing else escapes).
 */
export function normalizeStory(json: unknown, options: NormalizeOptions = {}): Story {
  return guarded(() => read(json, options), 'not-a-story', 'This article cannot be read.');
}

/** JSON-LD types that describe a site, not a story: no fallback makes a story of them. */
const FURNITURE =
  /^(\w*Organization|Corporation|Person|BreadcrumbList|ListItem|WebSite|ImageObject|SearchAction|SiteNavigationElement)$/;

function read(json: unknown, options: NormalizeOptions): Story {
  // The article is the first node of an article type anywhere in the document, else a top-level object with
  // something of a story.
  const top = asArray(json).filter(isObject);
  const nodes = graph(top, 0);
  const node =
    nodes.find(isArticle) ??
    // (Not a JSON-LD node of the site's furniture: an Organization, a Person, a BreadcrumbList, a WebSite…)
    top.find(
      (n) =>
        !typed(n, FURNITURE) && Object.keys(n).some((k) => STORY.test(k) && (isObject(n[k]) || text(n[k]))),
    );
  if (!node) throw new FeedError('not-a-story', 'This is not an article.');
  const base = absolute(text(options.baseUrl));
  const ld = has(node, JSON_LD);
  const feed = !ld && has(node, JSON_FEED);
  let story: Json;
  if (feed) {
    // Images resolve against the item's own URL when there is no base; dates keep calendar dates. The item's
    // `content_text` is its body here, so it is kept from readJsonItem, which would make it the summary.
    story = readJsonItem(
      { ...node, content_text: 0 },
      base ?? url(node.url) ?? url(node.external_url),
      {},
      date,
    ) as unknown as Json;
    const body = text(node.content_text);
    story.contentHtml ??= body && paragraphs(body);
  } else {
    // `{ "@id": … }` references (alone or in an array) become the node of the document they name, when there is
    // one: generators such as Yoast put the author, publisher and image in the `@graph` and refer to them from
    // the article as `{ "@id": "…#/schema/person/1" }`. The first node of an @id wins. A reference with fields
    // of its own (Yoast's `{ "@id", "name" }` author) keeps them over the node's, without copying the node
    // (copies made a hostile graph quadratic). The nodes are indexed once for the same reason (20 000 authors
    // by reference took 1.5 s).
    const index = new Map<unknown, Json>();
    for (const n of nodes) if (n['@id'] && !bare(n) && !index.has(n['@id'])) index.set(n['@id'], n);
    const one = (value: unknown): unknown => {
      const n = isObject(value) && index.get(value['@id']);
      // (The node as the reference's prototype: its fields show through at the cost of the reference's own.)
      return !n ? value : bare(value) ? n : Object.assign(Object.create(n) as Json, value);
    };
    // (JSON-LD has no arrays of arrays: one level, so hostile nesting costs no recursion.)
    const ref = (value: unknown) => (Array.isArray(value) ? value.map(one) : one(value));
    story = {};
    for (const [field, reader, theirs, ours = field] of FIELDS) {
      for (const key of (ld ? theirs : ours).split(' '))
        story[field] ??= reader(ref(node[key]), base ?? (story.link as Base));
    }
    story.author ??= (story.authors as Story['authors'])?.map((a) => a.name).join(', ');
    story.title ??= '';
    // schema.org text becomes HTML (escaped; articleBody split into paragraphs); our Story's summary and
    // contentHtml are HTML already.
    // (CMSes write references in JSON-LD text, `It&#8217;s`: decoded before escaping, they read as written.)
    if (ld) {
      // (Tags in a description, which schema.org makes text, are dropped rather than shown.)
      story.summary &&= escapeHtml(plainText(story.summary as string));
      story.contentHtml &&= html(story.contentHtml as string);
    }
  }
  // A JSON-LD article or JSON Feed item without an id is known by its link.
  if (ld || feed) story.id ??= story.link;
  // Drops the keys whose value is undefined, at every level (all values are plain strings, numbers and objects).
  return JSON.parse(JSON.stringify(story)) as Story;
}

/**
 * The nodes of a JSON-LD document in document order: a script may hold several (BreadcrumbList, Organization,
 * NewsArticle…), and a node others in its `@graph` or as its `mainEntity` (a WebPage's article), a few levels deep.
 */
const graph = (value: unknown, depth: number): Json[] =>
  depth > 4
    ? []
    : asArray(value)
        .filter(isObject)
        .flatMap((n) => [n, ...graph(n['@graph'], depth + 1), ...graph(n.mainEntity, depth + 1)]);

/** Whether a node's `@type` (a string or an array of them) names one of `types`. */
const typed = (node: Json, types: RegExp) =>
  asArray(node['@type']).some((t) => typeof t == 'string' && types.test(t));

const isArticle = (node: Json) => typed(node, ARTICLE);

/** Whether a JSON-LD document (an object or an array of them) holds a node of a schema.org article type. */
export const hasArticle = (json: unknown): boolean =>
  graph(asArray(json).filter(isObject), 0).some(isArticle);

// ---------------------------------------------------------------------------------------------------------
// Field readers. Each returns `undefined` for anything it cannot use, so missing fields leave no trace.

const isObject = (value: unknown): value is Json =>
  !!value && typeof value == 'object' && !Array.isArray(value);

const has = (node: Json, keys: RegExp) => Object.keys(node).some((k) => keys.test(k));

const bare = (value: unknown): value is Json =>
  isObject(value) && Object.keys(value).every((k) => /^@(id|type)$/.test(k));

/** A non-empty trimmed string: the value, the `@value` of a JSON-LD value object, or an array's first one. */
const text = (value: unknown): string | undefined =>
  isObject(value)
    ? text(value['@value'])
    : Array.isArray(value)
      ? value.map(text).find(Boolean)
      : typeof value == 'string'
        ? value.trim() || undefined
        : undefined;

/** Plain text: tags removed, entities decoded, white space collapsed. */
const plain = (value: unknown) => plainText(text(value) ?? '') || undefined;

/** An absolute http(s) URL, resolving relative ones against `base`; anything else (javascript:, data:) is dropped. */
const url = (value: unknown, base?: Base) =>
  absolute(text(isObject(value) ? (value.url ?? value['@id'] ?? value) : value), base);

const id = (value: unknown) => (Number.isFinite(value) ? String(value) : text(value));

// (A calendar date, `2023-10-31`, `May 7, 2024` or `7. Mai 2024`, stays a calendar date: see storyDate.)
const date = (value: unknown) => storyDate(text(value));

/** A size in pixels from `1200`, `"1200"`, `"1200px"` or a QuantitativeValue `{ value: 1200 }`. */
function size(value: unknown): number | undefined {
  // (A loop, not recursion: a hostile value nested 20 000 deep must not overflow the stack.)
  for (let i = 0; i < 9 && isObject(value); i++) value = value.value ?? value['@value'];
  const n = typeof value == 'string' ? parseFloat(value) : value;
  return Number.isFinite(n) && (n as number) > 0 ? Math.round(n as number) : undefined;
}

/**
 * People (or organizations) from names, schema.org `{ name, url }` (or `givenName` and `familyName`), our
 * `{ name, url }` or a source's `{ title, link }`, alone or in an array; undefined when none has a name.
 */
function people(value: unknown, base: Base): Story['authors'] {
  const out = asArray(value).flatMap((v) => {
    const p = isObject(v) ? v : { name: v };
    const name =
      personText(
        plain(p.name ?? p.title) ?? plain([text(p.givenName), text(p.familyName)].join(' ')) ?? '',
      ) || undefined;
    return name ? [{ name, url: url(p.url ?? p.link, base) }] : [];
  });
  if (out[0]) return out;
}

/** The first named publisher (schema.org) or source (our Story). */
function source(value: unknown, base: Base): Story['source'] {
  const p = people(value, base)?.[0];
  return p && { title: p.name, link: p.url };
}

/**
 * The image of a URL string, an ImageObject, our `Image`, or an array of those: of several, the first landscape one
 * (wider than 6:5 by its size, or by a `16x9` or `wide` in its URL, as Google's example gives `1x1`, `4x3` and
 * `16x9` crops of one photo), so that a square crop is not cut to fit the story's wide frame; else the first one.
 */
function image(value: unknown, base: Base): Image | undefined {
  let best: Image | undefined;
  // -1 before the first image, then 0 for a narrow one and 1 for a wide one: only a wide image replaces a narrow one.
  let score = -1;
  for (const v of asArray(value)) {
    const img = isObject(v) ? v : { url: v };
    const link = url(img.url, base) ?? url(img.contentUrl, base);
    const width = size(img.width);
    const height = size(img.height);
    const wide = width && height ? width * 5 > height * 6 : /\b(16[x_:-]9|wide)\b/i.test(link ?? '');
    if (link && +wide > score) {
      score = +wide;
      best = {
        url: link,
        alt: plain(img.alt) ?? plain(img.description),
        // Both or neither: a single side cannot reserve the image's space.
        width: height && width,
        height: width && height,
        caption: plain(img.caption),
        credit: people([img.credit, img.creditText, img.copyrightHolder, img.author].flat(), base)?.[0].name,
      };
    }
  }
  return best;
}

/**
 * Categories from keywords: strings are comma-separated lists (schema.org: "typically delimited by commas"), a
 * term object (`{ "@type": "DefinedTerm", "name": "Powell, Jerome H" }`) is one category. Trimmed, without
 * duplicates.
 */
const keywords = (value: unknown) => [
  ...new Set(
    asArray(value)
      .flatMap((v) => (isObject(v) ? [plain(v.name)] : (text(v)?.split(',').map(plain) ?? [])))
      .filter(Boolean),
  ),
];

// Some CMSes put HTML in `articleBody` although schema.org says text: an end tag, or a tag that often has
// none, gives them away.
const html = (t: string) => (/<\/[a-z]|<(p|br|img)\b/i.test(t) ? t : paragraphs(decodeEntities(t)));

/**
 * A live blog's body when it has none of its own: its updates (LiveBlogPosting's `liveBlogUpdate`), each one's
 * headline and text, in the order the page gives them (newest first, as live blogs list them).
 */
const updates = (value: unknown) =>
  asArray(value)
    .filter(isObject)
    .map((u) => {
      const head = plain(u.headline);
      const body = text(u.articleBody) ?? text(u.text);
      return (head ? `<h3>${escapeHtml(head)}</h3>` : '') + (body ? html(body) : '');
    })
    .join('') || undefined;

/**
 * Each field: how it is read, where it is in schema.org JSON-LD, and where in our Story when not under its own name
 * (keys in order of preference; the first one that reads wins). Relative URLs resolve against the base, else the
 * story's link.
 */
const FIELDS: [keyof Story, Reader, string, string?][] = [
  ['title', plain, 'headline name'],
  ['link', url, 'url mainEntityOfPage @id', 'link url'],
  ['id', id, '@id identifier'],
  ['summary', text, 'description alternativeHeadline abstract'],
  // The description of the page the article is the main entity of (generators such as Yoast put it only there).
  ['summary', (page) => (isObject(page) ? text(page.description) : undefined), 'mainEntityOfPage'],
  ['contentHtml', text, 'articleBody text'],
  ['contentHtml', updates, 'liveBlogUpdate'],
  ['published', date, 'datePublished dateCreated'],
  ['updated', date, 'dateModified'],
  ['authors', people, 'author'],
  // JSON-LD has no author text apart from its people.
  ['author', plain, ''],
  ['image', image, 'image thumbnailUrl'],
  ['section', plain, 'articleSection'],
  ['source', source, 'publisher'],
  ['categories', keywords, 'keywords'],
];
