import { trimEnd } from '../../feed/trim.js';
import type { Feed, Story } from '../../feed/types.js';
import { htmlToText } from './html-text.js';

/**
 * Merging, deduplicating, sorting and filtering stories: the DOM-free half of `<latest-stories>`.
 */

/** A story with the feed URL it came from (to scope bare ids such as `"1"` to their feed). */
export interface SourcedStory {
  story: Story;
  feedUrl?: string;
}

const TRACKING_PARAM = /^(?:utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_hsenc|_hsmi|igshid)$/i;

/**
 * The link that identifies a story whatever the tracking decorations: scheme-less (`http` and `https` are
 * the same story), lower-case host, no `utm_*` or click-id parameters, no fragment, no trailing slash.
 * Returns `''` for a missing or unreadable link.
 */
export function canonicalLink(link: string | undefined): string {
  if (!link) return '';
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return '';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
  const kept = [...url.searchParams].filter(([key]) => !TRACKING_PARAM.test(key));
  const query = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  const path = trimEnd(url.pathname, '/');
  return `${url.host}${path}${query}`;
}

/**
 * The keys under which a story counts as already seen. Ids that look global (a URL, URN or tag URI) are
 * compared across feeds; bare ids (`"1"`, `"42"`) only within their own feed, since two feeds numbering
 * their items from 1 are not publishing the same stories.
 */
export function storyKeys(story: Story, feedUrl?: string): string[] {
  const keys: string[] = [];
  const id = story.id?.trim();
  if (id) keys.push(id.includes(':') ? `id ${id}` : `id ${feedUrl ?? ''} ${id}`);
  const link = canonicalLink(story.link);
  if (link) keys.push(`link ${link}`);
  const title = story.title?.trim().toLowerCase().replace(/\s+/g, ' ');
  const date = storyTime(story);
  if (title && !Number.isNaN(date)) keys.push(`title ${title} ${date}`);
  return keys;
}

/** A story's publication time in ms (falling back to its update time), `NaN` when it has none. */
export function storyTime(story: Story): number {
  const iso = story.published || story.updated;
  return iso ? Date.parse(iso) : NaN;
}

/**
 * One list from several feeds: duplicates dropped (same id, else same canonical link, else same title and
 * date; the first copy wins), then sorted newest first when `sort` is true. The sort is stable and puts
 * undated stories after dated ones, in their original order.
 */
export function mergeStories(lists: SourcedStory[][], sort = lists.length > 1): Story[] {
  const seen = new Set<string>();
  const out: Story[] = [];
  for (const list of lists) {
    for (const { story, feedUrl } of list) {
      const keys = storyKeys(story, feedUrl);
      if (keys.some((k) => seen.has(k))) continue;
      for (const k of keys) seen.add(k);
      out.push(story);
    }
  }
  if (!sort) return out;
  const timed = out.map((story, index) => ({ story, index, time: storyTime(story) }));
  timed.sort((a, b) => {
    const an = Number.isNaN(a.time);
    const bn = Number.isNaN(b.time);
    if (an || bn) return an === bn ? a.index - b.index : an ? 1 : -1;
    return b.time - a.time || a.index - b.index;
  });
  return timed.map((t) => t.story);
}

/** Splits a comma-separated keyword attribute (`"climate, energy"`) into trimmed, non-empty keywords. */
export function parseKeywords(value: string | null | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A matcher for keywords, case-insensitive, on whole words: `art` matches "Art" and "modern art" but not
 * "start". A keyword may hold several words ("climate change"). Returns `null` for no keywords.
 */
export function keywordMatcher(keywords: string[]): RegExp | null {
  if (keywords.length === 0) return null;
  const alternatives = keywords.map((k) => escapeRegExp(k).replace(/\s+/g, '\\s+')).join('|');
  // The start of the text or a non-word character before, consumed rather than a lookbehind `(?<!…)`: only
  // `test()` uses it, and lookbehind throws a SyntaxError in Safari before 16.4.
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu');
}

/** The text keyword filters look at: title, summary text and categories. */
export function filterText(story: Story): string {
  return [story.title ?? '', htmlToText(story.summary, 2000), ...(story.categories ?? [])].join('\n');
}

/**
 * Keeps the stories that match any `include` keyword (all of them when there is none) and none of the
 * `exclude` keywords.
 */
export function filterStories(stories: Story[], include: string[], exclude: string[]): Story[] {
  const inc = keywordMatcher(include);
  const exc = keywordMatcher(exclude);
  if (!inc && !exc) return stories;
  return stories.filter((story) => {
    const text = filterText(story);
    if (inc && !inc.test(text)) return false;
    if (exc && exc.test(text)) return false;
    return true;
  });
}

/** `url` when it is an absolute http(s) URL, else `undefined`: the only URLs that become `href` or `src`. */
export function safeUrl(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A stable key of a story for "is it new?" comparisons between refreshes. */
export function storyIdentity(story: Story): string {
  return story.id?.trim() || canonicalLink(story.link) || `${story.title} ${story.published ?? ''}`;
}

/**
 * The stories of several loaded feeds as one river (see {@link mergeStories}). When there is more than one
 * feed, a story without a `source` gets its feed's title and link as its source, so readers see where it
 * came from.
 */
export function mergeFeeds(feeds: { url: string; feed: Feed }[], sort: boolean): Story[] {
  const several = feeds.length > 1;
  return mergeStories(
    feeds.map(({ url, feed }) =>
      feed.items.map((story) => ({
        story:
          several && !story.source && feed.title
            ? { ...story, source: { title: feed.title, link: feed.link } }
            : story,
        feedUrl: url,
      })),
    ),
    sort,
  );
}
