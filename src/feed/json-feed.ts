/** Maps a JSON Feed 1.0 or 1.1 object to the model. */
import { parseDate } from './dates.js';
import { squash } from './text.js';
import type { Feed, Image, Story } from './types.js';
import { absolute, resolveHtml } from './urls.js';
import { escapeHtml } from './xml.js';

// JSON is untrusted: every field is checked for its type before use.
type Json = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);
const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});

/** Whether a parsed JSON value is a JSON Feed (a `version` from jsonfeed.org, or at least an `items` array). */
export const isJsonFeed = (data: unknown): data is Json =>
  /jsonfeed\.org/.test(String(obj(data).version)) || Array.isArray(obj(data).items);

/** Reads a JSON Feed into the model; URLs resolve against the home page, then the document URL. */
export function readJsonFeed(data: Json, url: string | undefined): Feed {
  const base = absolute(str(data.home_page_url), url) ?? url;
  const link = (v: unknown) => absolute(str(v), base);
  const feed: Feed = { format: 'json', items: [] };
  const set = <T extends object>(o: T, k: keyof T, v: unknown) =>
    v !== undefined && ((o as Json)[k as string] = v);
  set(feed, 'title', str(data.title) && squash(data.title as string));
  set(feed, 'link', link(data.home_page_url));
  set(feed, 'description', str(data.description));
  set(feed, 'language', str(data.language));
  const icon = link(data.icon) ?? link(data.favicon);
  set(feed, 'image', icon && { url: icon });
  for (const raw of Array.isArray(data.items) ? data.items : []) {
    const it = obj(raw);
    const story: Story = {
      title: squash(str(it.title) ?? ''),
      categories: Array.isArray(it.tags) ? it.tags.filter(str) : [],
    };
    set(story, 'id', it.id != null && it.id !== '' ? String(it.id) : undefined);
    set(story, 'link', link(it.url) ?? link(it.external_url));
    // JSON Feed's summary and content_text are plain text; the model's summary is HTML.
    const text = str(it.summary) ?? str(it.content_text);
    set(story, 'summary', text && escapeHtml(text));
    set(story, 'contentHtml', str(it.content_html) && resolveHtml(it.content_html as string, base));
    set(story, 'published', parseDate(str(it.date_published)) ?? undefined);
    set(story, 'updated', parseDate(str(it.date_modified)) ?? undefined);
    // 1.1 has `authors`, 1.0 a single `author`; items inherit the feed's.
    const people = [it.authors, it.author, data.authors, data.author].find((a) => a) ?? [];
    const authors = (Array.isArray(people) ? people : [people])
      .map((p) => ({ name: squash(str(obj(p).name) ?? ''), url: link(obj(p).url) }))
      .filter((p) => p.name)
      .map((p) => (p.url ? p : { name: p.name }));
    if (authors.length) {
      story.author = authors.map((a) => a.name).join(', ');
      story.authors = authors;
    }
    let image: Image | undefined;
    const src = link(it.image) ?? link(it.banner_image);
    if (src) image = { url: src };
    for (const a of Array.isArray(it.attachments) ? it.attachments : []) {
      const at = obj(a);
      const u = !image && /^image\//.test(String(at.mime_type)) && link(at.url);
      if (u) image = { url: u };
    }
    set(story, 'image', image);
    feed.items.push(story);
  }
  return feed;
}
