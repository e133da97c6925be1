import { trimEnd } from '../../feed/trim.js';
import { textDirection } from '../../shared/direction.js';
import type { Story } from '../../feed/types.js';
import { mediumDate } from './story-dates.js';
import { htmlToText, truncate } from './html-text.js';
import { safeUrl, storyIdentity } from './merge.js';

/**
 * What a story card shows, computed once per story: every string is plain text and every URL an absolute
 * http(s) URL, so the templates (built-in or the author's) never see anything else.
 */
export interface StoryView {
  story: Story;
  /** What identifies the story across refreshes (its id, else its canonical link, else title and date). */
  key: string;
  title: string;
  /** Allow-listed link, or undefined (then the title is not a link). */
  href?: string;
  /** ISO date for `<story-date>`, or `''`. */
  datetime: string;
  summary: string;
  author: string;
  source: string;
  section: string;
  image?: { src: string; alt: string; width?: number; height?: number };
  /** The placeholder's letter and color (0–7) when there is no image. */
  initial: string;
  hue: number;
  /** The direction of the title, summary, author and source text, each its own (see `textDirection`). */
  dir: Record<'title' | 'summary' | 'author' | 'source', 'rtl' | 'ltr' | undefined>;
}

const views = new WeakMap<Story, StoryView>();

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return Math.abs(h);
}

function positive(n: number | undefined): number | undefined {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.round(n) : undefined;
}

/** `example.com/news/park` for `https://www.example.com/news/park/`: a last-resort title. */
function readableLink(href: string | undefined): string {
  if (!href) return '';
  const url = new URL(href);
  const text = `${url.host.replace(/^www\./, '')}${trimEnd(url.pathname, '/')}`;
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}

/** Whether a story has anything to show as its title (a title, a summary or a link). */
export function isShowable(story: Story): boolean {
  return !!(story.title?.trim() || story.summary?.trim() || story.contentHtml?.trim() || safeUrl(story.link));
}

/** The view of `story`, cached per story object (stories are treated as immutable). */
export function storyView(story: Story): StoryView {
  let view = views.get(story);
  if (view) return view;
  // A feed that only has full content (a JSON Feed `content_html`) still gets a summary line from it.
  const summary = htmlToText(story.summary || story.contentHtml);
  // A story needs a name for its link and heading: an untitled one (allowed in RSS) uses its summary.
  const href = safeUrl(story.link);
  const title =
    (typeof story.title === 'string' ? story.title.trim() : '') ||
    truncate(summary, 100) ||
    readableLink(href);
  const author = story.author || story.authors?.map((a) => a.name).join(', ') || '';
  const imageSrc = safeUrl(story.image?.url);
  const source = story.source?.title ?? '';
  const label = title || source || '';
  view = {
    story,
    key: storyIdentity(story),
    title,
    href,
    datetime: story.published || story.updated || '',
    summary,
    author: typeof author === 'string' ? author : '',
    source: typeof source === 'string' ? source : '',
    section: typeof story.section === 'string' ? story.section : (story.categories?.[0] ?? ''),
    image: imageSrc
      ? {
          src: imageSrc,
          alt: story.image?.alt ?? '',
          width: positive(story.image?.width),
          height: positive(story.image?.height),
        }
      : undefined,
    initial: (label.match(/[\p{L}\p{N}]/u)?.[0] ?? '').toLocaleUpperCase(),
    hue: hash(source || title) % 8,
    dir: { title: undefined, summary: undefined, author: undefined, source: undefined },
  };
  // (Measured once per story, here where the view is cached, not on every render of its card.)
  for (const key of ['title', 'summary', 'author', 'source'] as const)
    view.dir[key] = textDirection(view[key]);
  views.set(story, view);
  return view;
}

/** Options for filling an author's card template. */
export interface CardOptions {
  target?: string;
  dateFormat: string;
  datePattern: string;
  locale: string;
  /** The zone of the dates (the reader's when undefined). */
  timeZone?: string;
  noImages: boolean;
  noSummary: boolean;
  noDate: boolean;
  noAuthor: boolean;
}

/** The top-level `<style>` elements of an author's card template, to be adopted once per shadow root. */
export function templateStyles(template: HTMLTemplateElement): HTMLStyleElement[] {
  return [...template.content.children]
    .filter((child) => child.localName === 'style')
    .map((style) => style.cloneNode(true) as HTMLStyleElement);
}

/**
 * One card from the author's `<template data-story>`: a deep clone whose `[data-field]` elements receive the
 * story's values as text content or as allow-listed URLs, never as markup. A field without a value is
 * `hidden`. Scripts and styles of the template are not cloned into the cards.
 */
export function fillTemplate(
  template: HTMLTemplateElement,
  view: StoryView,
  options: CardOptions,
): DocumentFragment {
  const fragment = template.content.cloneNode(true) as DocumentFragment;
  for (const el of fragment.querySelectorAll('script, style')) el.remove();
  for (const el of fragment.querySelectorAll<HTMLElement>('[data-field]')) {
    const field = el.dataset.field;
    let shown = true;
    switch (field) {
      case 'title':
        el.textContent = view.title;
        shown = view.title !== '';
        break;
      case 'link':
        if (el instanceof HTMLAnchorElement) {
          if (view.href) {
            el.href = view.href;
            if (options.target) {
              el.target = options.target;
              el.rel = 'noopener noreferrer';
            }
          } else el.removeAttribute('href');
        }
        // An empty link gets the title, so that it has a discernible name.
        if (el.childElementCount === 0 && !el.textContent?.trim()) el.textContent = view.title;
        break;
      case 'date':
        shown = view.datetime !== '' && !options.noDate;
        if (!shown) break;
        if (el.localName === 'story-date') {
          el.setAttribute('datetime', view.datetime);
          if (!el.hasAttribute('format')) el.setAttribute('format', options.dateFormat);
          if (options.datePattern && !el.hasAttribute('pattern'))
            el.setAttribute('pattern', options.datePattern);
          if (!el.hasAttribute('locale')) el.setAttribute('locale', options.locale);
        } else {
          const date = mediumDate(view.datetime, options.locale, options.timeZone);
          el.textContent = date?.text ?? '';
          if (el.localName === 'time') el.setAttribute('datetime', date?.machine ?? '');
        }
        break;
      case 'summary':
        el.textContent = view.summary;
        shown = view.summary !== '' && !options.noSummary;
        break;
      case 'author':
        el.textContent = view.author;
        shown = view.author !== '' && !options.noAuthor;
        break;
      case 'section':
        el.textContent = view.section;
        shown = view.section !== '';
        break;
      case 'source':
        el.textContent = view.source;
        shown = view.source !== '';
        break;
      case 'image':
        shown = !!view.image && !options.noImages;
        if (shown && el instanceof HTMLImageElement) {
          // Lazy and referrer-less before `src`, so that no eager request can start first.
          el.loading = 'lazy';
          el.decoding = 'async';
          el.referrerPolicy = 'no-referrer';
          el.alt = view.image!.alt;
          el.src = view.image!.src;
        }
        break;
      default:
        break;
    }
    if (!shown) el.hidden = true;
  }
  return fragment;
}
