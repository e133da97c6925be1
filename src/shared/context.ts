import { isServer } from 'lit';

/**
 * Walks up from `el` through shadow roots to find the nearest ancestor carrying `attr`.
 * Used for `lang` and `time-zone` inheritance, the way relative-time-element does it.
 */
export function closestAttribute(el: Element, attr: string): string | null {
  // (Server rendering has no tree to walk, nor an Element class to test against: only the element's own.)
  if (isServer) return el.getAttribute?.(attr) || null;
  // (Node types, not instanceof: in an iframe, nodes are the iframe's Element and ShadowRoot, not this window's.)
  let node: Node | null = el;
  while (node) {
    if (node.nodeType === 1) {
      const value = (node as Element).getAttribute(attr);
      if (value) return value;
    }
    node = node.parentNode ?? ((node as ShadowRoot).host || null);
  }
  return null;
}

/** The locale an element should use: its own `lang`, the nearest ancestor's, the document's, the browser's. */
export function resolveLocale(el: Element, explicit?: string | null): string {
  const candidate =
    explicit ||
    closestAttribute(el, 'lang') ||
    (typeof navigator !== 'undefined' ? navigator.language : '') ||
    'en';
  return supportedLocale(candidate);
}

/** Returns `tag` if Intl accepts it, otherwise the runtime's default locale. Never throws. */
export function supportedLocale(tag: string): string {
  try {
    const [known] = Intl.DateTimeFormat.supportedLocalesOf([tag]);
    if (known) return known;
  } catch {
    // Not a language tag at all: the default, as for one Intl does not support.
  }
  return new Intl.DateTimeFormat().resolvedOptions().locale;
}

/** Returns `zone` if it is a time zone Intl knows, otherwise `undefined` (the reader's zone). */
export function supportedTimeZone(zone: string | null | undefined): string | undefined {
  if (!zone) return undefined;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}

/** An element that reads `lang` or `time-zone` from its ancestors, told when one of them changes. */
export interface ContextReader {
  contextChanged(): void;
}

const readers = new Set<ContextReader>();
/** The nodes observed so far: observing one twice would only replace its options. */
let watched = new WeakSet<Node>();
let documentWatch: MutationObserver | undefined;

/**
 * Tells `reader` (from now until `unwatchContext`) whenever a `lang` or `time-zone` attribute changes anywhere in
 * the document, so a page that switches language (`document.documentElement.lang = 'fr'`, an SPA's locale menu)
 * sees its dates and words follow at once. One observer serves every element of the page.
 */
export function watchContext(reader: ContextReader & Element): void {
  if (isServer || typeof MutationObserver === 'undefined') return;
  readers.add(reader);
  documentWatch ??= new MutationObserver(() => {
    for (const r of readers) r.contextChanged();
  });
  // The document, and each shadow root between it and the element (an observer's subtree stops at them), once.
  // (Node types, not instanceof: in an iframe, nodes are the iframe's classes'.)
  for (let root = reader.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
    const shadow = root.nodeType === 11 && !!(root as ShadowRoot).host;
    // (The element's own document: in an iframe, the iframe's.)
    const target = shadow ? root : reader.ownerDocument.documentElement;
    if (!watched.has(target)) {
      watched.add(target);
      documentWatch.observe(target, { subtree: true, attributeFilter: ['lang', 'time-zone'] });
    }
    if (!shadow) break;
  }
}

/** Stops telling `reader`; the observer stops with the last one. */
export function unwatchContext(reader: ContextReader): void {
  if (readers.delete(reader) && !readers.size) {
    documentWatch?.disconnect();
    watched = new WeakSet();
  }
}

/** The document's base URL, for relative links in data; undefined where there is no document (a server). */
export const documentBase = (): string | undefined => globalThis.document?.baseURI;

/**
 * Whether `el` is about to render over what a server rendered for it (declarative shadow DOM from Lit's SSR): its
 * first render must then repeat the server's (Lit hydrates it in place), and a second one brings the browser's.
 */
export const overServerRender = (el: ReactiveElementLike): boolean =>
  !el.hasUpdated &&
  // (Lit's SSR marks its render with `<!--lit-part …-->` comments; a root holding only the `<style>`s Lit adds where
  // adoptedStyleSheets is missing is no server's.)
  Array.prototype.some.call(
    el.renderRoot?.childNodes ?? [],
    (n: Node) => n.nodeType === 8 && (n as Comment).data.startsWith('lit-part'),
  );

/** What `overServerRender` reads of a Lit element. */
interface ReactiveElementLike {
  hasUpdated: boolean;
  renderRoot?: Node | null;
}
