/**
 * Maps the XML tree of an RSS 0.9x/2.0, RSS 1.0 (RDF) or Atom 0.3/1.0 document to the model. The formats
 * share one element table because real feeds mix them (RSS with atom:link and media:*, Atom with dc:*).
 *
 * The story image is chosen during the same pass over an item's children: the largest Media RSS image
 * (media:content, also inside media:group, and media:thumbnail, also inside a video's media:content), then the
 * first image enclosure, then the item's itunes:image (or <image>), then the first reasonably sized `<img>` of its
 * summary or content. A Media RSS image under 100 pixels a side (Blogger's 72px crop) comes after all of those;
 * one whose URL names an icon, emoji or avatar is never chosen. Its alt, caption and credit come from the Media RSS
 * text of the element, its group, or the item. An item with neither summary nor content (a video) gets the Media
 * RSS description of its image as summary.
 */
import { feedDate } from './dates.js';
import { htmlImage, junk, sized } from './images.js';
import { htmlOf, htmlToText, personText, plainOf, plainText, squash } from './text.js';
import type { Feed, Image, Story } from './types.js';
import { absolute, capped, resolveBase } from './urls.js';
import { elements, escapeHtml, first, textOf, type XmlElement } from './xml.js';

// Element keys by slot, slots split by `|` in the order of `Slot`. Within a slot, keys are grouped by rank,
// highest first, groups split by `,`. A higher rank replaces a lower one; at equal rank the later element wins, as
// in feedparser (two <updated>: the last; <published> after <issued>: published). The slots from Author on are
// collected instead: authors, categories, links (the first alternate wins), the feed image (the first wins), the
// source (where the story first appeared) and the image candidates. Packed to save bundle bytes; unpacked to
// slot * 4 + rank, ranks 3, 2, 1.
const TABLE =
  'title atom:title,dc:title,media:title itunes:title|' +
  'description atom:summary atom:subtitle atom:tagline,dc:description,itunes:summary itunes:subtitle|' +
  'content:encoded atom:content,xhtml:body fullitem body|pubdate atom:published atom:issued dcterms:issued,dc:date,atom:created|' +
  'atom:updated atom:modified dcterms:modified lastbuilddate updated|guid atom:id|language,dc:language|' +
  'author dc:creator dc:author itunes:author atom:author|category atom:category dc:subject|' +
  'link atom:link feedburner:origlink|' +
  'image atom:logo itunes:image|source atom:source|media:content media:thumbnail media:group enclosure';
/** Slot numbers: the order of TABLE. */
const enum Slot {
  Title,
  Summary,
  Content,
  Published,
  Updated,
  Id,
  Language,
  Author,
  Category,
  Link,
  Image,
  Source,
  Media,
}

let slots: Record<string, number> | undefined;

/**
 * Sets each field of `fields` on `obj`, in order, unless its value is empty (no value is a number), so the model
 * carries no undefined fields. Returns `obj`.
 */
export function put<T extends object>(obj: T, fields: Partial<Record<keyof T, unknown>>): T {
  for (const key in fields) if (fields[key]) (obj as Record<string, unknown>)[key] = fields[key];
  return obj;
}

/** One of a story's authors. */
export type Person = NonNullable<Story['authors']>[number];

/** A story's author and authors: its people's names joined, and the people; no fields without any. */
export const byline = (people: Person[]) =>
  people[0] && { author: people.map((p) => p.name).join(', '), authors: people };

/**
 * The display name in `email (Name)`, `Name (email)` or `Name <email>`; other text whole (`Jane Doe (Reuters)`),
 * as plain text (arXiv's names are links).
 */
function personName(text: string): string {
  // (Long text is no person's name; the lazy pattern would also be quadratic on it. The `<…@…>` pattern never
  // crosses a `<`, so it stays linear.)
  const m = text.length < 200 ? /^(.*?)\s*\(([^)]*)\)$/.exec(text) : null;
  const name = m?.[2].includes('@')
    ? m[1]
    : m && (m[1].includes('@') || !m[1])
      ? m[2].replace(/^"(.+)"$/, '$1') // (Flickr's `nobody@flickr.com ("harbourphotos")`)
      : text.replace(/<[^<>@]*@[^<>]*>/, '') || text;
  return htmlToText(name);
}

/** Whether a link element is an alternate link: without a `rel`, it is one. */
const alternate = (el: XmlElement) => (el.a.rel || 'alternate') == 'alternate';

// A category term for machines, not people: a URL, a UUID or a long hex id.
const MACHINE = /^([a-z][\w+.-]*:\/\/\S*|[\da-f]{8}(-[\da-f]{4}){3}-[\da-f]{12}|[\da-f]{16,})$/i;

// WordPress's boilerplate in summaries: its "Continue reading" link, and Yoast's closing "The post … appeared first
// on …" paragraph. (Tags are bounded and link text stops at the next link, so hostile runs of `<a` stay linear.)
/** The rest of a link after its start tag's attributes: `>`, its text, `</a>`. */
const LINK_END = '>(?:[^<]|<(?!\\/?a\\b))*<\\/a>';
const LINK = `<a\\b[^<>]{0,500}${LINK_END}`;
const BOILERPLATE = new RegExp(
  `<a\\b[^<>]{0,500}?\\bclass\\s*=\\s*["'](?:[^"'<>\\s]*\\s+){0,20}more-link(?=[\\s"'])[^<>]{0,500}${LINK_END}|` +
    `<p>The post ${LINK} appeared first on ${LINK}\\.<\\/p>\\s*$`,
  'g',
);

/** HTML without WordPress's boilerplate (looked for only where its words are: most HTML has none). */
const unfurnished = (html: string | undefined) =>
  html && (html.includes('more-link') || html.includes(' appeared first on '))
    ? html.replace(BOILERPLATE, '').trim()
    : html;

/** At most this many authors and categories per story: more is no story, and would make a feed multiply. */
const MAX = 100;

/** Reads an RSS/RDF/Atom root element (`rss`, `channel`, `rdf:rdf` or `atom:feed`) into the model. */
export function readXmlFeed(root: XmlElement, format: Feed['format'], url: string | undefined): Feed {
  // The table is unpacked on first use (no work at import time); `title` is there once it is. No prototype, so
  // an element named <constructor> finds no slot.
  const table = (slots ??= Object.create(null) as Record<string, number>);
  if (!table.title) {
    TABLE.split('|').forEach((ranks, slot) =>
      ranks.split(',').forEach((keys, i) => {
        for (const k of keys.split(' ')) table[k] = slot * 4 + 3 - i;
      }),
    );
  }
  // The base of last resort: the document URL, then (once read) the site link.
  let fallback = url;
  let lastText: string | undefined;
  let lastDate: string | undefined;

  /** Each xml:base resolved, by its element: once, however many URLs below it, however deep the nesting. */
  const bases = new Map<XmlElement, string | undefined>();
  /** The xml:base in effect at `el`, resolved outward (the outermost against the document URL, else the site link). */
  const xmlBase = (el: XmlElement | undefined): string | undefined => {
    for (let e = el; e; e = e.p) {
      const b = e.a['xml:base'];
      if (b == null) continue;
      if (!bases.has(e)) bases.set(e, capped(resolveBase(b, xmlBase(e.p) ?? url ?? fallback)));
      return bases.get(e);
    }
  };
  /** The base URL in effect at `el`: its xml:base, else the fallback. */
  const base = (el: XmlElement | undefined) => xmlBase(el) ?? fallback;
  /** An absolute http(s) URL from a value found at `el`. */
  const link = (el: XmlElement, value: string | undefined) => absolute(value, base(el));
  /**
   * For serialized XHTML: relative href/src made absolute (but `#fn1` stays a link within the story, as in escaped
   * HTML), anything else kept for the sanitizer to judge.
   */
  const attrUrl = (el: XmlElement, value: string) => (value[0] == '#' ? value : (link(el, value) ?? value));
  /** Plain text of an element; '' without one. */
  const text = (el: XmlElement | undefined) => (el ? plainOf(el, attrUrl) : '');
  const html = (el: XmlElement | undefined) => el && htmlOf(el, attrUrl, base(el));
  // Atom entries often repeat one date as published and updated: parse it once.
  const date = (el: XmlElement) => {
    const t = textOf(el);
    if (t != lastText) lastDate = feedDate((lastText = t));
    return lastDate;
  };

  // What `scan` read from the children of the current item (or the channel), reset by every scan (hence the `!`:
  // nothing reads them before the first one). Ranked slots live in arrays by slot number: one shape for every
  // item, cheaper than objects keyed by letter.
  let got!: (XmlElement | undefined)[];
  /** The instants of the published and updated elements in `got`. */
  let dates!: (string | undefined)[];
  let href: string | undefined;
  /** Whether `href` is a web page's (an alternate without a type, or of an HTML type). */
  let hrefPage: boolean | undefined;
  /** The item's feedburner:origLink, which wins over its <link>. */
  let origin: string | undefined;
  let authors!: Person[];
  let categories!: string[];
  /** The categories' terms in lower case, to find a repeat in one lookup. */
  let termsSeen!: Set<string>;
  /** The itunes:image or <image> URL: the feed logo, or an item's image after media and enclosures. */
  let image: string | undefined;
  let source!: NonNullable<Story['source']>;
  /** The <author>s of an Atom entry's <source>: the entry's own when it names none (RFC 4287 §4.2.1). */
  let sourceAuthors!: XmlElement[];
  /** The largest Media RSS image so far, its area, and the first image enclosure. */
  let media: Image | undefined;
  let area!: number;
  let enclosure: string | undefined;
  /** The media element that gave `media`, and its group. */
  let picked: (XmlElement | undefined)[];

  /** Weighs a media element (or enclosure) as the story image; `group` is the media:group (or video) around it. */
  const candidate = (el: XmlElement, group?: XmlElement) => {
    const { k, a } = el;
    const isMedia = k == 'media:content' || k == 'media:thumbnail';
    // Videos and podcasts carry media:content too; only images qualify, but a video's own media:thumbnail does.
    // Without a type or medium, the file name must not say video or audio either.
    if (
      k == 'media:group' ||
      (isMedia &&
        (!a.url ||
          (a.medium && !/^image$/i.test(a.medium)) ||
          (a.type
            ? !/^image\//i.test(a.type)
            : /\.(mp[34]|m4[av]|mov|webm|og[gav]|wav|aac|m3u8|mpd)([?#]|$)/i.test(a.url))))
    ) {
      for (const n of elements(el)) candidate(n, el);
    } else if (isMedia) {
      const u = link(el, a.url);
      // Unknown sizes count as 0, so a sized image wins (one side given stands for both: the Guardian's
      // `width="1024"` beats a 150×150 thumbnail) and otherwise the first one does, or the group's `isDefault`; but
      // a media:content of the thumbnail's own URL takes its place, with its text (WordPress VIP gives both, the alt
      // text in the content).
      const w = parseInt(a.width) || 0;
      const h = parseInt(a.height) || 0;
      const size = (w || h) * (h || w);
      if (
        !u ||
        size < area ||
        (size == area &&
          (u != media?.url || k != 'media:content') &&
          !/^true$/i.test(a.isDefault ?? a.isdefault ?? '')) ||
        junk(u)
      )
        return;
      area = size;
      media = sized(u, a.width, a.height);
      picked = [el, group];
    } else if (!enclosure && (k == 'enclosure' || (k == 'atom:link' && a.rel == 'enclosure'))) {
      const u = a.url ?? a.href;
      if (a.type ? /^image\//i.test(a.type) : /\.(jpe?g|png|gif|webp|avif)([?#]|$)/i.test(u))
        enclosure = link(el, u);
    }
  };

  /** Adds the person of an author element (RSS text, or Atom's <name> and <uri>) to `authors`, once. */
  const addAuthor = (el: XmlElement) => {
    // (RSS feeds nest Atom's <name> and <uri> without its namespace too.)
    const name = first(el, 'atom:name') ?? first(el, 'name');
    const uri = first(el, 'atom:uri') ?? first(el, 'uri') ?? first(el, 'atom:url');
    const email = first(el, 'atom:email');
    const who = personText(name && textOf(name).trim() ? textOf(name) : personName(textOf(el).trim()));
    // (Blogger names a post without an author `Unknown`, of `noreply@blogger.com`: nobody.)
    if (who == 'Unknown' && email && /^noreply@blogger\.com$/i.test(textOf(email).trim())) return;
    const site = uri && link(uri, textOf(uri));
    if (who && authors.length < MAX && !authors.some((p) => p.name == who))
      authors.push(put<Person>({ name: who }, { url: site }));
  };

  /**
   * One pass over the children of an item or channel: ranked slots, link, authors, categories, image
   * candidates, source. Only direct children count, so a nested <image><title> never becomes the title.
   */
  const scan = (parent: XmlElement) => {
    got = [];
    dates = [];
    authors = [];
    categories = [];
    termsSeen = new Set();
    source = {};
    sourceAuthors = [];
    href = hrefPage = origin = image = media = enclosure = undefined;
    area = -1;
    let permalink: XmlElement | undefined;
    for (const el of parent.c) {
      if (typeof el == 'string') continue;
      // (Every value is at least 1.)
      const v = table[el.k];
      if (!v) continue;
      const slot = v >> 2;
      const a = el.a;
      if (slot < Slot.Author) {
        // (The element there is of the same slot, so the table values compare as its rank and this one's.) An
        // empty element, or a date that does not read (`<pubDate>N/A</pubDate>`), leaves the place to the next.
        if ((!got[slot] || v >= table[got[slot].k]) && el.c.some((n) => typeof n != 'string' || n.trim())) {
          const when = slot == Slot.Published || slot == Slot.Updated ? date(el) : '';
          if (when != null) {
            got[slot] = el;
            if (when) dates[slot - Slot.Published] = when;
          }
        }
        // An RSS <guid> is a permalink unless it says otherwise (an Atom <id> never is).
        if (el.k == 'guid' && !/^false$/i.test(a.isPermaLink ?? a.ispermalink ?? '')) permalink = el;
      } else if (el.k == 'feedburner:origlink') {
        // FeedBurner's copy of the publisher's own link, which its <link> hides behind a feedproxy redirect.
        origin = link(el, textOf(el));
      } else if (slot == Slot.Link && alternate(el)) {
        // RSS <link>text</link>, Atom <link rel="alternate" href>, and Atom 0.3's <link>text</link>: the first, but
        // a web page beats an alternate of another type before it (a PDF, a feed: RFC 4287 §4.1.1).
        const page = !a.type || /html/i.test(a.type);
        if (!href || (page && !hrefPage)) {
          const l = link(el, a.href ?? textOf(el));
          if (l) [href, hrefPage] = [l, page];
        }
      } else if (slot == Slot.Author) {
        addAuthor(el);
      } else if (slot == Slot.Category) {
        // (As text that may be HTML: `<![CDATA[Google &amp; Android]]>` is `Google & Android`.) Machine terms are no
        // category: a URL (then Atom's label, its name for people, stands in), a UUID or a long hex id (Fox News
        // tags each story with its `dc.identifier`).
        let term = plainText(a.term ?? a.label ?? textOf(el));
        if (MACHINE.test(term)) term = plainText(a.label ?? '');
        // (Once, whatever its case: WordPress's category "News" and tag "news".)
        const lower = term.toLowerCase();
        if (term && !MACHINE.test(term) && categories.length < MAX && !termsSeen.has(lower)) {
          termsSeen.add(lower);
          categories.push(term);
        }
      } else if (slot == Slot.Source) {
        // RSS <source url="…">Name</source>, Atom <source> with its own title, alternate link and authors.
        const t = first(el, 'atom:title');
        const l = elements(el, 'atom:link').find(alternate);
        put(source, {
          title: t ? text(t) : squash(textOf(el)),
          link: l ? link(l, l.a.href) : link(el, a.url),
        });
        sourceAuthors = elements(el, 'atom:author');
      } else if (slot == Slot.Image) {
        const u = first(el, 'url');
        image ??= link(el, u ? textOf(u) : (a.href ?? a['rdf:resource'] ?? textOf(el)));
      } else candidate(el); // media elements, and links of other rels (an enclosure maybe)
    }
    // The link is resolved from the guid only when needed: most items have a <link>. Only a guid that looks like
    // a URL counts: podcasts' `D03EEC9B-…` or `post-123` made relative would be a link to nowhere.
    const guid = permalink && textOf(permalink).trim();
    href = origin ?? href ?? (guid && /^(https?:\/)?\//i.test(guid) ? link(permalink!, guid) : undefined);
    if (media) {
      // Media RSS text of the element, else of its group, else of the item (where Media RSS also allows it).
      // Read once, for the image chosen: an item may hold thousands of media elements.
      const [caption, title, credit] = ['media:description', 'media:title', 'media:credit'].map((key) =>
        text(first(picked[0], key) ?? first(picked[1], key) ?? first(parent, key)),
      );
      put(media, { alt: caption || title, caption, credit });
    }
  };

  // RSS 2.0 keeps items in <channel>, RSS 1.0 beside it; some feeds have no <channel> at all.
  const channel = (format != 'atom' && first(root, 'channel')) || root;
  scan(channel);
  // The site link is the base for everything relative below it: feeds are often mirrored on another host. (A
  // relative xml:base resolved before it was known is resolved again, and so are the channel's own URLs, its
  // logo and its authors' pages: a second scan, but the link stays as first resolved.)
  const site = href;
  fallback = capped(site) ?? url;
  bases.clear();
  if (fallback != url) {
    scan(channel);
    href = site;
  }
  const feed = put<Feed>(
    { format, items: [] },
    {
      title: text(got[Slot.Title]),
      link: href,
      description: html(got[Slot.Summary]),
      language:
        (got[Slot.Language] && squash(textOf(got[Slot.Language]))) ||
        root.a['xml:lang'] ||
        channel.a['xml:lang'],
      updated: dates[1] ?? dates[0],
    },
  );
  const heads = authors;
  // RSS 1.0 puts <image> beside the channel.
  if (!image && channel != root) scan(root);
  put(feed, { image: image && { url: image } });

  const items = elements(channel, format == 'atom' ? 'atom:entry' : 'item');
  // (A loop, not a spread: 200 000 items overflow a call's arguments.)
  if (channel != root) for (const item of elements(root, 'item')) items.push(item);
  for (const item of items) {
    // A truncated document keeps its complete items only.
    if (!(item.e & 1)) continue;
    scan(item);
    // Atom entries without an author inherit their <source>'s, else the feed's (RFC 4287 §4.2.1).
    if (!authors[0] && format == 'atom') {
      sourceAuthors.forEach(addAuthor);
      if (!authors[0]) authors = heads.slice();
    }
    const summary = unfurnished(html(got[Slot.Summary]));
    const content = unfurnished(html(got[Slot.Content]));
    // A bare e-mail address (`<author>newsroom@…</author>` beside a `<dc:creator>`) is no byline beside a name.
    // (One `@` split only: `\S+@\S+` tried every `@` of a hostile name.)
    const named = authors.filter((p) => !/^[^\s@]+@\S+$/.test(p.name));
    const people = named[0] ? named : authors;
    image = enclosure ?? image;
    // A media image under 100 pixels a side (a 72px crop) is only a thumbnail: any other image is better.
    const { width = 100, height = 100 } = media ?? {};
    feed.items.push(
      put<Story>(
        { title: text(got[Slot.Title]), categories },
        {
          id: got[Slot.Id] ? textOf(got[Slot.Id]).trim() : item.a['rdf:about'],
          link: href,
          // Without a summary or content (video feeds), the Media RSS description is the summary.
          summary: summary || (!content && media?.caption && escapeHtml(media.caption)),
          contentHtml: content,
          published: dates[0],
          updated: dates[1],
          ...byline(people),
          image:
            (width > 99 && height > 99 && media) ||
            (image ? { url: image } : (htmlImage(summary) ?? htmlImage(content))) ||
            media,
          source: (source.title || source.link) && source,
        },
      ),
    );
  }
  return feed;
}
