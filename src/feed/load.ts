import { join } from './join.js';
import { readBody } from './body.js';
import { decodeFeed } from './charset.js';
import { FeedError } from './errors.js';
import { parseFeed } from './parse.js';
import type { Feed } from './types.js';
import { absolute as resolve } from './urls.js';

/** Options of {@link loadFeed}. */
export interface LoadFeedOptions {
  /**
   * Cancels this call, which rejects with code `aborted`. Callers share one request per URL; the request itself
   * is cancelled only when every caller waiting for it has aborted.
   */
  signal?: AbortSignal;
  /**
   * Milliseconds before the request fails with code `timeout` (the first caller's value counts). Default 15000;
   * a value that is not a positive number means the default, and `Infinity` about 24 days (no timeout).
   */
  timeout?: number;
  /**
   * The largest body read, in bytes: a bigger one (an audio stream, a file that never ends) fails with code
   * `too-large` as soon as it passes the limit, instead of filling memory. Default 32 MiB (feeds of thousands of
   * items weigh a few).
   */
  maxBytes?: number;
  /**
   * Read the feed through a proxy: a URL template in which `{url}` becomes the encodeURIComponent'ed feed URL
   * (`https://proxy.example/?url={url}`), or a prefix the encoded URL is appended to.
   */
  proxy?: string;
  /** The `fetch` to use. Default: the global one. */
  fetch?: typeof fetch;
  /**
   * Go to the network even inside the refresh floor or the backoff window (a user's "Refresh"); not before the time
   * a failed request's `Retry-After` gave.
   */
  force?: boolean;
  /**
   * Milliseconds during which a feed fetched or revalidated by any caller is fresh enough for this one, even when
   * the server allows no caching: ten elements polling one URL every minute then make one request a minute
   * between them, not ten.
   */
  maxAge?: number;
}

/**
 * What we know about one feed URL. Every field starts undefined. The one-letter fields keep the bundle small; the
 * type never leaves this module.
 */
interface Entry {
  /** The last good feed. */
  f?: Feed;
  /** The last failure, thrown again inside the backoff when there is no good feed to fall back on. */
  e?: FeedError;
  /** The validators of the response that gave `f`: its ETag and Last-Modified. */
  t?: string | null;
  m?: string | null;
  /** RSS `<ttl>` in seconds, kept for 304 answers, which have no body to read it from. */
  ttl?: number;
  /** No network before this time (ms): the refresh floor after a success, the backoff after a failure. */
  u?: number;
  /** When `f` was last fetched or revalidated (ms). */
  d?: number;
  /** After a failure, the time before which the server asked not to be asked again (`Retry-After`), even by force. */
  r?: number;
  /** The last backoff step (ms): doubled by each failure, back to 0 by a success. */
  s?: number;
  /** The request in progress, shared by every caller. */
  p?: Promise<Feed>;
  /** Cancels that request. */
  c?: AbortController;
  /**
   * The callers still waiting for that request, counted afresh for each one: an abort counts its caller out, and
   * a caller without a signal never leaves, so the request is cancelled only when every caller has aborted.
   */
  w?: number;
}

const cache = new Map<string, Entry>();
/**
 * Back online, feeds that failed for want of a network may be asked again at once: a laptop that was offline for
 * half an hour must not wait out the hour-long backoff those failures built up. (Listened for from the first load.)
 */
let online: (() => void) | undefined;
/** The cap of both the backoff and the refresh floor (ms). */
const CAP = 36e5;
/** The page's location, undefined in Node. */
const here: Location | undefined = globalThis.location;

/**
 * Loads, decodes and parses a feed, politely. One in-memory cache is shared by every caller in the page:
 * - concurrent calls for a URL share one request;
 * - after a success, calls return the cached feed without a request until the refresh floor, the largest of
 *   `Cache-Control: max-age`, RSS `<ttl>` and `Retry-After` (capped at an hour); later calls revalidate with
 *   `If-None-Match` / `If-Modified-Since` (cross-origin, through the browser's HTTP cache, which needs no CORS
 *   preflight), and an unchanged feed resolves to the same `Feed` object;
 * - a failure (any code but `aborted` and `invalid-url`) rejects, then starts an exponential backoff with
 *   jitter (5 s, 10 s, 20 s... up to an hour, at least `Retry-After`). Inside it, calls make no request: they
 *   return the last good feed if there is one (stale beats nothing for a news list), else reject at once with
 *   the same error.
 * `force` skips the floor and the backoff; `maxAge` shares a recent answer between callers. See {@link nextRefresh}
 * to schedule polling.
 * @param url An absolute http(s) URL, or one relative to the document.
 * @throws {FeedError} with code `invalid-url`, `network`, `cors`, `timeout`, `aborted`, `http` (with
 * `status`), `too-large`, `not-a-feed` or `empty`.
 */
export async function loadFeed(url: string, options: LoadFeedOptions = {}): Promise<Feed> {
  const { signal } = options;
  const href = absolute(url);
  // (Credentials are neither sent nor repeated in the error, however the URL spells them.)
  const shown = url.replace(/^(\s*(?:[a-z][\w+.-]*:)?[\\/]*)[^/\\?#]*@/i, '$1');
  if (!href)
    throw new FeedError('invalid-url', `"${shown}" is not an http(s) URL without credentials.`, {
      url: shown,
    });
  const key = target(href, options.proxy);
  // A proxy template that makes no URL is a mistake to fix, not a network failure to retry. The key (a proxy's may
  // be relative) resolves against the page's URL, not its origin, which is "null", no base at all, in a file: page.
  const fetched = parse(key, here?.href);
  if (!/^https?:$/.test(fetched?.protocol ?? ''))
    throw new FeedError('invalid-url', `The proxy "${options.proxy}" gives no http(s) URL.`, { url: href });
  const aborted = () => new FeedError('aborted', 'Aborted.', { url: href, cause: signal?.reason });
  if (signal?.aborted) throw aborted();
  if (!online) {
    online = () => {
      // (A backoff step says the last answer was a failure.)
      for (const e of cache.values()) if (e.s && e.e?.code == 'network') e.u = e.s = 0;
    };
    globalThis.addEventListener?.('online', online);
  }
  const entry: Entry = cache.get(key) ?? {};
  // At most 64 URLs are remembered, the least recently asked for going first, so that an app showing one feed after
  // another does not keep them all; never the URL asked for, nor one loading or backing off after a failure, whose
  // floor must hold (past 64 failing feeds the cache grows rather than forget a Retry-After).
  cache.delete(key);
  cache.set(key, entry);
  const now = Date.now();
  for (const [k, e] of cache)
    if (cache.size > 64 && k != key && !e.p && !(e.s && now < e.u!)) cache.delete(k);
  let flight = entry.p;
  if (!flight) {
    if (options.force ? now < entry.r! : now < entry.u! || now - entry.d! < options.maxAge!) {
      if (entry.f) return entry.f;
      throw entry.e;
    }
    entry.w = 0;
    // (Cross-origin in a page only.)
    const cross = !!here && fetched!.origin != here.origin;
    flight = entry.p = request(entry, href, key, cross, options).finally(() => {
      if (entry.p == flight) entry.p = undefined;
    });
  }
  entry.w!++;
  return join(flight, signal, aborted, () => {
    // Nobody waits any more: stop the download, and let the next call start afresh rather than join it.
    if (!--entry.w! && entry.p == flight) {
      entry.p = undefined;
      entry.c!.abort(aborted());
    }
  });
}

/**
 * When a call to {@link loadFeed} for this URL may next go to the network (ms since the epoch), i.e. the end
 * of the refresh floor or of the backoff; 0 for a URL never loaded. A poller waits at least until then.
 * @param url The feed URL, as given to `loadFeed`.
 * @param options The same `proxy` as given to `loadFeed`.
 */
export function nextRefresh(url: string, options: { proxy?: string } = {}): number {
  const href = absolute(url);
  return (href && cache.get(target(href, options.proxy))?.u) || 0;
}

/** Forgets every cached feed, validator and backoff (requests in flight still finish). For tests and apps. */
export function clearFeedCache(): void {
  cache.clear();
}

/**
 * The URL resolved against the document, when it is http(s) and carries no credentials, without its fragment
 * (`feed#a` and `feed` are one feed, one request).
 */
function absolute(url: string): string | undefined {
  // (`resolve` gives undefined for no URL, or one not http(s).)
  const u = parse(resolve(url, globalThis.document?.baseURI ?? here?.href));
  if (u && !u.username && !u.password) {
    u.hash = '';
    return u.href;
  }
}

/** `url` parsed against `base`; undefined when it is no URL (`new URL(undefined)` throws too). */
function parse(url: string | undefined, base?: string): URL | undefined {
  try {
    return new URL(url!, base);
  } catch {
    // No URL.
  }
}

/** The URL to fetch: the feed's own, or the proxy's with the encoded feed URL at `{url}`, else at the end. */
export function target(href: string, proxy?: string): string {
  // The regexp matches the first `{url}`, or failing that the empty string at the end.
  return proxy ? proxy.replace(/\{url\}|$/, encodeURIComponent(href)) : href;
}

/** One request for `loadFeed`: fetch, decode, parse, and the cache entry's bookkeeping. */
async function request(
  entry: Entry,
  url: string,
  key: string,
  cross: boolean,
  options: LoadFeedOptions,
): Promise<Feed> {
  const { proxy, fetch: fetcher = fetch } = options;
  // (setTimeout takes at most 2^31 - 1 ms, and fires at once past it.)
  const timeout = options.timeout! > 0 ? Math.min(options.timeout!, 2 ** 31 - 1) : 15e3;
  const ctrl = (entry.c = new AbortController());
  const { signal } = ctrl;
  const timer = setTimeout(
    () => ctrl.abort(new FeedError('timeout', `Timed out after ${timeout} ms.`, { url })),
    timeout,
  );
  let res: Response | undefined;
  let retry = 0;
  try {
    // Same origin (or Node), we send our own validators: the browser then skips its HTTP cache and hands us the
    // 304 itself. Cross-origin, such headers would cost a CORS preflight that many feed servers which do allow
    // reads fail, so there `no-cache` lets the browser's HTTP cache revalidate with its stored validators, and
    // a 200 carrying the validator we have is that revalidation (see below).
    res = await fetcher(key, {
      signal,
      headers: cross
        ? {}
        : {
            ...(entry.t && { 'if-none-match': entry.t }),
            ...(entry.m && { 'if-modified-since': entry.m }),
          },
      cache: cross || options.force ? 'no-cache' : undefined,
    });
    // (A `Response.error()` from a custom fetch is a network failure, not an HTTP status 0.)
    if (!res.status) throw new TypeError('Network error');
    const h = res.headers;
    const now = Date.now();
    const after = h.get('retry-after');
    // Retry-After is seconds or an HTTP date (`+null` is 0, and `Date.parse('null')` NaN).
    retry = +after! || (Date.parse(after!) - now) / 1e3 || 0;
    const etag = h.get('etag');
    const modified = h.get('last-modified');
    let feed = entry.f;
    // A 304, or cross-origin a 200 with the validator of the feed we have (the browser's own revalidation): the
    // same document, so the same Feed object. Elsewhere we sent the validators ourselves, so a 200 is new content.
    if (
      !feed ||
      !(res.status == 304 || (cross && res.ok && (etag ? etag == entry.t : modified && modified == entry.m)))
    ) {
      if (!res.ok) {
        // (An error page is not read: its connection is freed at once.)
        res.body?.cancel().catch(() => {});
        throw new FeedError('http', `HTTP ${res.status}.`, { url, status: res.status });
      }
      const max = options.maxBytes! > 0 ? options.maxBytes! : 2 ** 25;
      const text = decodeFeed(await readBody(res, url, max), h.get('content-type'));
      // Behind a proxy, relative links resolve against the feed's own URL, not the proxy's.
      feed = parseFeed(text, { url: proxy ? url : res.url || url });
      entry.t = etag;
      entry.m = modified;
      entry.ttl = feed.format == 'rss' ? 60 * channelTtl(text) : 0;
    } else res.body?.cancel().catch(() => {});
    // (Directive names are case-insensitive and values may be quoted; a shared cache's `Age` is time used up, and
    // past max-age leaves it below 0, which the TTL, 0 or more, outweighs below.)
    const maxAge =
      +(/max-age\s*=\s*"?(\d+)/i.exec(h.get('cache-control') ?? '')?.[1] ?? 0) -
      (parseInt(h.get('age')!) || 0);
    entry.f = feed;
    entry.s = entry.r = 0;
    entry.d = now;
    // (Whole milliseconds: a timer set for the difference must not wake a fraction too early.)
    entry.u = Math.ceil(now + Math.min(1e3 * Math.max(maxAge, entry.ttl!, retry), CAP));
    return feed;
  } catch (caught) {
    // Browsers report a CORS refusal as the same TypeError as a dead network. When a cross-origin fetch gives no
    // response, a `no-cors` probe tells them apart: if it gets through, the server answered and only the
    // permission to read was missing.
    const cors = cross && !res && !proxy && (await fetcher(key, { mode: 'no-cors', signal }).catch(() => {}));
    // A timeout or abort may surface as the fetch's or the body's AbortError: the signal's reason names it.
    // Past those, an error that is no FeedError is the network's: no response, or a body cut short.
    const error: FeedError = signal.aborted
      ? signal.reason
      : caught instanceof FeedError
        ? caught
        : new FeedError(
            cors ? 'cors' : 'network',
            cors
              ? `The feed's server does not allow cross-origin reads: set the proxy option, e.g. proxy="https://your-proxy.example/?url={url}".`
              : 'The feed could not be reached.',
            { url, cause: caught },
          );
    if (error.code != 'aborted') {
      // 5 s, doubled by each failure up to the cap, half of it fixed and half random ("equal jitter"): pages
      // that failed together do not retry together.
      // (Offline, the step does not grow: the network, not the server, is away.)
      const step = (entry.s =
        error.code == 'network' && globalThis.navigator?.onLine === false
          ? 5e3
          : Math.min(2 * entry.s! || 5e3, CAP));
      entry.u = Math.ceil(Date.now() + Math.max((step / 2) * (1 + Math.random()), 1e3 * retry));
      entry.r = Date.now() + 1e3 * retry;
      entry.e = error;
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * An RSS channel's `<ttl>` in minutes, 0 without one: the first `<ttl>` outside comments and CDATA (one quoted in
 * an item's text is no channel's). Only the first few are looked at, so hostile text stays cheap.
 */
function channelTtl(text: string): number {
  let seen = 0;
  for (const m of text.matchAll(/<ttl>\s*(\d+)/g)) {
    const at = m.index!;
    if (
      text.lastIndexOf('<!--', at) <= text.lastIndexOf('-->', at) &&
      text.lastIndexOf('<![CDATA[', at) <= text.lastIndexOf(']]>', at)
    )
      return +m[1]!;
    if (++seen == 8) break;
  }
  return 0;
}
