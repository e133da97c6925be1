import { css } from 'lit';
import { skeletonStyles, themeStyles, visuallyHiddenStyles } from '../../shared/theme.styles.js';

/**
 * `<latest-stories>`: public `--latest-stories-*` variables fall back to the shared `--news-*` theme (mapped
 * to `--_*` by themeStyles) and are read once into private `--_ls-*` variables.
 */
const elementStyles = css`
  :host {
    --_ls-font: var(--latest-stories-font, var(--_font));
    --_ls-text: var(--latest-stories-text, var(--_text));
    --_ls-muted: var(--latest-stories-muted, var(--_muted));
    --_ls-link: var(--latest-stories-link, var(--_text));
    --_ls-accent: var(--latest-stories-accent, var(--_link));
    --_ls-surface: var(--latest-stories-surface, var(--_surface));
    --_ls-border: var(--latest-stories-border, var(--_border));
    --_ls-gap: var(--latest-stories-gap, var(--_space));
    --_ls-padding: var(--latest-stories-padding, 0);
    --_ls-column-min: var(--latest-stories-column-min, 16rem);
    --_ls-thumbnail-width: var(--latest-stories-thumbnail-width, 7.5rem);
    --_ls-image-ratio: var(--latest-stories-image-ratio, 16 / 9);
    --_ls-image-radius: var(--latest-stories-image-radius, var(--_radius));
    --_ls-radius: var(--latest-stories-radius, var(--_radius));
    --_ls-heading-size: var(--latest-stories-heading-size, 1.375rem);
    --_ls-title-size: var(--latest-stories-title-size, 1.0625rem);
    --_ls-title-weight: var(--latest-stories-title-weight, 650);
    --_ls-text-size: var(--latest-stories-text-size, 0.9375rem);
    --_ls-meta-size: var(--latest-stories-meta-size, 0.8125rem);
    --_ls-summary-lines: var(--latest-stories-summary-lines, 3);
    display: block;
    font-family: var(--_ls-font);
    color: var(--_ls-text);
    background: var(--_ls-surface);
    line-height: 1.45;
  }
  :host([hidden]) {
    display: none;
  }

  .base {
    /* The grid's columns and the list's thumbnails follow the element's width, not the viewport's. */
    container-type: inline-size;
    container-name: latest-stories;
    padding: var(--_ls-padding);
  }
  .heading {
    margin: 0 0 calc(var(--_ls-gap) * 0.5);
    font-size: var(--_ls-heading-size);
    font-weight: 700;
    line-height: 1.25;
    letter-spacing: -0.01em;
  }
  .fallback[hidden] {
    display: none;
  }

  /* The stories ------------------------------------------------------------------------------------- */
  .list {
    display: grid;
    margin: 0;
    padding: 0;
  }
  .story {
    position: relative;
    min-width: 0;
    padding-block: calc(var(--_ls-gap) * 0.75);
  }
  .story + .story {
    border-top: 1px solid var(--_ls-border);
  }
  .story:focus {
    outline: none;
  }
  .story:focus-visible {
    outline: 2px solid var(--_ls-accent);
    outline-offset: 2px;
    border-radius: var(--_ls-radius);
  }
  .body {
    min-width: 0;
  }
  .title {
    margin: 0;
    font-size: var(--_ls-title-size);
    font-weight: var(--_ls-title-weight);
    line-height: 1.3;
    color: var(--_ls-link);
    text-wrap: pretty;
    overflow-wrap: anywhere;
  }
  .link {
    color: inherit;
    text-decoration: none;
  }
  /* One link per story, stretched over the whole card: one tab stop, a big click target. */
  .link::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
  }
  .link:hover {
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  .link:focus {
    outline: none;
  }
  .link:focus-visible::after {
    outline: 2px solid var(--_ls-accent);
    outline-offset: 2px;
    border-radius: var(--_ls-radius);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
    margin: 0.25rem 0 0;
    font-size: var(--_ls-meta-size);
    line-height: 1.4;
    color: var(--_ls-muted);
    /* (A long author or source name wraps rather than running out of the card.) */
    overflow-wrap: anywhere;
  }
  .meta > * {
    min-width: 0;
  }
  /* The separator ends the line rather than starting the next one when the meta line wraps. */
  .meta > :not(:last-child)::after {
    content: '·';
    margin-inline-start: 0.5em;
  }
  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_ls-summary-lines);
    line-clamp: var(--_ls-summary-lines);
    overflow: hidden;
    margin: 0.375rem 0 0;
    font-size: var(--_ls-text-size);
    line-height: 1.45;
    overflow-wrap: anywhere;
  }

  /* Images: the box is reserved by its aspect ratio, so a loading image never moves the text. */
  .media {
    --_hue: 215;
    position: relative;
    display: grid;
    place-items: center;
    aspect-ratio: var(--_ls-image-ratio);
    overflow: hidden;
    border-radius: var(--_ls-image-radius);
    background: linear-gradient(135deg, hsl(var(--_hue) 45% 90%), hsl(var(--_hue) 38% 78%));
  }
  .media img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .media img[hidden],
  .media img:not([hidden]) + .initial {
    display: none;
  }
  .initial {
    font-size: 2em;
    font-weight: 700;
    line-height: 1;
    color: hsl(var(--_hue) 35% 38% / 0.75);
    user-select: none;
  }
  .hue-1 {
    --_hue: 0;
  }
  .hue-2 {
    --_hue: 28;
  }
  .hue-3 {
    --_hue: 160;
  }
  .hue-4 {
    --_hue: 190;
  }
  .hue-5 {
    --_hue: 250;
  }
  .hue-6 {
    --_hue: 285;
  }
  .hue-7 {
    --_hue: 330;
  }
  @media (prefers-color-scheme: dark) {
    .media {
      background: linear-gradient(135deg, hsl(var(--_hue) 22% 26%), hsl(var(--_hue) 26% 17%));
    }
    .initial {
      color: hsl(var(--_hue) 40% 75% / 0.7);
    }
  }

  /* list: thumbnail beside the text */
  .list-layout .story.with-media,
  .list-layout .skeleton-row.with-media {
    display: grid;
    grid-template-columns: var(--_ls-thumbnail-width) minmax(0, 1fr);
    column-gap: 0.875rem;
    align-items: start;
  }
  @container latest-stories (max-width: 26rem) {
    .list-layout .story.with-media,
    .list-layout .skeleton-row.with-media {
      grid-template-columns: minmax(0, 1fr) calc(var(--_ls-thumbnail-width) * 0.75);
    }
    .list-layout .story.with-media .media,
    .list-layout .skeleton-row.with-media .media {
      order: 2;
    }
  }

  /* grid: cards, as many columns as the element's own width allows */
  .grid-layout .list {
    grid-template-columns: repeat(auto-fill, minmax(min(var(--_ls-column-min), 100%), 1fr));
    gap: var(--_ls-gap);
  }
  .grid-layout .story {
    display: flex;
    flex-direction: column;
    padding: 0;
    border: 1px solid var(--_ls-border);
    border-radius: var(--_ls-radius);
    background: var(--_ls-surface);
    overflow: hidden;
  }
  .grid-layout .story + .story {
    border-top: 1px solid var(--_ls-border);
  }
  .grid-layout .story:has(.link:hover) {
    border-color: color-mix(in srgb, var(--_ls-border), var(--_ls-text) 25%);
  }
  .grid-layout .media {
    border-radius: 0;
  }
  .grid-layout .body {
    padding: 0.75rem 0.875rem 1rem;
  }
  .grid-layout .link:focus-visible::after {
    outline-offset: -2px;
  }
  /* compact: title and date */
  .compact-layout .story {
    padding-block: calc(var(--_ls-gap) * 0.5);
  }
  .compact-layout .body {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    column-gap: 1rem;
  }
  .compact-layout .title {
    flex: 1 1 16rem;
    font-size: calc(var(--_ls-title-size) * 0.94);
  }
  .compact-layout .meta {
    margin: 0;
    white-space: nowrap;
  }

  /* headlines: titles only */
  .headlines-layout .story {
    padding-block: calc(var(--_ls-gap) * 0.45);
  }
  .headlines-layout .title {
    font-size: calc(var(--_ls-title-size) * 0.94);
    font-weight: calc(var(--_ls-title-weight) - 50);
  }

  /* Custom cards from the author's template */
  .story.custom {
    display: block;
  }

  /* Loading placeholder: the same rows as the stories, so nothing jumps when they arrive. */
  .skeleton-row .title,
  .skeleton-row .meta,
  .skeleton-row .summary {
    display: block;
  }
  .skeleton-row .line {
    /* One line box each (the em values for browsers without the lh unit). */
    height: 1.4em;
    height: 1lh;
    box-sizing: border-box;
    padding-block: 0.3em;
    padding-block: 0.22lh;
    background-clip: content-box;
  }
  .skeleton-row .line.short {
    width: 8em;
  }
  .skeleton-row .line.second {
    width: 70%;
  }
  /* Titles and summaries take two lines in cards and narrow lists, one in wide lists and short layouts. */
  .compact-layout .skeleton-row .second,
  .headlines-layout .skeleton-row .second {
    display: none;
  }
  @container latest-stories (min-width: 36rem) {
    .list-layout .skeleton-row .second {
      display: none;
    }
  }
  .skeleton-row .media.skeleton {
    border-radius: var(--_ls-image-radius);
  }
  .grid-layout .skeleton-row .media.skeleton {
    border-radius: 0;
  }
  .skeleton-row .summary {
    -webkit-line-clamp: none;
  }

  /* States, buttons and the status line */
  .status.quiet {
    margin: calc(var(--_ls-gap) * 0.5) 0 0;
    font-size: var(--_ls-meta-size);
    color: var(--_ls-muted);
  }
  .new-stories-bar {
    /* Sticks to the top of the list without taking room (what follows gives its height back): the stories
       under the reader do not move. Its box holds the button, so stickiness stops it at the element's end rather
       than letting it hang over what follows; clicks pass through it to the card beneath, but for the button. */
    position: sticky;
    top: 0.5rem;
    z-index: 2;
    display: flex;
    justify-content: center;
    height: 2.75rem;
    pointer-events: none;
  }
  /* (The margin given back on what follows, not on the bar: stickiness keeps a box's margins inside.) */
  .new-stories-bar + * {
    margin-block-start: -2.75rem;
  }
  .new-stories-bar .button {
    pointer-events: auto;
  }
  .button {
    min-height: 2.5rem;
    padding: 0.5rem 1.125rem;
    border: 1px solid var(--_ls-border);
    border-radius: 999px;
    background: var(--_ls-surface);
    color: var(--_ls-accent);
    font: inherit;
    font-size: 0.875rem;
    font-weight: 600;
    cursor: pointer;
  }
  .button:hover {
    background: color-mix(in srgb, var(--_ls-surface), var(--_ls-accent) 8%);
  }
  .button:focus-visible {
    outline: 2px solid var(--_ls-accent);
    outline-offset: 2px;
  }
  .new-stories {
    margin-top: 0.25rem;
    border-color: transparent;
    background: var(--_ls-accent);
    color: var(--_ls-surface);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.2);
  }
  .new-stories:hover {
    background: color-mix(in srgb, var(--_ls-accent), var(--_ls-text) 15%);
  }
  .more {
    display: block;
    margin: calc(var(--_ls-gap) * 0.5) auto 0;
  }
  .empty,
  .error {
    padding: var(--_ls-gap);
    border: 1px dashed var(--_ls-border);
    border-radius: var(--_ls-radius);
    color: var(--_ls-muted);
    text-align: center;
  }
  .error {
    border-style: solid;
  }
  .error-message {
    margin: 0 0 0.75rem;
    color: var(--_ls-text);
  }

  /* ---- print: dark text on paper, whole summaries, no buttons, no card split across pages */
  @media print {
    :host {
      --_ls-text: var(--latest-stories-text, #000);
      --_ls-muted: var(--latest-stories-muted, #333);
      --_ls-surface: transparent;
      color-scheme: light;
    }
    .button,
    .new-stories-bar {
      display: none;
    }
    .summary {
      display: block;
      overflow: visible;
    }
    [part~='story'] {
      break-inside: avoid;
    }
  }
`;

export const styles = [themeStyles, visuallyHiddenStyles, skeletonStyles, elementStyles];
