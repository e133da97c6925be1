/**
 * Story images. A story's one image is chosen deterministically, while its elements are read (`readXmlFeed`):
 * the largest Media RSS image (media:content, also inside media:group, and media:thumbnail), then an image
 * enclosure, then itunes:image (or an item <image>), then the first reasonably sized `<img>` of the story's HTML,
 * which is found here (also for JSON Feed items without an image), then a Media RSS thumbnail under 100 pixels.
 */
import type { Image } from './types.js';
import { absolute } from './urls.js';
import { find, parseXml } from './xml.js';

// Below this many pixels a side, an <img> is a tracker, an icon or a share button, not the story's picture.
const TINY = 50;

/**
 * Whether an image URL names an icon, emoji, avatar or tracking pixel rather than a picture, however large it
 * may be declared or left unsized (WordPress smileys, share icons, author gravatars in media:content): a folder
 * of them (`/emoji/`, Mastodon's `/custom_emojis/`, `/avatars/`, FeedBurner's `/~ff/` buttons and `/~r/` beacons), an avatar or analytics host,
 * or an asset file (`share_icon.png`, `pixel.gif`, `facebook.png`). Words in a story's file name are not enough:
 * `pixel-8-review.jpg`, `avatar-poster.jpg`, `twitter-ceo.png` and `elon-musk-twitter.png` are news pictures.
 */
export const junk = (url: string): boolean =>
  /\/(icons?|(tw|custom_)?emojis?|smil(ey|ie)s?|avatars?|~ff|~r)\/|\/\/([\w-]+\.)*(gravatar|avatars?|google-analytics|doubleclick|(pixel|stats)\.wp)\.|([/_-](icon([_-](large|small|\d+))?|pixel)|\/(facebook|twitter|linkedin|pinterest|whatsapp|reddit|tumblr|share)(_\w{0,8})?)\.(png|gif|svg|ico)\b/i.test(
    url,
  );

/** An image with the width and height that are known (positive numbers). */
export function sized(url: string, width: string | undefined, height: string | undefined): Image {
  const img: Image = { url };
  const w = parseInt(width!),
    h = parseInt(height!);
  if (w > 0) img.width = w;
  if (h > 0) img.height = h;
  return img;
}

/** The first reasonably sized `<img>` of some HTML (already resolved, so its URLs are absolute), if any. */
export function htmlImage(html: string | undefined): Image | undefined {
  let img: Image | undefined;
  // Read from the first `<img` on: most HTML has none, and the rest need not be parsed.
  const at = html ? html.search(/<img/i) : -1;
  if (at >= 0) {
    find(parseXml(html!.slice(at)), ({ k, a: attrs }) => {
      if (k != 'img') return;
      const a: Record<string, string> = {};
      for (const name in attrs) a[name.toLowerCase()] = attrs[name];
      // Lazy loading leaves `src` a placeholder (a `data:` GIF, or nothing) and the picture in a data attribute.
      const src = absolute(
        a.src && !/^\s*data:/i.test(a.src)
          ? a.src
          : (a['data-src'] ?? a['data-lazy-src'] ?? a['data-original']),
      );
      if (
        !src ||
        junk(src) ||
        parseInt(a.width) < TINY ||
        parseInt(a.height) < TINY ||
        // A pixel sized or hidden by its style (`width:1px!important` too), or an emoji by its class (Mastodon's).
        /(^|;)\s*((width|height)\s*:\s*[01](px)?\s*(!\s*important\s*)?(;|$)|display\s*:\s*none)/i.test(
          a.style ?? '',
        ) ||
        /\bemoji/i.test(a.class ?? '')
      )
        return;
      img = sized(src, a.width, a.height);
      if (a.alt?.trim()) img.alt = a.alt.trim();
      return img;
    });
  }
  return img;
}
