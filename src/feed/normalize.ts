import { FeedError } from './errors.js';
import { parseDate } from './dates.js';
import type { Image, Story } from './types.js';

/** Options of {@link normalizeStory}. */
export interface NormalizeOptions {
  /** Where the JSON came from; relative links and image URLs are resolved against it. */
  baseUrl?: string;
}

type Json = Record<string, unknown>;

/** schema.org types read as an article. */
const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'blogposting',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'backgroundnewsarticle',
  'askpublicnewsarticle',
  'liveblogposting',
  'socialmediaposting',
  'report',
  'scholarlyarticle',
  'techarticle',
]);

/**
 * Turns one article, in any of the shapes sites already have, into our {@link Story}:
 *
 * - our own `Story` model (checked field by field, so a hand-written object cannot smuggle in a bad URL);
 * - a JSON Feed item (`content_html`, `date_published`, `authors`, `tags`, …);
 * - schema.org JSON-LD: `NewsArticle`, `Article`, `BlogPosting`, `ReportageNewsArticle` and their kin,
 *   alone, in an array, in an `@graph`, or as the `mainEntity` of a `WebPage`; `@type` may be an array.
 *
 * Links and image URLs come out absolute http(s) or not at all (relative ones are resolved against
 * `baseUrl`, or the article's own URL). `title` is plain text; `summary` and `contentHtml` are HTML (plain
 * text inputs such as `articleBody` are escaped and split into paragraphs); nothing is sanitized here, that
 * happens when HTML is rendered. Dates go through `parseDate` and come out as ISO 8601 UTC instants, except
 * calendar dates (`2023-10-31`), which stay calendar dates so that no time zone can move them to another day.
 *
 * @throws {FeedError} with code `not-a-story` when `json` is not an object, or has nothing of an article.
 */
export function normalizeStory(json: unknown, options: NormalizeOptions = {}): Story {
  const node = findArticle(json);
  if (!node)
    throw new FeedError('not-a-story', 'The data is not an article (no object with a title, link or body).');
  const base = validBase(options.baseUrl);
  if (isJsonLd(node)) return fromJsonLd(node, base, graphIndex(json));
  if (isJsonFeedItem(node)) return fromJsonFeedItem(node, base);
  return fromStory(node, base);
}

// ---------------------------------------------------------------------------------------------------------
// Finding the article

function findArticle(json: unknown): Json | null {
  if (Array.isArray(json)) {
    // A JSON-LD script may hold several nodes (BreadcrumbList, Organization, NewsArticle…): take the article.
    const objects = json.filter(isObject);
    const article = objects.map(articleIn).find((n) => n !== null);
    return article ?? objects.find(looksLikeStory) ?? null;
  }
  if (!isObject(json)) return null;
  return articleIn(json) ?? (looksLikeStory(json) ? json : null);
}

/** The article-typed node of a JSON-LD document: itself, one of its `@graph` nodes, or its `mainEntity`. */
function articleIn(node: Json, depth = 0): Json | null {
  if (depth > 4) return null;
  if (hasArticleType(node)) return node;
  const candidates: unknown[] = [];
  if (Array.isArray(node['@graph'])) candidates.push(...node['@graph']);
  else if (isObject(node['@graph'])) candidates.push(node['@graph']);
  candidates.push(...asArray(node.mainEntity));
  for (const c of candidates) {
    if (!isObject(c)) continue;
    const found = articleIn(c, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * The nodes of a JSON-LD document by `@id`. Generators such as Yoast put the author, publisher and image in
 * the `@graph` and refer to them from the article as `{ "@id": "…#/schema/person/1" }`.
 */
function graphIndex(json: unknown): Map<string, Json> {
  const index = new Map<string, Json>();
  const add = (value: unknown, depth: number): void => {
    for (const v of asArray(value)) {
      if (!isObject(v)) continue;
      if (typeof v['@id'] === 'string' && !index.has(v['@id'])) index.set(v['@id'], v);
      if (depth < 3 && v['@graph'] !== undefined) add(v['@graph'], depth + 1);
    }
  };
  add(json, 0);
  return index;
}

/** Replaces bare `{ "@id": … }` references (alone or in an array) with the node they name, when there is one. */
function deref(value: unknown, index: Map<string, Json>): unknown {
  if (Array.isArray(value)) return value.map((v) => deref(v, index));
  if (!isObject(value) || typeof value['@id'] !== 'string') return value;
  const isBare = Object.keys(value).every((k) => k === '@id' || k === '@type');
  return isBare ? (index.get(value['@id']) ?? value) : value;
}

function hasArticleType(node: Json): boolean {
  return asArray(node['@type']).some(
    (t) => typeof t === 'string' && ARTICLE_TYPES.has(t.replace(/^.*[/:#]/, '').toLowerCase()),
  );
}

const STORY_KEYS = [
  'title',
  'headline',
  'name',
  'link',
  'url',
  'contentHtml',
  'content_html',
  'content_text',
  'articleBody',
  'text',
  'summary',
  'description',
];

function looksLikeStory(node: Json): boolean {
  return STORY_KEYS.some((k) => {
    const v = node[k];
    return typeof v === 'string' ? v.trim() !== '' : isObject(v);
  });
}

function isJsonLd(node: Json): boolean {
  return (
    '@type' in node || '@context' in node || '@id' in node || 'headline' in node || 'articleBody' in node
  );
}

function isJsonFeedItem(node: Json): boolean {
  return [
    'content_html',
    'content_text',
    'date_published',
    'date_modified',
    'external_url',
    'banner_image',
  ].some((k) => k in node);
}

// ---------------------------------------------------------------------------------------------------------
// The three readers

function fromJsonLd(node: Json, base: string | undefined, index: Map<string, Json>): Story {
  const ref = (value: unknown) => deref(value, index);
  const link = url(node.url, base) ?? url(idOf(node.mainEntityOfPage), base) ?? url(node['@id'], base);
  const imageBase = base ?? link;
  const authors = people(ref(node.author), imageBase);
  const body = text(node.articleBody) ?? text(node.text);
  const dek = text(node.alternativeHeadline) ?? text(node.description) ?? text(node.abstract);
  const publisher = firstObjectOrString(ref(node.publisher));
  const story: Story = {
    title: plain(node.headline) ?? plain(node.name) ?? '',
    categories: keywords(node.keywords),
  };
  assign(story, {
    id: text(node['@id']) ?? text(node.identifier) ?? link,
    link,
    summary: dek === undefined ? undefined : escapeHtml(dek),
    contentHtml: body === undefined ? undefined : looksLikeHtml(body) ? body : paragraphs(body),
    published: date(node.datePublished) ?? date(node.dateCreated),
    updated: date(node.dateModified),
    author: authors.length ? authors.map((a) => a.name).join(', ') : undefined,
    authors: authors.length ? authors : undefined,
    image: image(ref(node.image), imageBase) ?? image(node.thumbnailUrl, imageBase),
    section: asArray(node.articleSection).map(plain).find(Boolean),
    source: publisher ? source(publisher, imageBase) : undefined,
  });
  return story;
}

function fromJsonFeedItem(node: Json, base: string | undefined): Story {
  const link = url(node.url, base) ?? url(node.external_url, base);
  const imageBase = base ?? link;
  const authors = people(node.authors ?? node.author, imageBase);
  const html = text(node.content_html);
  const plainText = text(node.content_text);
  const summary = text(node.summary);
  const story: Story = {
    title: plain(node.title) ?? '',
    categories: keywords(node.tags),
  };
  assign(story, {
    id: idString(node.id) ?? link,
    link,
    summary: summary === undefined ? undefined : escapeHtml(summary),
    contentHtml: html ?? (plainText === undefined ? undefined : paragraphs(plainText)),
    published: date(node.date_published),
    updated: date(node.date_modified),
    author: authors.length ? authors.map((a) => a.name).join(', ') : undefined,
    authors: authors.length ? authors : undefined,
    image: image(node.image, imageBase) ?? image(node.banner_image, imageBase),
  });
  return story;
}

function fromStory(node: Json, base: string | undefined): Story {
  const link = url(node.link, base) ?? url(node.url, base);
  const imageBase = base ?? link;
  const authors = people(node.authors, imageBase);
  const src = isObject(node.source) ? node.source : undefined;
  const story: Story = {
    title: plain(node.title) ?? '',
    categories: keywords(node.categories),
  };
  assign(story, {
    id: idString(node.id),
    link,
    summary: text(node.summary),
    contentHtml: text(node.contentHtml),
    published: date(node.published),
    updated: date(node.updated),
    author: plain(node.author) ?? (authors.length ? authors.map((a) => a.name).join(', ') : undefined),
    authors: authors.length ? authors : undefined,
    image: image(node.image, imageBase),
    section: plain(node.section),
    source: src ? source({ name: src.title, url: src.link }, imageBase) : undefined,
  });
  return story;
}

// ---------------------------------------------------------------------------------------------------------
// Field helpers. Each returns `undefined` for anything it cannot use, so missing fields leave no trace.

/** Copies the defined values of `fields` onto `story` (no `key: undefined` entries). */
function assign(story: Story, fields: Partial<Story>): void {
  for (const [k, v] of Object.entries(fields)) {
    if (v !== undefined) (story as unknown as Json)[k] = v;
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

/** A non-empty trimmed string, or the `@value` of a JSON-LD value object. */
function text(value: unknown): string | undefined {
  if (isObject(value) && '@value' in value) return text(value['@value']);
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t === '' ? undefined : t;
}

/** Plain text: tags removed, entities decoded, white space collapsed. */
function plain(value: unknown): string | undefined {
  let t = text(value);
  if (t === undefined) return undefined;
  if (t.includes('<')) t = t.replace(/<[^>]*>/g, ' ');
  if (t.includes('&')) t = decodeEntities(t);
  t = t.replace(/\s+/g, ' ').trim();
  return t === '' ? undefined : t;
}

function idString(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return text(value);
}

function idOf(value: unknown): unknown {
  if (isObject(value)) return value['@id'] ?? value.url;
  return value;
}

function validBase(base: string | undefined): string | undefined {
  if (!base) return undefined;
  try {
    const u = new URL(base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** An absolute http(s) URL, resolving relative ones against `base`; anything else (javascript:, data:) is dropped. */
function url(value: unknown, base: string | undefined): string | undefined {
  const t = text(isObject(value) && !('@value' in value) ? (value.url ?? value['@id']) : value);
  if (t === undefined) return undefined;
  try {
    const u = base ? new URL(t, base) : new URL(t);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function date(value: unknown): string | undefined {
  const t = text(value);
  if (t === undefined) return undefined;
  const iso = parseDate(t);
  if (!iso) return undefined;
  // A calendar date names a day, not an instant: keep it as written so no time zone moves it.
  return /^\d{4}-\d{2}-\d{2}$/.test(t) ? t : iso;
}

/** A size in pixels from `1200`, `"1200"`, `"1200px"` or a QuantitativeValue `{ value: 1200 }`. */
function size(value: unknown): number | undefined {
  if (isObject(value)) return size(value.value ?? value['@value']);
  const n = typeof value === 'number' ? value : typeof value === 'string' ? parseFloat(value) : NaN;
  return Number.isFinite(n) && n > 0 ? Math.round(n) : undefined;
}

/** Names from a string, a Person/Organization, our `{ name, url }`, or an array of those. */
function people(value: unknown, base: string | undefined): { name: string; url?: string }[] {
  const out: { name: string; url?: string }[] = [];
  for (const v of asArray(value)) {
    if (typeof v === 'string') {
      const name = plain(v);
      if (name) out.push({ name });
    } else if (isObject(v)) {
      const name = plain(v.name) ?? plain([text(v.givenName), text(v.familyName)].filter(Boolean).join(' '));
      if (!name) continue;
      const link = url(v.url, base);
      out.push(link ? { name, url: link } : { name });
    }
  }
  return out;
}

function nameOf(value: unknown): string | undefined {
  const first = firstObjectOrString(value);
  if (typeof first === 'string') return plain(first);
  return first ? (plain(first.name) ?? undefined) : undefined;
}

function firstObjectOrString(value: unknown): Json | string | undefined {
  return asArray(value).find(
    (v): v is Json | string => isObject(v) || (typeof v === 'string' && v.trim() !== ''),
  );
}

function source(value: Json | string, base: string | undefined): Story['source'] {
  if (typeof value === 'string') {
    const title = plain(value);
    return title ? { title } : undefined;
  }
  const out: NonNullable<Story['source']> = {};
  const title = plain(value.name);
  const link = url(value.url, base);
  if (title) out.title = title;
  if (link) out.link = link;
  return title || link ? out : undefined;
}

/** The first usable image of a URL string, an ImageObject, our `Image`, or an array of those. */
function image(value: unknown, base: string | undefined): Image | undefined {
  for (const v of asArray(value)) {
    if (typeof v === 'string') {
      const u = url(v, base);
      if (u) return { url: u };
      continue;
    }
    if (!isObject(v)) continue;
    const u = url(v.url, base) ?? url(v.contentUrl, base);
    if (!u) continue;
    const img: Image = { url: u };
    const alt = plain(v.alt) ?? plain(v.description);
    const width = size(v.width);
    const height = size(v.height);
    const caption = plain(v.caption);
    const credit = plain(v.credit) ?? plain(v.creditText) ?? nameOf(v.copyrightHolder) ?? nameOf(v.author);
    if (alt) img.alt = alt;
    if (width && height) {
      img.width = width;
      img.height = height;
    }
    if (caption) img.caption = caption;
    if (credit) img.credit = credit;
    return img;
  }
  return undefined;
}

/** Categories from an array or a comma-separated string, trimmed, without duplicates. */
function keywords(value: unknown): string[] {
  const list: string[] = [];
  for (const v of asArray(value)) {
    const t = typeof v === 'string' ? v : isObject(v) ? (text(v.name) ?? text(v['@value'])) : undefined;
    if (!t) continue;
    for (const part of t.split(',')) {
      const k = plain(part);
      if (k && !list.includes(k)) list.push(k);
    }
  }
  return list;
}

// ---------------------------------------------------------------------------------------------------------
// Text to HTML

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/** Plain text to `<p>` paragraphs: blank lines separate paragraphs (single line breaks when there are none). */
function paragraphs(text: string): string {
  const t = text.replace(/\r\n?/g, '\n');
  let parts = t.split(/\n[ \t]*\n/);
  if (parts.length === 1) parts = t.split('\n');
  return parts
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
}

/** Some CMSes put HTML in `articleBody` although schema.org says text; block-level tags give them away. */
function looksLikeHtml(text: string): boolean {
  return /<(p|div|br|h[1-6]|ul|ol|li|blockquote|figure|img|a|em|strong|table)\b[^>]*>/i.test(text);
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  hellip: '\u2026',
  laquo: '\u00ab',
  raquo: '\u00bb',
  eacute: '\u00e9',
  copy: '\u00a9',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}
