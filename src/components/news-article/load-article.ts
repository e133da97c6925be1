import { readBody } from '../../feed/body.js';
import { decodeFeed } from '../../feed/charset.js';
import { FeedError } from '../../feed/errors.js';
import { normalizeStory } from '../../feed/normalize.js';
import { parseFeed } from '../../feed/parse.js';
import type { Feed, Story } from '../../feed/types.js';
import { feedLinks, isHtmlPage } from '../../shared/web-page.js';
import { readArticlePage } from './article-page.js';
import { lenientJson } from '../../shared/lenient-json.js';

/** What a `src` URL held: one article, or a feed to pick an item from. */
export type Loaded =
  { kind: 'article'; story: Story; url: string } | { kind: 'feed'; feed: Feed; url: string };

/**
 * Fetches `src` and reads it as an article or as a feed to pick an item from:
 * - JSON: our Story, a JSON Feed item or JSON-LD (a JSON Feed, with its `items` array, is a feed);
 * - an HTML page: its article (JSON-LD, Open Graph and meta tags), else the first feed it links to
 *   (`fromPage`: this is that feed's load, which follows no further page);
 * - anything else: a feed (RSS, Atom, RDF: anything `parseFeed` reads).
 * Failures are `FeedError`s (`network`, `http` with `status`, `aborted`, `timeout`, `invalid-url`, `too-large`
 * past 32 MiB, `not-a-story`, or `parseFeed`'s own codes).
 */
export async function loadArticle(src: string, signal: AbortSignal, fromPage = false): Promise<Loaded> {
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch (cause) {
    throw new FeedError('invalid-url', `Not a URL: ${src}`, { cause, url: src });
  }
  // Only the web's own schemes, as for feeds (`javascript:`, `data:`, `ftp:` and `about:` are no article).
  if (!/^https?:/.test(url))
    throw new FeedError('invalid-url', `"${src}" is not an http(s) URL.`, { url: src });
  // One timeout for the whole exchange, so a server that never answers cannot leave a skeleton forever.
  // The caller's signal and the timeout are joined by hand, not with AbortSignal.any: that needs Safari 17.4 and
  // Firefox 124, and without it every `src` load failed with a TypeError in older Safari and Firefox ESR 115.
  const both = new AbortController();
  const abort = () => both.abort(signal.reason);
  if (signal.aborted) abort();
  else signal.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timeout = setTimeout(() => {
    timedOut = true;
    both.abort();
  }, TIMEOUT);
  const failure = (cause: unknown, doing: string) =>
    signal.aborted
      ? new FeedError('aborted', 'The load was aborted.', { cause, url })
      : timedOut
        ? new FeedError('timeout', `${url} did not answer within ${TIMEOUT / 1000} s.`, { cause, url })
        : new FeedError('network', `Could not ${doing} ${url}.`, { cause, url });
  let response: Response;
  let text: string;
  try {
    try {
      response = await fetch(url, { signal: both.signal, headers: { accept: ACCEPT } });
    } catch (cause) {
      throw failure(cause, 'fetch');
    }
    if (!response.ok) {
      throw new FeedError('http', `${url} answered HTTP ${response.status}.`, {
        status: response.status,
        url,
      });
    }
    try {
      // Feeds declare their charset in the XML, not always in HTTP: decode the bytes as XML processors do.
      // (At most 32 MiB, as for feeds: an endless or huge page must not fill memory.)
      text = decodeFeed(await readBody(response, url), response.headers.get('content-type'));
    } catch (cause) {
      throw cause instanceof FeedError ? cause : failure(cause, 'read');
    }
  } finally {
    clearTimeout(timeout);
    signal.removeEventListener('abort', abort);
  }
  const finalUrl = response.url || url;
  const json = readJson(text);
  if (json !== undefined && !isJsonFeed(json)) {
    try {
      return { kind: 'article', story: normalizeStory(json, { baseUrl: finalUrl }), url: finalUrl };
    } catch (cause) {
      throw withUrl(cause, finalUrl);
    }
  }
  try {
    // An article's own web page: its JSON-LD and Open Graph tags. (Sniffed, not taken from the content type:
    // misconfigured servers send feeds as text/html.)
    if (!fromPage && isHtmlPage(text)) {
      try {
        return { kind: 'article', story: readArticlePage(text, finalUrl), url: finalUrl };
      } catch (error) {
        // No article, but a feed link (a site's home page): the feed, and so its newest story. One hop only. Not
        // from a page that shows an article it could not read (microdata, broken JSON-LD, og:type article): that
        // is an error, never some other story of the site.
        const articleish =
          /og:type["'][^>]*article|article:published_time|itemprop=["']?(headline|articleBody|datePublished)\b|"@type"\s*:\s*\[?\s*"[^"]*(Article|Posting)"/i.test(
            text,
          );
        const feed = !articleish && feedLinks(text, finalUrl)[0];
        if (!feed) throw error;
        return await loadArticle(feed, signal, true);
      }
    }
    return { kind: 'feed', feed: parseFeed(text, { url: finalUrl }), url: finalUrl };
  } catch (cause) {
    throw withUrl(cause, finalUrl);
  }
}

/** How long a load may take before it fails with code `timeout`. */
const TIMEOUT = 15000;

const ACCEPT =
  'application/json, application/ld+json, application/feed+json, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.8, */*;q=0.7';

function readJson(text: string): unknown {
  const t = text.trim();
  if (!t.startsWith('{') && !t.startsWith('[')) return undefined;
  return lenientJson(t);
}

function isJsonFeed(json: unknown): boolean {
  return typeof json === 'object' && json !== null && Array.isArray((json as { items?: unknown }).items);
}

function withUrl(cause: unknown, url: string): FeedError {
  if (cause instanceof FeedError) {
    return cause.url ? cause : new FeedError(cause.code, cause.message, { status: cause.status, url, cause });
  }
  return new FeedError('not-a-story', `Could not read ${url}.`, { url, cause });
}

/**
 * The item of `feed` that `item` names: an exact id, an exact link (absolute or relative to `feedUrl`), or a
 * zero-based index. Without `item`, the newest dated item (the first item when none is dated).
 * @throws {FeedError} `empty` for a feed without items, `not-a-story` when `item` names none.
 */
export function pickItem(feed: Feed, item: string, feedUrl: string): Story {
  const items = feed.items;
  if (items.length === 0) throw new FeedError('empty', 'The feed has no items.', { url: feedUrl });
  const wanted = item.trim();
  if (!wanted) return newest(items);
  const byId = items.find((s) => s.id === wanted);
  if (byId) return byId;
  let absolute: string | undefined;
  try {
    absolute = new URL(wanted, feedUrl).href;
  } catch {
    absolute = undefined;
  }
  const byLink = items.find((s) => s.link !== undefined && (s.link === wanted || s.link === absolute));
  if (byLink) return byLink;
  if (/^\d+$/.test(wanted) && Number(wanted) < items.length) return items[Number(wanted)]!;
  throw new FeedError('not-a-story', `The feed has no item "${wanted}".`, { url: feedUrl });
}

function newest(items: Story[]): Story {
  let best: Story | undefined;
  let bestTime = -Infinity;
  for (const s of items) {
    const t = s.published ? Date.parse(s.published) : NaN;
    if (!Number.isNaN(t) && t > bestTime) {
      best = s;
      bestTime = t;
    }
  }
  return best ?? items[0]!;
}
