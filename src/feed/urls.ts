/**
 * URL resolution for the feed engine. Links and image URLs in the model are absolute and http(s) only, so a
 * `javascript:` or `data:` URL from a feed never reaches an `href` or `src`.
 */

/** `url` resolved against `base`; undefined when it cannot be read. */
function resolve(url: string, base: string | undefined): string | undefined {
  try {
    return new URL(url, base).href;
  } catch {
    // Unreadable, or not absolute without a base.
  }
}

/** `url` resolved against `base` when it is http(s), else undefined (other schemes, unparsable input). */
export function absolute(url: string | undefined, base?: string): string | undefined {
  url = url?.trim();
  if (!url) return;
  // Already absolute: kept as written (feedparser does not normalize either), and no URL object to build.
  if (/^https?:\/\/[^\0- "<>\\\x7f]+$/i.test(url)) return url;
  // (The href starts with the scheme, lowercased.)
  const href = resolve(url, base);
  return href && /^https?:/.test(href) ? href : undefined;
}

/**
 * A base that a feed gives (its site link, an xml:base, a JSON Feed's home page), unless it is over 8 KB: copied
 * into every relative link of the feed, a hostile one made gigabytes of text. (The document's own URL is never
 * capped: a page's URL may be long.)
 */
export const capped = (base: string | undefined): string | undefined =>
  base && base.length > 8192 ? undefined : base;

/** A base URL (any scheme) resolved against an outer one; the outer one when it cannot be read. */
export const resolveBase = (url: string, outer?: string): string | undefined =>
  resolve(url.trim(), outer) ?? outer;

// An href/src attribute inside escaped HTML; the value is taken whole whatever its quoting. (The white space after
// an optional quote is only matched after one: two `\s*` around it made a run of spaces quadratic.)
const HTML_RELATIVE = /\s(?:href|src)\s*=\s*(?:["']\s*)?(?![\s"']|[a-z][\w+.-]*:|#)/i;
const HTML_URL = /(\s(?:href|src)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi;

/**
 * Makes relative `href`/`src` values inside publisher HTML absolute against `base` (feedparser does the same),
 * so the story renders right on another host. Absolute, fragment and other-scheme URLs are left alone: removing
 * dangerous ones is the sanitizer's job.
 */
export function resolveHtml(html: string, base: string | undefined): string {
  // Testing first is cheaper than a replace callback per absolute URL, and most publishers write absolute ones.
  // (What resolving adds is capped at the HTML's own length and a megabyte: past it, links stay as written.)
  let room = html.length + 1e6;
  return base && HTML_RELATIVE.test(html)
    ? html.replace(HTML_URL, (attr, before: string, dq?: string, sq?: string, bare?: string) => {
        const value = (dq ?? sq ?? bare!).trim();
        if (/^(?:[a-z][\w+.-]*:|#)/i.test(value)) return attr;
        const url = absolute(value, base);
        return url && (room -= url.length) > 0 ? before + '"' + url + '"' : attr;
      })
    : html;
}
