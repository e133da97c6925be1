/**
 * Maps the XML tree of an RSS 0.9x/2.0, RSS 1.0 (RDF) or Atom 0.3/1.0 document to the model. The formats
 * share one element table because real feeds mix them (RSS with atom:link and media:*, Atom with dc:*).
 */
import { parseDate } from './dates.js';
import { pickImage } from './images.js';
import { htmlOf, plainOf, squash } from './text.js';
import type { Feed, Image, Story } from './types.js';
import { absolute, resolveBase } from './urls.js';
import { textOf, type XmlElement } from './xml.js';

type Author = { name: string; url?: string };

// Element key -> slot and rank. A higher rank replaces a lower one; at equal rank the later element wins, as in
// feedparser (two <updated> keep the last; <published> after <issued> wins). Links are special (first wins).
const SLOTS: Record<string, string> = {
  title: 't3',
  'atom:title': 't3',
  'dc:title': 't2',
  'media:title': 't1',
  description: 's3',
  'atom:summary': 's3',
  'atom:subtitle': 's3',
  'atom:tagline': 's3',
  'dc:description': 's2',
  'content:encoded': 'c3',
  'atom:content': 'c3',
  'xhtml:body': 'c2',
  fullitem: 'c2',
  body: 'c2',
  pubdate: 'p3',
  'atom:published': 'p3',
  'atom:issued': 'p3',
  'dcterms:issued': 'p3',
  'dc:date': 'p2',
  'atom:updated': 'u3',
  'atom:modified': 'u3',
  'dcterms:modified': 'u3',
  lastbuilddate: 'u3',
  guid: 'i3',
  'atom:id': 'i3',
  language: 'l3',
  'dc:language': 'l2',
};

/** The elements of one item or channel, by slot letter, after ranking. */
type Picked = Record<string, XmlElement | undefined>;

/** Reading state shared by the feed and its items. */
class Reader {
  /** The base of last resort: the site link, else the document URL. */
  fallback: string | undefined;

  constructor(fallback: string | undefined) {
    this.fallback = fallback;
  }

  /** The base URL in effect at `el`: nested xml:base resolved outward, then the fallback. */
  base(el: XmlElement | undefined): string | undefined {
    for (let e = el; e; e = e.p) {
      const b = e.a['xml:base'];
      if (b != null) return resolveBase(b, this.base(e.p));
    }
    return this.fallback;
  }

  /** An absolute http(s) URL from a value found at `el`. */
  url = (el: XmlElement, value: string | undefined): string | undefined => absolute(value, this.base(el));

  /** For serialized XHTML: relative href/src made absolute, anything else kept for the sanitizer to judge. */
  attrUrl = (el: XmlElement, value: string): string => this.url(el, value) ?? value;

  text = (el: XmlElement): string => plainOf(el, this.attrUrl);

  html = (el: XmlElement | undefined): string | undefined => el && htmlOf(el, this.attrUrl, this.base(el));

  private lastDate = ['', ''];

  /** A date element as an ISO instant. Atom entries often repeat one date as published and updated. */
  date = (el: XmlElement | undefined): string | undefined => {
    if (!el) return;
    const text = textOf(el);
    const last = this.lastDate;
    if (text !== last[0]) this.lastDate = [text, parseDate(text) ?? ''];
    return this.lastDate[1] || undefined;
  };

  /**
   * One pass over the children of an item or channel: ranked slots, the link, authors and categories.
   * Only direct children count, so a nested <image><title> never becomes the title.
   */
  scan(parent: XmlElement) {
    const got: Picked = {};
    const rank: Record<string, number> = {};
    const authors: Author[] = [];
    const categories: string[] = [];
    let link: string | undefined;
    let permalink: string | undefined;
    const author = (name: string | undefined, url?: string) => {
      name = name && squash(name);
      if (name && !authors.some((a) => a.name === name)) authors.push(url ? { name, url } : { name });
    };
    for (const el of parent.c) {
      if (typeof el === 'string') continue;
      const k = el.k;
      const slot = SLOTS[k];
      if (slot) {
        const s = slot[0];
        const r = +slot[1];
        if (r >= (rank[s] ?? 0)) {
          got[s] = el;
          rank[s] = r;
        }
        if (s === 'i' && el.a.isPermaLink !== 'false' && el.a.ispermalink !== 'false') {
          permalink = this.url(el, textOf(el));
        }
      } else if (k === 'link' || k === 'atom:link') {
        // RSS <link>text</link>, Atom <link rel="alternate" href>, and Atom 0.3's <link>text</link>.
        const rel = el.a.rel || 'alternate';
        if (!link && rel === 'alternate') link = this.url(el, el.a.href ?? textOf(el)) || undefined;
      } else if (k === 'atom:author') {
        const name = el.c.find((n): n is XmlElement => typeof n !== 'string' && n.k === 'atom:name');
        const uri = el.c.find((n): n is XmlElement => typeof n !== 'string' && n.k === 'atom:uri');
        author(name ? textOf(name) : textOf(el), uri && this.url(uri, textOf(uri)));
      } else if (k === 'author' || k === 'dc:creator' || k === 'dc:author' || k === 'itunes:author') {
        author(personName(textOf(el)));
      } else if (k === 'category' || k === 'atom:category' || k === 'dc:subject') {
        const term = squash(el.a.term ?? el.a.label ?? textOf(el));
        if (term && !categories.includes(term)) categories.push(term);
      }
    }
    return { got, link: link ?? permalink, authors, categories };
  }
}

/** The display name in `email (Name)`, `Name (email)` or `Name <email>`. */
function personName(text: string): string {
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(text.trim());
  if (m) return m[1].includes('@') || !m[1] ? m[2] : m[1];
  return text.replace(/<[^>]*@[^>]*>|^mailto:/g, '').trim() || text;
}

/** Sets `obj[key]` when `value` is not empty, so the model carries no undefined fields. */
function put<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined | '') {
  if (value !== undefined && value !== '') obj[key] = value;
}

/** Reads an RSS/RDF/Atom root element (`rss`, `rdf:rdf` or `atom:feed`) into the model. */
export function readXmlFeed(root: XmlElement, format: Feed['format'], url: string | undefined): Feed {
  const r = new Reader(url);
  const kids = (el: XmlElement, k: string) =>
    el.c.filter((n): n is XmlElement => typeof n !== 'string' && n.k === k);
  // RSS 2.0 keeps items in <channel>, RSS 1.0 beside it; some feeds have no <channel> at all.
  const channel = format === 'atom' ? root : (kids(root, 'channel')[0] ?? root);
  const { got, link } = r.scan(channel);
  // The site link is the base for everything relative below it: feeds are often mirrored on another host.
  r.fallback = link ?? url;
  const feed: Feed = { format, items: [] };
  put(feed, 'title', got.t && r.text(got.t));
  put(feed, 'link', link);
  put(feed, 'description', r.html(got.s));
  put(feed, 'language', (got.l && squash(textOf(got.l))) || root.a['xml:lang'] || channel.a['xml:lang']);
  put(feed, 'updated', r.date(got.u) ?? r.date(got.p));
  put(feed, 'image', feedImage(r, channel, root));

  const items = channel === root ? kids(root, 'item') : [...kids(channel, 'item'), ...kids(root, 'item')];
  // A truncated document keeps its complete items only.
  for (const item of format === 'atom' ? kids(root, 'atom:entry') : items)
    if (item.e) feed.items.push(readItem(r, item));
  return feed;
}

function feedImage(r: Reader, channel: XmlElement, root: XmlElement): Image | undefined {
  for (const parent of channel === root ? [root] : [channel, root]) {
    for (const el of parent.c) {
      if (typeof el === 'string') continue;
      let url: string | undefined;
      if (el.k === 'image') {
        const u = el.c.find((n): n is XmlElement => typeof n !== 'string' && n.k === 'url');
        url = u ? r.url(u, textOf(u)) : r.url(el, el.a['rdf:resource']);
      } else if (el.k === 'atom:logo') url = r.url(el, textOf(el));
      else if (el.k === 'itunes:image') url = r.url(el, el.a.href);
      if (url) return { url };
    }
  }
  return;
}

function readItem(r: Reader, item: XmlElement): Story {
  const { got, link, authors, categories } = r.scan(item);
  const story: Story = { title: got.t ? r.text(got.t) : '', categories };
  put(story, 'id', got.i ? textOf(got.i).trim() : item.a['rdf:about']);
  put(story, 'link', link);
  const summary = r.html(got.s);
  const content = r.html(got.c);
  put(story, 'summary', summary);
  put(story, 'contentHtml', content);
  put(story, 'published', r.date(got.p));
  put(story, 'updated', r.date(got.u));
  if (authors.length) {
    story.author = authors.map((a) => a.name).join(', ');
    story.authors = authors;
  }
  put(story, 'image', pickImage(item, [summary, content], r));
  return story;
}
