import { join } from '../../feed/join.js';
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
  const { text, url: finalUrl } = await fetchText(url, signal);
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
        // (Bounded: `[^>]{0,300}`, one `\s*` around the optional `[`, and the page's first 256 KB, where its head is.)
        const articleish =
          /og:type["'][^>]{0,300}article|article:published_time|itemprop=["']?(headline|articleBody|datePublished)\b|"@type"\s*:\s*(?:\[\s*)?"[^"]{0,100}(Article|Posting)"/i.test(
            text.slice(0, 262_144),
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

/** A request for a `src`, shared by every element asking for its URL. */
interface Shared {
  /** The text of the answer and its final URL (after redirects). */
  p: Promise<{ text: string; url: string }>;
  /** Cancels the request: when every element waiting for it has gone. */
  c: AbortController;
  /** The elements waiting. */
  w: number;
}
const shared = new Map<string, Shared>();

/**
 * The text at `url`, decoded as feeds are (BOM, HTTP charset, XML or HTML declaration), politely: elements asking
 * for one URL at once, or within 5 s of its answer (a list re-rendered, React's StrictMode mounting twice), share one
 * request; it is cancelled only when every one of them has aborted. A failure is not kept: the next ask tries again.
 */
function fetchText(url: string, signal: AbortSignal): Promise<{ text: string; url: string }> {
  let entry = shared.get(url);
  if (!entry) {
    const c = new AbortController();
    // One timeout for the whole exchange, so a server that never answers cannot leave a skeleton forever.
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      c.abort();
    }, TIMEOUT);
    const failure = (cause: unknown, doing: string) =>
      timedOut
        ? new FeedError('timeout', `${url} did not answer within ${TIMEOUT / 1000} s.`, { cause, url })
        : c.signal.aborted
          ? new FeedError('aborted', 'The load was aborted.', { cause, url })
          : new FeedError('network', `Could not ${doing} ${url}.`, { cause, url });
    const p = (async () => {
      let response: Response;
      try {
        response = await fetch(url, { signal: c.signal, headers: { accept: ACCEPT } });
      } catch (cause) {
        throw failure(cause, 'fetch');
      }
      if (!response.ok) {
        response.body?.cancel().catch(() => {});
        throw new FeedError('http', `${url} answered HTTP ${response.status}.`, {
          status: response.status,
          url,
        });
      }
      try {
        // Feeds declare their charset in the XML, not always in HTTP: decode the bytes as XML processors do.
        // (At most 32 MiB, as for feeds: an endless or huge page must not fill memory.)
        const text = decodeFeed(await readBody(response, url), response.headers.get('content-type'));
        return { text, url: response.url || url };
      } catch (cause) {
        throw cause instanceof FeedError ? cause : failure(cause, 'read');
      }
    })();
    const own: Shared = (entry = { p, c, w: 0 });
    shared.set(url, own);
    const forget = () => shared.get(url) === own && shared.delete(url);
    p.then(() => setTimeout(forget, 5000), forget).finally(() => clearTimeout(timer));
  }
  const own = entry;
  own.w++;
  return join(
    own.p,
    signal,
    () => new FeedError('aborted', 'The load was aborted.', { cause: signal.reason, url }),
    () => {
      // Nobody waits any more: stop the download, and let the next ask start afresh rather than join it.
      if (!--own.w && shared.get(url) === own) {
        shared.delete(url);
        own.c.abort();
      }
    },
  );
}

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
