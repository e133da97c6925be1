import type { Feed, Story } from '../../feed/types.js';
import { normalizeStory } from '../../feed/normalize.js';
import { FeedError } from '../../feed/errors.js';
import { mergeStories } from './merge.js';
import { documentBase } from '../../shared/context.js';
import { jsonData } from '../../shared/lenient-json.js';

/** Data the page itself gives `<latest-stories>`: the `stories` property and a child JSON script. */

/** Each item through `normalizeStory` (relative URLs against the page); unreadable items are skipped. */
export function normalizeAll(items: unknown[]): Story[] {
  const out: Story[] = [];
  if (!Array.isArray(items)) return out;
  for (const item of items) {
    try {
      // Relative links and images in page data are relative to the page.
      out.push(normalizeStory(item, { baseUrl: documentBase() }));
    } catch {
      // An unreadable item is skipped; the others still show.
    }
  }
  return out;
}

/**
 * The data of a `<script type="application/json">`: an array of stories, or a feed object with `items`, in JSON as
 * CMSes write it (see jsonData: trailing commas, comments, raw line breaks in strings are read).
 * @throws {SyntaxError} when the text is not JSON even so.
 * @throws {FeedError} `not-a-feed` when it is JSON of another shape.
 */
export function readJsonData(text: string): { stories: Story[]; feed?: Feed } {
  const json = jsonData(text);
  if (Array.isArray(json)) return { stories: normalizeAll(json) };
  if (json && typeof json === 'object' && Array.isArray((json as { items?: unknown }).items)) {
    const obj = json as { items: unknown[]; title?: unknown; link?: unknown; home_page_url?: unknown };
    const stories = normalizeAll(obj.items);
    const feed: Feed = {
      format: 'version' in obj ? 'json' : ((obj as { format?: Feed['format'] }).format ?? 'json'),
      title: typeof obj.title === 'string' ? obj.title : undefined,
      items: stories,
    };
    return { stories: mergeStories([stories.map((story) => ({ story }))]), feed };
  }
  throw new FeedError(
    'not-a-feed',
    'The JSON data script holds no stories: give an array, or an object with items.',
  );
}

/** What the element's light-DOM children hold. */
export interface LightDom {
  /** Content other than the data script, the card template and named-slot children: the fallback. */
  hasFallback: boolean;
  template: HTMLTemplateElement | null;
  /** The text of the first `<script type="application/json">` child, or `''`. */
  scriptText: string;
}

/** Sorts the children of `host` into fallback content, the card template and the JSON data. */
export function readLightDom(host: Element): LightDom {
  let hasFallback = false;
  let template: HTMLTemplateElement | null = null;
  let script: HTMLScriptElement | null = null;
  for (const node of host.childNodes) {
    if (node instanceof HTMLTemplateElement) {
      if (node.hasAttribute('data-story')) template ??= node;
    } else if (node instanceof HTMLScriptElement) {
      if (node.type === 'application/json') script ??= node;
    } else if (node instanceof Element) {
      if (!node.hasAttribute('slot')) hasFallback = true;
    } else if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) hasFallback = true;
  }
  return { hasFallback, template, scriptText: script?.textContent ?? '' };
}
