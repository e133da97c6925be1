import DOMPurify from 'dompurify';
import type { Config, DOMPurify as Purifier, UponSanitizeAttributeHookEvent } from 'dompurify';
import type { TrustedHTML, TrustedTypePolicy, TrustedTypesWindow } from 'trusted-types/lib/index.js';
import {
  checkSrcset,
  checkTarget,
  checkUrl,
  isHiddenOrTinyStyle,
  isTinyDimension,
  parseBaseUrl,
} from './urls.js';

/** Options for {@link sanitizeHtml} and {@link sanitizeToTrusted}. */
export interface SanitizeOptions {
  /**
   * The URL the HTML came from (the story's link or the feed's URL). Relative `href`, `src` and `srcset`
   * URLs are resolved against it. Must be absolute http(s); anything else is ignored, and relative URLs
   * are then kept as written (they resolve against the host page).
   */
  baseUrl?: string;
  /**
   * `target` for external (http/https) links: `_blank`, `_self`, `_parent`, `_top` or a plain window name.
   * Invalid values are ignored. Default: no `target`.
   */
  target?: string;
}

/**
 * The Trusted Types policy this module creates (lazily, only where `window.trustedTypes` exists). A page
 * whose CSP has a `trusted-types` directive must allow it, along with Lit's own `lit-html`:
 * `trusted-types news-elements lit-html`. DOMPurify's `dompurify` policy is not needed: it is handed ours.
 * Add `'allow-duplicates'` if two copies of news-elements can load on one page.
 */
export const TRUSTED_TYPES_POLICY_NAME = 'news-elements';

/*
 * The allow-list. Article formatting only: text structure, lists, quotes, figures and responsive images,
 * tables, code. Everything else is removed; for most removed elements the text inside is kept
 * (KEEP_CONTENT), except DOMPurify's FORBID_CONTENTS set (script, style, svg, math, iframe, noscript,
 * template, …) whose content goes with them.
 * Deliberately absent:
 * - `id`, `name`: DOM clobbering (`<img name=cookie>`, `<form id=x>`). SANITIZE_NAMED_PROPS would keep
 *   them as `user-content-…`, but inside a shadow root ids serve nothing: fragment navigation and
 *   `aria-*` references from the page cannot reach them, and the sanitizer's output may also be used
 *   outside a shadow root, where a dropped id can clobber nothing.
 * - `class`: the publisher's classes mean nothing inside our shadow root and could accidentally match
 *   our own styles; theming goes through parts and custom properties.
 * - `style` (element and attribute), `part`, `slot`, `data-*`, `aria-*`, `role`: explicit list only.
 * - `cite` on q/blockquote: a URL nobody sees; not worth another URL attribute to police.
 */
// prettier-ignore
const ALLOWED_TAGS = [
  // text structure
  'p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'div', 'span', 'section', 'article',
  // lists
  'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  // phrasing
  'a', 'em', 'strong', 'b', 'i', 'u', 's', 'del', 'ins', 'mark', 'q', 'cite', 'small', 'sub', 'sup',
  'abbr', 'time', 'wbr', 'bdi', 'var',
  // quotes and figures
  'blockquote', 'figure', 'figcaption', 'img', 'picture', 'source',
  // tables
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  // code
  'code', 'pre', 'kbd', 'samp',
];

/** Attributes allowed on every allowed element. */
const GLOBAL_ATTRS = ['title', 'lang', 'dir'];
/**
 * Attributes allowed per element. DOMPurify's ALLOWED_ATTR is one list for all elements, so the union is
 * given to it and the `uponSanitizeAttribute` hook narrows it per element (`srcset` on a `<p>` goes).
 * `<source>` also keeps `sizes`: without it, `w` descriptors in its `srcset` assume a full-width image.
 */
const ATTRS_BY_TAG: Record<string, readonly string[]> = {
  a: ['href'],
  img: ['src', 'srcset', 'sizes', 'alt', 'width', 'height'],
  source: ['srcset', 'sizes', 'type', 'media'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  ol: ['start', 'reversed'],
  time: ['datetime'],
};
const ALLOWED_ATTR = [...new Set([...GLOBAL_ATTRS, ...Object.values(ATTRS_BY_TAG).flat()])];
/** URL attributes: checked by DOMPurify's URI pattern first, then resolved and re-checked by our hook. */
const URL_ATTRS = new Set(['href', 'src', 'srcset']);

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  // DOMPurify runs its URI pattern over every attribute not on this list, which would drop e.g. a
  // `title="Note: …"`. Only the three URL attributes need it; our hook re-checks those anyway.
  ADD_URI_SAFE_ATTR: ALLOWED_ATTR.filter((name) => !URL_ATTRS.has(name)),
  // Belt and braces: none of these is on the allow-list, but naming them survives a careless edit of it.
  FORBID_ATTR: ['style', 'id', 'name', 'class', 'srcdoc', 'part', 'slot', 'is'],
  FORBID_TAGS: [
    'style',
    'script',
    'svg',
    'math',
    'form',
    'iframe',
    'object',
    'embed',
    'base',
    'meta',
    'link',
  ],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_SELF_CLOSE_IN_ATTR: false,
  KEEP_CONTENT: true,
  RETURN_TRUSTED_TYPE: false,
};

/**
 * What one `sanitizeHtml` call needs inside the hooks. Set for the duration of that (synchronous) call
 * and cleared in `finally`; the hooks live on our own DOMPurify instance, so nothing else ever runs them.
 */
interface CallState {
  base: URL | undefined;
  target: string | undefined;
  /** Images found to be tracking pixels before DOMPurify stripped the `style` that showed it. */
  pixels: WeakSet<Element>;
}
let state: CallState | undefined;

let purifier: Purifier | undefined;
/**
 * Our own DOMPurify instance, created on first use. The default export is a page-wide singleton that the
 * host page may use with its own config and hooks; calling `DOMPurify(window)` makes a separate instance,
 * so our hooks never run for the page's calls and the page's hooks never run for ours.
 */
function getPurifier(): Purifier {
  if (purifier) return purifier;
  if (typeof window === 'undefined' || !window.document) {
    throw new TypeError('news-elements/sanitize needs a DOM (window.document) to parse HTML.');
  }
  const instance = DOMPurify(window);
  // Without a working DOM DOMPurify has no `sanitize` at all; say so instead of "undefined is not a function".
  if (!instance.isSupported) throw new TypeError('news-elements/sanitize: DOMPurify is not supported here.');
  instance.addHook('uponSanitizeAttribute', keepAllowedAttribute);
  instance.addHook('beforeSanitizeAttributes', notePixelBeforeStyleGoes);
  instance.addHook('afterSanitizeAttributes', rewriteUrlsAndLinks);
  instance.addHook('afterSanitizeElements', breakLongRuns);
  purifier = instance;
  return instance;
}

// A run of text with no white space too long to be a word or a URL.
const LONG_RUN = /\S{250,}/g;

/**
 * Gives runs of 250 or more characters without white space a `<wbr>` every 250, and cuts them at 10 000 (with `…`).
 * Chromium takes seconds to lay out such a run in a narrow column with `overflow-wrap: break-word` (8.5 s for a
 * hostile "word" of 100 000 letters) and crashes on millions; Firefox lays out each `<wbr>` in time proportional to
 * its run. Both take milliseconds this way, and WebKit too. The text node keeps the first piece and the rest
 * follows it, so DOMPurify's walk goes on to the new nodes (short now; `<wbr>` is allowed).
 */
function breakLongRuns(node: Node): void {
  if (node.nodeType !== Node.TEXT_NODE) return;
  const text = node as Text;
  const data = text.data;
  // (A test without the g flag, whose lastIndex would carry over into matchAll.)
  if (!/\S{250}/.test(data)) return;
  const pieces: string[] = [];
  let from = 0;
  for (const m of data.matchAll(LONG_RUN)) {
    const end = m.index + m[0].length;
    // (Never inside a character as read: not before the low half of a surrogate pair, a combining mark or a
    // variation selector, nor either side of a zero-width joiner.)
    const cut = (at: number) => {
      while (at < end && (/[\p{M}\u200d\udc00-\udfff]/u.test(data[at]!) || data[at - 1] === '\u200d')) at++;
      return at;
    };
    const stop = end - m.index > 10_000 ? cut(m.index + 10_000) : end;
    for (let at = cut(m.index + 250); at < stop; at = cut(at + 250)) {
      pieces.push(data.slice(from, at));
      from = at;
    }
    if (stop < end) {
      pieces.push(data.slice(from, stop) + '…');
      from = end;
    }
  }
  pieces.push(data.slice(from));
  text.data = pieces[0]!;
  // (One piece after another, not a spread: a megabyte of runs makes thousands of them.)
  let last: ChildNode = text;
  for (const piece of pieces.slice(1)) {
    const wbr = text.ownerDocument.createElement('wbr');
    last.after(wbr, piece);
    last = wbr.nextSibling!;
  }
}

function keepAllowedAttribute(node: Element, event: UponSanitizeAttributeHookEvent): void {
  const tag = node.localName;
  if (GLOBAL_ATTRS.includes(event.attrName)) return;
  if (!ATTRS_BY_TAG[tag]?.includes(event.attrName)) event.keepAttr = false;
}

function notePixelBeforeStyleGoes(node: Node): void {
  if (!state || !isElement(node, 'img')) return;
  if (isHiddenOrTinyStyle(node.getAttribute('style'))) state.pixels.add(node);
}

/**
 * Runs after DOMPurify has filtered an element's attributes (and applied its own URI pattern), so only
 * allowed attributes are left. Resolves and re-checks URLs, marks external links, drops tracking pixels
 * and images with nothing left to show, and adds the privacy/performance attributes to images.
 * Removing the current node here is supported by DOMPurify (it checks for hook-detached nodes); we only
 * ever remove `<img>` and `<source>`, which have no children whose sanitization could be skipped.
 */
function rewriteUrlsAndLinks(node: Node): void {
  if (!state || !(node instanceof Element)) return;
  const { base, target } = state;
  switch (node.localName) {
    case 'a': {
      const href = node.getAttribute('href');
      if (href === null) return;
      const checked = checkUrl(href, base, 'link');
      // Without an href the <a> is a plain placeholder: its text stays, nothing is clickable.
      if (!checked) return node.removeAttribute('href');
      node.setAttribute('href', checked.value);
      if (checked.external) {
        node.setAttribute('rel', 'noopener noreferrer');
        if (target) node.setAttribute('target', target);
      }
      return;
    }
    case 'img': {
      if (
        state.pixels.has(node) ||
        isTinyDimension(node.getAttribute('width')) ||
        isTinyDimension(node.getAttribute('height'))
      ) {
        return node.remove();
      }
      const hasSrc = rewriteUrlAttr(node, 'src', base);
      const hasSrcset = rewriteSrcsetAttr(node, base);
      if (!hasSrc && !hasSrcset) return node.remove();
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      node.setAttribute('referrerpolicy', 'no-referrer');
      return;
    }
    case 'source':
      if (!rewriteSrcsetAttr(node, base)) node.remove();
      return;
  }
}

/** Rewrites a media URL attribute in place; returns whether it survived. */
function rewriteUrlAttr(node: Element, name: string, base: URL | undefined): boolean {
  const value = node.getAttribute(name);
  if (value === null) return false;
  const checked = checkUrl(value, base, 'media');
  if (!checked) {
    node.removeAttribute(name);
    return false;
  }
  node.setAttribute(name, checked.value);
  return true;
}

function rewriteSrcsetAttr(node: Element, base: URL | undefined): boolean {
  const value = node.getAttribute('srcset');
  if (value === null) return false;
  const checked = checkSrcset(value, base);
  if (checked === null) {
    node.removeAttribute('srcset');
    return false;
  }
  node.setAttribute('srcset', checked);
  return true;
}

function isElement(node: Node, localName: string): node is Element {
  return node instanceof Element && node.localName === localName;
}

/**
 * The `news-elements` policy: `undefined` until first needed, `null` when Trusted Types are unsupported
 * or the page's CSP refused the name.
 */
let policy: HtmlPolicy | null | undefined;
/** What our policy implements (no `createScript`): enough for `createHTML`, and for DOMPurify. */
type HtmlPolicy = Pick<TrustedTypePolicy, 'name' | 'createHTML' | 'createScriptURL'>;

function getPolicy(): HtmlPolicy | null {
  if (policy !== undefined) return policy;
  policy = null;
  const factory = (globalThis as unknown as TrustedTypesWindow).trustedTypes;
  if (!factory || typeof factory.createPolicy !== 'function') return null;
  try {
    policy = factory.createPolicy(TRUSTED_TYPES_POLICY_NAME, {
      // Anyone holding the policy gets sanitized HTML: calling createHTML *is* sanitizing. The one
      // exception is DOMPurify itself, which we hand this policy (TRUSTED_TYPES_POLICY) so that it need
      // not create its own `dompurify` policy: while our sanitize call is on the stack (`state` set),
      // DOMPurify asks it to wrap the raw input for parsing into an inert DOMParser document, where
      // nothing runs. Passing that through unchanged is what DOMPurify's own policy would do; running
      // the sanitizer there would recurse. The policy object never leaves this module.
      createHTML: (input: string, options?: SanitizeOptions) =>
        state ? input : sanitizeHtml(input, options),
      // DOMPurify insists the policy has this hook; none of our allowed attributes is a script URL, so
      // reaching it means something is badly wrong: fail closed.
      createScriptURL: () => {
        throw new TypeError('news-elements never creates script URLs');
      },
    });
  } catch (error) {
    console.warn(
      `news-elements: could not create the Trusted Types policy "${TRUSTED_TYPES_POLICY_NAME}"; ` +
        `allow it in the page's CSP (trusted-types ${TRUSTED_TYPES_POLICY_NAME} lit-html).`,
      error,
    );
  }
  return policy ?? null;
}

/**
 * Makes remote (feed, API) HTML safe to insert: an explicit allow-list of article formatting, URLs
 * resolved against `baseUrl` and limited to http, https and mailto (plus relative ones when there is no
 * base), external links opened with `rel="noopener noreferrer"`, lazy privacy-preserving images, tracking
 * pixels removed. Returns an HTML string. Pure with respect to the page: it uses its own DOMPurify instance.
 *
 * @example sanitizeHtml('<p onclick="x()">Hi <a href="/a">there</a></p>', { baseUrl: 'https://news.example/' })
 * // → '<p>Hi <a href="https://news.example/a" rel="noopener noreferrer">there</a></p>'
 */
export function sanitizeHtml(html: string, options: SanitizeOptions = {}): string {
  const instance = getPurifier();
  // Resolve the policy before entering the call window: creating it must not see `state` set.
  const trustedTypesPolicy = getPolicy();
  const outer = state;
  state = {
    base: parseBaseUrl(options.baseUrl),
    target: checkTarget(options.target),
    pixels: new WeakSet(),
  };
  try {
    return instance.sanitize(String(html ?? ''), {
      ...CONFIG,
      // DOMPurify types the option as a full policy; it only ever calls createHTML and createScriptURL.
      ...(trustedTypesPolicy ? { TRUSTED_TYPES_POLICY: trustedTypesPolicy as TrustedTypePolicy } : {}),
    });
  } finally {
    state = outer;
  }
}

/**
 * {@link sanitizeHtml}, returned as `TrustedHTML` from the `news-elements` policy where the browser has
 * Trusted Types (a plain string elsewhere), so it can be assigned to `innerHTML` on a page that enforces
 * `require-trusted-types-for 'script'`. Note that Lit's `unsafeHTML` only accepts strings; render remote
 * HTML with the `sanitizedHtml` directive instead.
 */
export function sanitizeToTrusted(html: string, options: SanitizeOptions = {}): TrustedHTML | string {
  const trustedTypesPolicy = getPolicy();
  return trustedTypesPolicy
    ? trustedTypesPolicy.createHTML(String(html ?? ''), options)
    : sanitizeHtml(html, options);
}
