/**
 * URL, srcset, link-target and image-size checks used by the sanitizer's hooks. Pure functions (they only
 * need the WHATWG `URL` parser), kept apart from the DOMPurify wiring so each rule can be read and tested alone.
 */

import { trimEnd } from '../feed/trim.js';

/** Which schemes survive where: links may also mail, images and sources only fetch over HTTP(S). */
export type UrlKind = 'link' | 'media';

const ALLOWED_SCHEMES: Record<UrlKind, ReadonlySet<string>> = {
  link: new Set(['http:', 'https:', 'mailto:']),
  media: new Set(['http:', 'https:']),
};

/**
 * Relative URLs without a `baseUrl` are judged against these stand-in bases. `.invalid` can never resolve
 * (RFC 2606), so a URL that still has the stand-in origin after parsing was relative. Both schemes,
 * because `https:other.example` is a relative path against an https base but an absolute URL against an
 * http one, and we cannot know which the host page has.
 */
const STAND_IN_BASES = ['https://relative.news-elements.invalid/', 'http://relative.news-elements.invalid/'];

/** A URL that passed the checks: the value to write back, and whether it leaves the host page. */
export interface CheckedUrl {
  /** Absolute, normalized `href`; or, for a relative URL with no base, the author's (trimmed) text. */
  value: string;
  /** True for absolute http(s) URLs: these get `rel="noopener noreferrer"` and the caller's `target`. */
  external: boolean;
}

/**
 * Parses `baseUrl` for use as a base. Only absolute http(s) URLs qualify: a `javascript:` or `data:` base
 * could otherwise turn `#x` into `javascript:…#x`. Anything else is treated as "no base".
 */
export function parseBaseUrl(baseUrl: string | undefined): URL | undefined {
  if (!baseUrl) return undefined;
  try {
    const base = new URL(baseUrl);
    return base.protocol === 'http:' || base.protocol === 'https:' ? base : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Resolves one `href`/`src` value against `base` and keeps it only if its scheme is allowed for `kind`.
 * Returns `null` when the attribute must be dropped.
 *
 * Why `new URL` rather than a regular expression: the value has already been entity-decoded by the HTML
 * parser (`&#x09;` is a real tab by now), and the URL parser strips leading/trailing C0 controls and
 * spaces and removes tabs and newlines anywhere, lower-cases the scheme, and treats `\` like `/` for
 * http(s). That is exactly what the browser does when the link is followed, so `java&#x09;script:`,
 * `&#106;avascript:`, ` javascript:` and `JaVaScRiPt:` all come out as protocol `javascript:` here.
 * The scheme is checked after resolution, never before, so a hostile base cannot smuggle one in.
 */
export function checkUrl(raw: string, base: URL | undefined, kind: UrlKind): CheckedUrl | null {
  // An empty URL means "this document": for an image that is an HTML page, for a link it is noise.
  if (raw.trim() === '') return null;
  let url: URL | undefined;
  try {
    if (base) {
      url = new URL(raw, base);
    } else {
      const readings = STAND_IN_BASES.map((standIn) => new URL(raw, standIn));
      // Relative means: same *origin* as the stand-in under both readings. Not merely the same host:
      // `javascript://relative.news-elements.invalid/%0aalert(1)` has that host (and an opaque origin).
      // Absolute under either reading: take that reading (what a browser on such a page would follow).
      url = readings.find((reading, i) => reading.origin !== new URL(STAND_IN_BASES[i]!).origin);
      if (!url) {
        // Relative with nothing to resolve against: keep the author's text so it resolves against the host
        // page exactly as written ("a/b" must stay directory-relative, not become "/a/b").
        return { value: raw.trim(), external: false };
      }
    }
  } catch {
    return null;
  }
  if (!ALLOWED_SCHEMES[kind].has(url.protocol)) return null;
  return { value: url.href, external: url.protocol === 'http:' || url.protocol === 'https:' };
}

/** One `srcset` candidate: its URL and its (possibly empty) descriptor such as `2x` or `640w`. */
interface SrcsetCandidate {
  url: string;
  descriptor: string;
}

const HTML_SPACE = /[\t\n\f\r ]/;
/** Width (`640w`), density (`1.5x`, `2e0x`) and the obsolete-but-legal height (`480h`) descriptors. */
const DESCRIPTOR = /^(?:\d+w|(?:\d+(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?x|\d+h)$/i;

/**
 * Splits a `srcset` the way the HTML standard's parser does: a URL is a run of non-space characters (it
 * may contain commas, as Cloudinary-style URLs do), a trailing comma ends the candidate, otherwise the
 * descriptors run to the next comma outside parentheses.
 */
function parseSrcset(input: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  let i = 0;
  while (i < input.length) {
    while (i < input.length && (HTML_SPACE.test(input[i]!) || input[i] === ',')) i++;
    if (i >= input.length) break;
    const start = i;
    while (i < input.length && !HTML_SPACE.test(input[i]!)) i++;
    let url = input.slice(start, i);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = trimEnd(url, ',');
    } else {
      const from = i;
      let depth = 0;
      while (i < input.length && !(input[i] === ',' && depth === 0)) {
        if (input[i] === '(') depth++;
        else if (input[i] === ')') depth = Math.max(0, depth - 1);
        i++;
      }
      descriptor = input.slice(from, i).trim();
      i++; // past the comma
    }
    candidates.push({ url, descriptor });
  }
  return candidates;
}

/**
 * Rewrites a `srcset`: every candidate URL goes through {@link checkUrl} as media, candidates with a bad
 * URL or a descriptor the browser would not accept are dropped. Returns `null` when nothing is left.
 */
export function checkSrcset(raw: string, base: URL | undefined): string | null {
  const kept: string[] = [];
  for (const { url, descriptor } of parseSrcset(raw)) {
    const tokens = descriptor ? descriptor.split(/[\t\n\f\r ]+/) : [];
    if (tokens.length > 1 || !tokens.every((token) => DESCRIPTOR.test(token))) continue;
    const checked = checkUrl(url, base, 'media');
    // A URL ending in a comma would be re-read as "URL, no descriptor" and shift every later candidate.
    if (!checked || checked.value.endsWith(',')) continue;
    kept.push(tokens.length ? `${checked.value} ${tokens[0]}` : checked.value);
  }
  return kept.length ? kept.join(', ') : null;
}

const TARGET_KEYWORDS = new Set(['_blank', '_self', '_parent', '_top']);

/**
 * Validates the caller's link `target`: one of the four keywords (any case) or a plain browsing-context
 * name (letters, digits, `-`, `_`; not starting with `_`, which is reserved for keywords). Anything else
 * falls back to no target rather than throwing.
 */
export function checkTarget(target: string | undefined): string | undefined {
  if (target === undefined) return undefined;
  const trimmed = target.trim();
  const keyword = trimmed.toLowerCase();
  if (TARGET_KEYWORDS.has(keyword)) return keyword;
  return /^[A-Za-z0-9][\w-]{0,63}$/.test(trimmed) ? trimmed : undefined;
}

/**
 * True when an image `width`/`height` attribute value means at most one pixel. Follows the HTML rules
 * for dimension attributes: leading number, anything after it ignored (`1px`, `1.0`, ` 0 `), except a
 * percentage, which is relative and therefore not a pixel.
 */
export function isTinyDimension(value: string | null): boolean {
  if (value === null) return false;
  const match = /^[\t\n\f\r ]*(\d+(?:\.\d+)?|\.\d+)(%?)/.exec(value);
  return match !== null && match[2] === '' && Number(match[1]) <= 1;
}

/**
 * True when an inline `style` hides an image or shrinks it to at most one pixel (`width:1px`,
 * `height: 0`, `display:none`, `visibility:hidden`): the other shapes tracking pixels take. `style` itself
 * never survives sanitization, so this must be read before DOMPurify removes it.
 */
export function isHiddenOrTinyStyle(style: string | null): boolean {
  if (!style) return false;
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .replace(/!important/i, '')
      .trim()
      .toLowerCase();
    if (property === 'display' && value === 'none') return true;
    if (property === 'visibility' && value === 'hidden') return true;
    if (/^(?:max-)?(?:width|height)$/.test(property)) {
      // CSS lengths need a unit unless they are zero; `width: 1` is ignored by the browser, so is here.
      const length = /^(\d+(?:\.\d+)?|\.\d+)(px)?$/.exec(value);
      if (length && (length[2] || Number(length[1]) === 0) && Number(length[1]) <= 1) return true;
    }
  }
  return false;
}
