/**
 * Feed autodiscovery: the URL of a web page where a feed is expected (`<latest-stories src="https://blog.example/">`)
 * stands for the feed its `<link rel="alternate" type="application/rss+xml" href="…">` names, as browsers and
 * feed readers have long read it. Only pages are looked into: a feed that fails to parse stays an error.
 */
import { decodeFeed } from '../../feed/charset.js';
import { target } from '../../feed/load.js';
import { feedLinks, isHtmlPage } from '../../shared/web-page.js';

/** Page URL (with the proxy it is read through) → the feed it names, once found. */
const found = new Map<string, string>();
/** Lookups in progress, shared by every element asking about one page. */
const pending = new Map<string, Promise<string | undefined>>();
/**
 * HTML answers `loadFeed` got, by the URL it requested, until discovery reads them or the load succeeds, so that a
 * page is fetched once, not once to learn it is no feed and again to read its links. One per URL at most.
 */
const pages = new Map<string, Response>();

/** The `fetch` to give `loadFeed`: the global one, keeping a copy of an HTML answer for `discoverFeed`. */
export const fetchKeepingPages: typeof fetch = async (input, init) => {
  const res = await fetch(input, init);
  if (res.ok && /html/i.test(res.headers.get('content-type') ?? '')) pages.set(String(input), res.clone());
  return res;
};

/**
 * What is requested for a page: its absolute URL without its fragment (as loadFeed requests it, so that the copy
 * it kept is found), through the proxy when there is one.
 */
const requestOf = (url: string, proxy?: string) => {
  const u = new URL(url, document.baseURI);
  u.hash = '';
  return target(u.href, proxy);
};

/** Drops the copy kept for a URL, once its load is over (a feed served as text/html, a failure, an abort). */
export function forgetPage(url: string, proxy?: string): void {
  try {
    pages.delete(requestOf(url, proxy));
  } catch {
    // An unresolvable URL: nothing was fetched, so nothing was kept.
  }
}

const keyOf = (url: string, proxy?: string) => `${proxy ?? ''} ${url}`;

/** The feed already discovered for a page URL, if any. */
export const discovered = (url: string, proxy?: string): string | undefined => found.get(keyOf(url, proxy));

/** How long a page may take to answer before its lookup gives up, by default (loadFeed's default timeout). */
const TIMEOUT = 15000;

/**
 * Fetches a page (through `proxy`, a `loadFeed` URL template, when given) and returns the first feed it links
 * to, or undefined when it is not a page or links to none. Remembered for the page's lifetime; a failed request
 * is not, so a later attempt can ask again. The lookup is shared by every element asking about the page, so it
 * has its own timeout rather than any one element's signal: an element that leaves the page cannot cancel the
 * others' lookup, and it ignores the late answer itself.
 */
export function discoverFeed(url: string, proxy?: string, timeout = TIMEOUT): Promise<string | undefined> {
  const key = keyOf(url, proxy);
  let lookup = pending.get(key);
  if (!lookup) {
    lookup = (async () => {
      const ctrl = new AbortController();
      const timer = setTimeout(() => ctrl.abort(), timeout);
      try {
        // (loadFeed already refused a URL that does not resolve, so this one does.)
        const page = new URL(url, document.baseURI).href;
        const request = requestOf(page, proxy);
        const kept = pages.get(request);
        pages.delete(request);
        const res = kept ?? (await fetch(request, { signal: ctrl.signal }));
        if (!res.ok) return undefined;
        const text = decodeFeed(new Uint8Array(await res.arrayBuffer()), res.headers.get('content-type'));
        // (A page naming itself as its feed names none.)
        const feed = isHtmlPage(text)
          ? feedLinks(text, proxy ? page : res.url || page).find((f) => f !== page && f !== res.url)
          : undefined;
        if (feed) found.set(key, feed);
        return feed;
      } finally {
        clearTimeout(timer);
        pending.delete(key);
      }
    })();
    pending.set(key, lookup);
  }
  return lookup;
}
