/** Maps a JSON Feed 1.0 or 1.1 object to the model. */
import { decodeEntities } from './entities.js';
import { feedDate } from './dates.js';
import { htmlImage } from './images.js';
import { paragraphs, personText, plainText, prose } from './text.js';
import type { Feed, Story } from './types.js';
import { absolute, capped, resolveHtml } from './urls.js';
import { escapeHtml } from './xml.js';
import { byline, put, type Person } from './xml-feed.js';

// JSON is untrusted: every field is checked for its type before use.
type Json = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v == 'string' && v.trim() ? v : undefined);
const obj = (v: unknown): Json => (v && typeof v == 'object' ? (v as Json) : {});
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v ? [v] : []);
/** The plain text of a JSON value: '' for anything but a non-blank string. */
const plain = (v: unknown) => plainText(str(v) ?? '');
// JSON Feed's text as HTML. Text, but WordPress's plugin writes references in it (`&#8217;`), and some feeds tags:
// both read as plain text first, as in titles. Prose with blank lines between paragraphs keeps them as `<p>`s.
const textHtml = (v: unknown) => {
  const text = decodeEntities(str(v) ?? '');
  return prose(text) ? paragraphs(text) : escapeHtml(plain(v));
};

/** Whether a parsed JSON value is a JSON Feed (a `version` from jsonfeed.org, or at least an `items` array). */
export const isJsonFeed = (data: unknown): data is Json =>
  /jsonfeed\.org/.test(str(obj(data).version) ?? '') || Array.isArray(obj(data).items);

/** Reads a JSON Feed into the model; URLs resolve against the home page, then the document URL. */
export function readJsonFeed(data: Json, url: string | undefined): Feed {
  const base = capped(absolute(str(data.home_page_url), url)) ?? url;
  const link = (v: unknown) => absolute(str(v), base);
  const icon = link(data.icon) ?? link(data.favicon);
  const feed = put<Feed>(
    { format: 'json', items: [] },
    {
      title: plain(data.title),
      link: link(data.home_page_url),
      // Plain text in JSON Feed; HTML in the model, as RSS and Atom give it.
      description: textHtml(data.description),
      language: str(data.language),
      image: icon && { url: icon },
    },
  );
  for (const raw of list(data.items)) {
    // (`null`, numbers or strings in `items` are no stories.)
    if (!raw || typeof raw != 'object') continue;
    const story = readJsonItem(raw as Json, base, data);
    // As in RSS and Atom, a story without an image of its own gets the first picture of its HTML.
    feed.items.push(put(story, { image: story.image ?? htmlImage(story.contentHtml) }));
  }
  return feed;
}

/**
 * One JSON Feed item in the model (`normalizeStory` reads items with it too, with its own `date` reader). URLs
 * resolve against `base`; an item without authors gets those of `data`, its feed.
 */
export function readJsonItem(
  it: Json,
  base: string | undefined,
  data: Json = {},
  date: (v: unknown) => string | null | undefined = (v) => feedDate(str(v)),
): Story {
  const link = (v: unknown) => absolute(str(v), base);
  // JSON Feed's summary and content_text are plain text; the model's summary is HTML. Without a summary, the
  // text is the summary; beside one, it is the body (when there is no content_html), split into paragraphs.
  const summary = str(it.summary);
  const text = str(it.content_text);
  const story = put<Story>(
    {
      title: plain(it.title),
      // (Once each, as in RSS and Atom.)
      categories: [...new Set(list(it.tags).map(plain).filter(Boolean))],
    },
    {
      // (An `id` must be a string; numbers, which feeds also write, are kept as text. An object is no id.)
      id: typeof it.id == 'number' ? String(it.id) : str(it.id)?.trim(),
      link: link(it.url) ?? link(it.external_url),
      summary: textHtml(summary ?? text),
      contentHtml: str(it.content_html)
        ? resolveHtml(it.content_html as string, base)
        : summary && text && paragraphs(decodeEntities(text)),
      published: date(it.date_published),
      updated: date(it.date_modified),
    },
  );
  // 1.1 has `authors`, 1.0 a single `author`; items inherit the feed's.
  // (At most 100: a feed's thousands of authors must not be copied into each of its thousands of items.)
  // (An empty `authors` beside a 1.0 `author`, as 1.1 suggests for old readers, gives way to it.)
  const authors = list(
    [it.authors, it.author, data.authors, data.author].find((a) => list(a).some((p) => str(obj(p).name))),
  )
    .slice(0, 100)
    .flatMap((p) => {
      const name = personText(plain(obj(p).name));
      return name ? [put<Person>({ name }, { url: link(obj(p).url) })] : [];
    });
  const image =
    link(it.image) ??
    link(it.banner_image) ??
    list(it.attachments)
      .map(obj)
      .filter((a) => /^image\//i.test(str(a.mime_type) ?? ''))
      .map((a) => link(a.url))
      .find((u) => u);
  return put(story, {
    ...byline(authors),
    image: image && { url: image },
  });
}
