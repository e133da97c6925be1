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
  /** Milliseconds before the request fails with code `timeout` (the first caller's value counts). Default 15000. */
  timeout?: number;
  /**
   * Read the feed through a proxy: a URL template in which `{url}` becomes the encodeURIComponent'ed feed URL
   * (`https://proxy.example/?url={url}`), or a prefix the encoded URL is appended to.
   */
  proxy?: string;
  /** The `fetch` to use. Default: the global one. */
  fetch?: typeof fetch;
  /** Go to the network even inside the refresh floor or the backoff window (a user's "Refresh"). */
  force?: boolean;
}

/** What we know about one feed URL. */
interface Entry {
  feed?: Feed;
  etag?: string | null;
  modified?: string | null;
  /** RSS `<ttl>` in seconds, kept for 304 answers, which have no body to read it from. */
  ttl?: number;
  /** No network before this time (ms): the refresh floor after a success, the backoff after a failure. */
  until: number;
  error?: FeedError;
  fails: number;
  /** The request in progress, shared by every caller. */
  flight?: Promise<Feed>;
  waiters: number;
  ctrl?: AbortController;
}

const cache = new Map<string, Entry>();
/** First backoff step and the cap of both the backoff and the refresh floor. */
const BACKOFF = 5e3;
const CAP = 36e5;

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
 * `force` skips the floor and the backoff. See {@link nextRefresh} to schedule polling.
 * @param url An absolute http(s) URL, or one relative to the document.
 * @throws {FeedError} with code `invalid-url`, `network`, `cors`, `timeout`, `aborted`, `http` (with
 * `status`), `not-a-feed` or `empty`.
 */
export async function loadFeed(url: string, options: LoadFeedOptions = {}): Promise<Feed> {
  const { signal } = options;
  const href = absolute(url);
  const key = target(href, options.proxy);
  const aborted = () => new FeedError('aborted', 'Aborted.', { url: href, cause: signal?.reason });
  if (signal?.aborted) throw aborted();
  let entry = cache.get(key);
  if (!entry) cache.set(key, (entry = { until: 0, fails: 0, waiters: 0 }));
  const e = entry;
  if (!e.flight) {
    if (!options.force && Date.now() < e.until) {
      if (e.feed) return e.feed;
      throw e.error;
    }
    const flight: Promise<Feed> = (e.flight = request(e, href, key, options).finally(() => {
      if (e.flight == flight) e.flight = undefined;
    }));
  }
  const flight = e.flight;
  e.waiters++;
  return new Promise((resolve, reject) => {
    const abort = () => {
      reject(aborted());
      // Nobody waits any more: stop the download, and let the next call start afresh rather than join it.
      if (!--e.waiters) {
        if (e.flight == flight) e.flight = undefined;
        e.ctrl?.abort(aborted());
      }
    };
    signal?.addEventListener('abort', abort, { once: true });
    flight
      .finally(() => {
        // Exactly one of `abort` and this counts the caller out: `abort` only runs while the listener is on.
        signal?.removeEventListener('abort', abort);
        if (!signal?.aborted) e.waiters--;
      })
      .then(resolve, reject);
  });
}

/**
 * When a call to {@link loadFeed} for this URL may next go to the network (ms since the epoch), i.e. the end
 * of the refresh floor or of the backoff; 0 for a URL never loaded. A poller waits at least until then.
 * @param url The feed URL, as given to `loadFeed`.
 * @param options The same `proxy` as given to `loadFeed`.
 */
export function nextRefresh(url: string, options: { proxy?: string } = {}): number {
  try {
    return cache.get(target(absolute(url), options.proxy))?.until ?? 0;
  } catch {
    return 0;
  }
}

/** Forgets every cached feed, validator and backoff (requests in flight still finish). For tests and apps. */
export function clearFeedCache(): void {
  cache.clear();
}

function absolute(url: string): string {
  try {
    return new URL(resolve(url, globalThis.document?.baseURI ?? globalThis.location?.href)!).href;
  } catch {
    // No URL, or not http(s): `new URL(undefined)` throws too.
    throw new FeedError('invalid-url', `"${url}" is not an http(s) URL.`, { url });
  }
}

function target(href: string, proxy?: string): string {
  if (!proxy) return href;
  const encoded = encodeURIComponent(href);
  return proxy.includes('{url}') ? proxy.replace('{url}', encoded) : proxy + encoded;
}

async function request(e: Entry, url: string, key: string, options: LoadFeedOptions): Promise<Feed> {
  const ctrl = (e.ctrl = new AbortController());
  const ms = options.timeout ?? 15e3;
  const timer = setTimeout(
    () => ctrl.abort(new FeedError('timeout', `Timed out after ${ms} ms.`, { url })),
    ms,
  );
  const fetcher = options.fetch ?? fetch;
  const origin = globalThis.location?.origin;
  const cross = origin && new URL(key, origin).origin != origin;
  let retry = 0;
  try {
    const headers: Record<string, string> = {};
    // Same origin (or Node), we send our own validators: the browser then skips its HTTP cache and hands us the
    // 304 itself. Cross-origin, such headers would cost a CORS preflight that many feed servers which do allow
    // reads fail, so there `no-cache` lets the browser's HTTP cache revalidate with its stored validators, and
    // a 200 carrying the validator we have is that revalidation (see below).
    if (!cross) {
      if (e.etag) headers['if-none-match'] = e.etag;
      if (e.modified) headers['if-modified-since'] = e.modified;
    }
    let res: Response;
    try {
      res = await fetcher(key, {
        headers,
        signal: ctrl.signal,
        ...((cross || options.force) && { cache: 'no-cache' }),
      });
    } catch (error) {
      // Browsers report a CORS refusal as the same TypeError as a dead network. For a cross-origin URL a
      // `no-cors` probe tells them apart: if it gets through, the server answered and only the permission to
      // read was missing. (An abort lands here too; the catch below replaces it with the signal's reason.)
      const cors =
        cross &&
        !ctrl.signal.aborted &&
        !options.proxy &&
        globalThis.navigator?.onLine !== false &&
        (await fetcher(key, { mode: 'no-cors', signal: ctrl.signal }).then(
          () => 1,
          () => 0,
        ));
      throw cors
        ? new FeedError(
            'cors',
            `The feed's server does not allow cross-origin reads (no CORS header): set the proxy option to read it through a proxy, e.g. proxy="https://your-proxy.example/?url={url}".`,
            { url, cause: error },
          )
        : new FeedError('network', 'The feed could not be reached.', {
            url,
            cause: error,
          });
    }
    const h = res.headers;
    const now = Date.now();
    const after = h.get('retry-after');
    // Retry-After is seconds or an HTTP date.
    if (after) retry = (+after >= 0 ? +after : (Date.parse(after) - now) / 1e3) || 0;
    let feed: Feed;
    const etag = h.get('etag');
    const modified = h.get('last-modified');
    // A 304, or a 200 with the validator of the feed we have: the same document, so the same Feed object.
    if (
      e.feed &&
      (res.status == 304 || (res.ok && (etag ? etag == e.etag : modified && modified == e.modified)))
    )
      feed = e.feed;
    else {
      if (!res.ok)
        throw new FeedError('http', `HTTP ${res.status}.`, {
          url,
          status: res.status,
        });
      const text = decodeFeed(new Uint8Array(await res.arrayBuffer()), h.get('content-type'));
      // Behind a proxy, relative links resolve against the feed's own URL, not the proxy's.
      feed = parseFeed(text, { url: options.proxy ? url : res.url || url });
      e.etag = etag;
      e.modified = modified;
      e.ttl = feed.format == 'rss' ? 60 * +(/<ttl>\s*(\d+)/.exec(text)?.[1] ?? 0) : 0;
    }
    const maxAge = +(/max-age=(\d+)/.exec(h.get('cache-control') ?? '')?.[1] ?? 0);
    Object.assign(e, {
      feed,
      error: undefined,
      fails: 0,
      until: now + Math.min(1e3 * Math.max(maxAge, e.ttl ?? 0, retry), CAP),
    });
    return feed;
  } catch (caught) {
    // A timeout or abort may surface as the fetch's or the body's AbortError: the signal's reason names it.
    const error: FeedError = ctrl.signal.aborted
      ? ctrl.signal.reason
      : caught instanceof FeedError
        ? caught
        : new FeedError('not-a-feed', 'The feed could not be read.', { url, cause: caught });
    if (error.code != 'aborted') {
      const step = Math.min(BACKOFF * 2 ** e.fails++, CAP);
      // Half fixed, half random ("equal jitter"): pages that failed together do not retry together.
      e.until = Date.now() + Math.max(step / 2 + (Math.random() * step) / 2, 1e3 * retry);
      e.error = error;
    }
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
