/**
 * The one image of a story, chosen deterministically: the largest Media RSS image (media:content, also inside
 * media:group, and media:thumbnail), then an image enclosure, then itunes:image (or an item <image>), then the first reasonably
 * sized `<img>` of the story's HTML.
 */
import type { Image } from './types.js';
import { absolute } from './urls.js';
import { elements, find, first, parseXml, type XmlElement } from './xml.js';

/** What the picker needs from the feed reader: absolute URLs and plain text of an element. */
export interface ImageContext {
  url(el: XmlElement, value: string | undefined): string | undefined;
  text(el: XmlElement): string;
}

// Below this many pixels a side, an <img> is a tracker, an icon or a share button, not the story's picture.
const TINY = 50;

/** An image with the width and height that are known (positive numbers). */
function sized(url: string, width: string | undefined, height: string | undefined): Image {
  const img: Image = { url };
  const w = parseInt(width!),
    h = parseInt(height!);
  if (w > 0) img.width = w;
  if (h > 0) img.height = h;
  return img;
}

/**
 * Picks the story image from the item's media elements (media:content, media:thumbnail, media:group,
 * enclosure, atom:link rel="enclosure") and its HTML (summary, content); undefined when none.
 * `fallback` is the item's own itunes:image or <image> URL, used after enclosures and before the HTML.
 */
export function pickImage(
  media: XmlElement[],
  html: (string | undefined)[],
  ctx: ImageContext,
  fallback?: string,
): Image | undefined {
  let best: Image | undefined;
  let bestArea = -1;
  let other: string | undefined;
  const visit = (el: XmlElement, group?: XmlElement) => {
    const { k, a } = el;
    if (k === 'media:group') for (const n of elements(el)) visit(n, el);
    else if (k === 'media:content' || k === 'media:thumbnail') {
      // Videos and podcasts carry media:content too; only images qualify.
      // Without a type or medium, the file name must not say video or audio either.
      if (
        (a.medium && a.medium !== 'image') ||
        (a.type
          ? !a.type.startsWith('image/')
          : /\.(mp[34]|m4[av]|mov|webm|og[gav]|wav|aac)([?#]|$)/i.test(a.url))
      ) {
        return;
      }
      const url = ctx.url(el, a.url);
      // Unknown sizes count as 0, so a sized image wins and otherwise the first one does.
      const area = (parseInt(a.width) || 0) * (parseInt(a.height) || 1);
      if (!url || area <= bestArea) return;
      bestArea = area;
      best = sized(url, a.width, a.height);
      // Media RSS text of the element, else of its group.
      // (Most media elements are empty: skip the lookups then.)
      if (!el.c.length && !group) return;
      const [caption, title, credit] = ['description', 'title', 'credit'].map((name) => {
        const found = first(el, 'media:' + name) ?? first(group, 'media:' + name);
        return found && ctx.text(found);
      });
      if (caption || title) best.alt = caption || title;
      if (caption) best.caption = caption;
      if (credit) best.credit = credit;
    } else if (!other && (k === 'enclosure' || (k === 'atom:link' && a.rel === 'enclosure'))) {
      const href = a.url ?? a.href;
      if (a.type ? a.type.startsWith('image/') : /\.(jpe?g|png|gif|webp|avif)([?#]|$)/i.test(href))
        other = ctx.url(el, href);
    }
  };
  for (const el of media) visit(el);
  if (best) return best;
  const url = other ?? fallback;
  if (url) return { url };
  let img: Image | undefined;
  for (const doc of html) {
    // The first reasonably sized <img>, read from the first `<img` on: most HTML has none, and the rest need not
    // be parsed.
    const at = doc ? doc.indexOf('<img') : -1;
    if (at < 0) continue;
    find(parseXml(doc!.slice(at)), ({ k, a: attrs }) => {
      if (k !== 'img') return;
      const a: Record<string, string> = {};
      for (const name in attrs) a[name.toLowerCase()] = attrs[name];
      const src = absolute(a.src);
      if (!src || parseInt(a.width) < TINY || parseInt(a.height) < TINY) return;
      img = sized(src, a.width, a.height);
      if (a.alt?.trim()) img.alt = a.alt.trim();
      return img;
    });
    if (img) return img;
  }
  return;
}
