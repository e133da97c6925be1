import { html, nothing, type TemplateResult } from 'lit';
import type { StoryView } from './story-view.js';
import type { DateText } from './story-dates.js';

/** The presentations of `layout`. */
export type StoriesLayout = 'list' | 'grid' | 'compact' | 'headlines';

/** What every built-in card of one render shares. */
export interface CardSettings {
  layout: StoriesLayout;
  /** The level of story titles (2–6). */
  titleLevel: number;
  noImages: boolean;
  noSummary: boolean;
  noDate: boolean;
  noAuthor: boolean;
  /** The formatted date of a story's `datetime`, or null to show none. */
  date: (datetime: string) => DateText | null;
  target?: string;
}

/**
 * The built-in markup of `<latest-stories>`: headings, story cards, the skeleton. Plain functions of their
 * inputs; every value is bound as text or as an attribute, never as markup.
 *
 * Headings have a level chosen at run time: one plain template per level (rather than `lit/static-html`)
 * keeps the per-story cost of a thousand titles at that of any other template.
 */

/** The element's own `heading` at `level` (1–6). */
export function heading(level: number, text: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part="heading" class="heading" id="heading">${text}</h1>`;
    case 3:
      return html`<h3 part="heading" class="heading" id="heading">${text}</h3>`;
    case 4:
      return html`<h4 part="heading" class="heading" id="heading">${text}</h4>`;
    case 5:
      return html`<h5 part="heading" class="heading" id="heading">${text}</h5>`;
    case 6:
      return html`<h6 part="heading" class="heading" id="heading">${text}</h6>`;
    default:
      return html`<h2 part="heading" class="heading" id="heading">${text}</h2>`;
  }
}

function link(title: string, href: string | undefined, target: string | undefined): TemplateResult | string {
  if (!href) return title;
  return html`<a
    part="story-link"
    class="link"
    href=${href}
    target=${target ?? nothing}
    rel=${target && target !== '_self' ? 'noopener noreferrer' : nothing}
    >${title}</a
  >`;
}

/**
 * A story's title heading at `level` (2–6; level 7 and beyond fall back to 6), its link inside. Titles, authors and
 * summaries take the direction of their own text (`StoryView.dir`): a Hebrew title on an English page reads right to
 * left, an English one on an Arabic page left to right.
 */
export function storyTitle(
  level: number,
  id: string,
  view: StoryView,
  target: string | undefined,
): TemplateResult {
  const content = link(view.title, view.href, target);
  const dir = view.dir.title ?? nothing;
  switch (level) {
    case 2:
      return html`<h2 part="story-title" class="title" id=${id} dir=${dir}>${content}</h2>`;
    case 3:
      return html`<h3 part="story-title" class="title" id=${id} dir=${dir}>${content}</h3>`;
    case 4:
      return html`<h4 part="story-title" class="title" id=${id} dir=${dir}>${content}</h4>`;
    case 5:
      return html`<h5 part="story-title" class="title" id=${id} dir=${dir}>${content}</h5>`;
    default:
      return html`<h6 part="story-title" class="title" id=${id} dir=${dir}>${content}</h6>`;
  }
}

/**
 * The image box of a story: its image (lazy, no referrer, box reserved by CSS) or a placeholder letter. The
 * letter follows the image too, hidden by CSS while the image stands, so a picture that fails to load (and is
 * then hidden) leaves the same placeholder as a story without one.
 */
function imageBox(view: StoryView): TemplateResult {
  const img = view.image;
  return html`<div part="story-image" class="media hue-${view.hue}">
    ${
      img
        ? html`<img
            loading="lazy"
            decoding="async"
            referrerpolicy="no-referrer"
            alt=${img.alt}
            width=${img.width ?? nothing}
            height=${img.height ?? nothing}
            src=${img.src}
          />`
        : nothing
    }<span class="initial" aria-hidden="true">${view.initial}</span>
  </div>`;
}

/**
 * A card's date as `<story-date>` writes it: the short text shown, and for screen readers, many of which do not read
 * `title`, the same text with the full date (`3 hours ago (Saturday, November 28, 2026 at 6:00 AM)`).
 */
const dateWords = (date: DateText) =>
  date.full === date.text
    ? date.text
    : html`<span aria-hidden="true">${date.text}</span
        ><span class="visually-hidden">${date.text} (${date.full})</span>`;

/** One built-in story card: an `<article>` titled by its heading, with what the layout and settings show. */
export function storyCard(view: StoryView, index: number, total: number, s: CardSettings): TemplateResult {
  const rich = s.layout === 'list' || s.layout === 'grid';
  const image = rich && !s.noImages;
  const date = s.layout !== 'headlines' && !s.noDate && view.datetime !== '' ? s.date(view.datetime) : null;
  const author = rich && !s.noAuthor && view.author !== '';
  // A channel's feed is often named after its one author (YouTube, podcasts): the name is shown once.
  const source = rich && view.source !== '' && !(author && view.source === view.author);
  const summary = rich && !s.noSummary && view.summary !== '';
  const summaryDir = view.dir.summary ?? nothing;
  return html`<article
    part="story"
    class=${image ? 'story with-media' : 'story'}
    aria-posinset=${index + 1}
    aria-setsize=${total}
    aria-labelledby="story-${index}"
    tabindex="-1"
  >
    ${image ? imageBox(view) : nothing}
    <div class="body">
      ${storyTitle(s.titleLevel, `story-${index}`, view, s.target)}
      ${
        date || author || source
          ? html`<p class="meta">
              ${
                date
                  ? html`<time part="story-date" class="date" datetime=${date.machine} title=${date.full}
                      >${dateWords(date)}</time
                    >`
                  : nothing
              }${
                author
                  ? html`<span part="story-author" class="author" dir=${view.dir.author ?? nothing}
                      >${view.author}</span
                    >`
                  : nothing
              }${
                source
                  ? html`<span part="story-source" class="source" dir=${view.dir.source ?? nothing}
                      >${view.source}</span
                    >`
                  : nothing
              }
            </p>`
          : nothing
      }
      ${
        summary
          ? html`<p part="story-summary" class="summary" dir=${summaryDir}>${view.summary}</p>`
          : nothing
      }
    </div>
  </article>`;
}

/**
 * One story in the author's card (`<template data-story>`), wrapped in the same `<article>`, named by the story's
 * title as the built-in cards are by their heading (the feed pattern gives each article a name).
 */
export function customStory(index: number, total: number, card: HTMLElement, title: string): TemplateResult {
  return html`<article
    part="story"
    class="story custom"
    aria-label=${title || nothing}
    aria-posinset=${index + 1}
    aria-setsize=${total}
    tabindex="-1"
  >
    ${card}
  </article>`;
}

/** The loading placeholder: `rows` rows built like the layout's cards, so nothing moves when they arrive. */
export function skeleton(rows: number, s: CardSettings): TemplateResult {
  const rich = s.layout === 'list' || s.layout === 'grid';
  const media = rich && !s.noImages;
  const row = html`<div class=${media ? 'story skeleton-row with-media' : 'story skeleton-row'}>
    ${media ? html`<div class="media skeleton"></div>` : nothing}
    <div class="body">
      <span class="title"><span class="skeleton line"></span><span class="skeleton line second"></span></span>
      ${
        s.layout !== 'headlines' && !s.noDate
          ? html`<span class="meta"><span class="skeleton line short"></span></span>`
          : nothing
      }
      ${
        rich && !s.noSummary
          ? html`<span class="summary"
              ><span class="skeleton line"></span><span class="skeleton line second"></span
            ></span>`
          : nothing
      }
    </div>
  </div>`;
  return html`<div part="skeleton" class="list skeleton-list" aria-hidden="true">
    ${Array.from({ length: rows }, () => row)}
  </div>`;
}
