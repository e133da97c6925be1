/**
 * The one image of a story, chosen deterministically: the largest Media RSS image (media:content, also inside
 * media:group, and media:thumbnail), then an image enclosure, then itunes:image, then the first reasonably
 * sized `<img>` of the story's HTML.
 */
import { decodeEntities } from './entities.js';
import type { Image } from './types.js';
import { absolute } from './urls.js';
import type { XmlElement } from './xml.js';

/** What the picker needs from the feed reader: absolute URLs and plain text of an element. */
export interface ImageContext {
  url(el: XmlElement, value: string | undefined): string | undefined;
  text(el: XmlElement): string;
}

const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;
// Below this many pixels a side, an <img> is a tracker, an icon or a share button, not the story's picture.
const TINY = 50;

/** The first child of `el` with key `k`. */
const child = (el: XmlElement | undefined, k: string) =>
  el?.c.find((n): n is XmlElement => typeof n !== 'string' && n.k === k);

/** Adds width, height and the Media RSS text of a media element (or its group) to an image. */
function describe(img: Image, el: XmlElement, group: XmlElement | undefined, ctx: ImageContext): Image {
  const w = parseInt(el.a.width),
    h = parseInt(el.a.height);
  if (w > 0) img.width = w;
  if (h > 0) img.height = h;
  const text = (k: string) => {
    const found = child(el, k) ?? child(group, k);
    return found && (ctx.text(found) || undefined);
  };
  const caption = text('media:description');
  const alt = caption ?? text('media:title');
  const credit = text('media:credit');
  if (alt) img.alt = alt;
  if (caption) img.caption = caption;
  if (credit) img.credit = credit;
  return img;
}

/** Picks the story image from the item element and its HTML (summary, content); undefined when none. */
export function pickImage(
  item: XmlElement,
  html: (string | undefined)[],
  ctx: ImageContext,
): Image | undefined {
  let best: Image | undefined;
  let bestArea = -1;
  let other: Image | undefined;
  const visit = (el: XmlElement, group?: XmlElement) => {
    const a = el.a;
    if (el.k === 'media:group') for (const n of el.c) typeof n !== 'string' && visit(n, el);
    else if (el.k === 'media:content' || el.k === 'media:thumbnail') {
      // Videos and podcasts carry media:content too; only images qualify.
      if ((a.medium && a.medium !== 'image') || (a.type && !a.type.startsWith('image/'))) return;
      const url = ctx.url(el, a.url);
      // Unknown sizes count as 0, so a sized image wins and otherwise the first one does.
      const area = (parseInt(a.width) || 0) * (parseInt(a.height) || 1);
      if (url && area > bestArea) {
        best = describe({ url }, el, group, ctx);
        bestArea = area;
      }
    } else if (!other && (el.k === 'enclosure' || (el.k === 'atom:link' && a.rel === 'enclosure'))) {
      const href = a.url ?? a.href;
      if (a.type ? a.type.startsWith('image/') : IMAGE_FILE.test(href ?? '')) {
        const url = ctx.url(el, href);
        if (url) other = { url };
      }
    }
  };
  for (const n of item.c) typeof n !== 'string' && visit(n);
  if (best) return best;
  if (other) return other;
  const itunes = child(item, 'itunes:image');
  const url = itunes && ctx.url(itunes, itunes.a.href);
  if (url) return { url };
  for (const doc of html) {
    if (!doc || doc.indexOf('<img') < 0) continue;
    for (const [tag] of doc.matchAll(/<img\b[^>]*>/gi)) {
      const attrs: Record<string, string> = {};
      for (const m of tag.matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
        attrs[m[1].toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4]);
      }
      const w = parseInt(attrs.width),
        h = parseInt(attrs.height);
      if (w < TINY || h < TINY) continue;
      const src = absolute(attrs.src);
      if (!src) continue;
      const img: Image = { url: src };
      if (w) img.width = w;
      if (h) img.height = h;
      const alt = attrs.alt?.trim();
      if (alt) img.alt = alt;
      return img;
    }
  }
  return;
}
