/**
 * Feed autodiscovery: the URL of a web page where a feed is expected (`<latest-stories src="https://blog.example/">`)
 * stands for the feed its `<link rel="alternate" type="application/rss+xml" href="…">` names, as browsers and
 * feed readers have long read it. Only pages are looked into: a feed that fails to parse stays an error.
 */
import { decodeFeed } from '../../feed/charset.js';
import { feedLinks, isHtmlPage } from '../../shared/web-page.js';

/** Page URL (with the proxy it is read through) → the feed it names, once found. */
const found = new Map<string, string>();
/** Lookups in progress, shared by every element asking about one page. */
const pending = new Map<string, Promise<string | undefined>>();

const keyOf = (url: string, proxy?: string) => `${proxy ?? ''} ${url}`;

/** The feed already discovered for a page URL, if any. */
export const discovered = (url: string, proxy?: string): string | undefined => found.get(keyOf(url, proxy));

/**
 * Fetches a page (through `proxy`, a `loadFeed` URL template, when given) and returns the first feed it links
 * to, or undefined when it is not a page or links to none. Remembered for the page's lifetime; a failed request
 * is not, so a later attempt can ask again.
 */
export function discoverFeed(
  url: string,
  options: { signal?: AbortSignal; proxy?: string },
): Promise<string | undefined> {
  const key = keyOf(url, options.proxy);
  let lookup = pending.get(key);
  if (!lookup) {
    lookup = (async () => {
      try {
        // (loadFeed already refused a URL that does not resolve, so this one does.)
        const page = new URL(url, document.baseURI).href;
        const request = options.proxy ? options.proxy.replace(/\{url\}|$/, encodeURIComponent(page)) : page;
        const res = await fetch(request, { signal: options.signal });
        if (!res.ok) return undefined;
        const text = decodeFeed(new Uint8Array(await res.arrayBuffer()), res.headers.get('content-type'));
        // (A page naming itself as its feed names none.)
        const feed = isHtmlPage(text)
          ? feedLinks(text, options.proxy ? page : res.url || page).find((f) => f !== page && f !== res.url)
          : undefined;
        if (feed) found.set(key, feed);
        return feed;
      } finally {
        pending.delete(key);
      }
    })();
    pending.set(key, lookup);
  }
  return lookup;
}
