import { css } from 'lit';
import { skeletonStyles, themeStyles, visuallyHiddenStyles } from '../../shared/theme.styles.js';

/**
 * Two layers, as everywhere in news-elements: the public `--news-article-*` variables are never declared here;
 * `:host` maps each to a private `--_*` variable that falls back to the shared `--news-*` theme (see
 * theme.styles.ts), then to a default. Everything below reads only the private variables.
 */
const elementStyles = css`
  :host {
    --_a-font: var(--news-article-font, var(--_font));
    --_a-color: var(--news-article-color, var(--_text));
    --_a-muted: var(--news-article-muted, var(--_muted));
    --_a-accent: var(--news-article-accent, var(--_accent));
    --_a-background: var(--news-article-background, var(--_surface));
    --_a-border: var(--news-article-border, var(--_border));
    --_a-radius: var(--news-article-radius, var(--_radius));
    --_a-space: var(--news-article-space, var(--_space));
    --_a-padding: var(--news-article-padding, var(--_a-space));
    --_title-font: var(--news-article-title-font, var(--_a-font));
    --_title-size: var(--news-article-title-size, clamp(1.6rem, 1.1rem + 2.2vw, 2.6rem));
    --_title-weight: var(--news-article-title-weight, 750);
    --_title-color: var(--news-article-title-color, var(--_a-color));
    --_body-font: var(--news-article-body-font, var(--_a-font));
    --_body-size: var(--news-article-body-size, 1.125rem);
    --_body-line-height: var(--news-article-body-line-height, 1.65);
    --_measure: var(--news-article-measure, 68ch);
    --_a-link: var(--news-article-link-color, var(--_link));
    --_heading-scale: var(--news-article-heading-scale, 1.2);
    --_blockquote-border: var(--news-article-blockquote-border, 4px solid var(--_a-accent));
    --_blockquote-color: var(--news-article-blockquote-color, var(--_a-muted));
    --_blockquote-font-style: var(--news-article-blockquote-font-style, italic);
    --_caption-color: var(--news-article-caption-color, var(--_a-muted));
    --_caption-size: var(--news-article-caption-size, 0.875rem);
    --_image-radius: var(--news-article-image-radius, var(--_a-radius));
    --_image-aspect-ratio: var(--news-article-image-aspect-ratio, 16 / 9);
    --_card-image-aspect-ratio: var(--news-article-card-image-aspect-ratio, var(--_image-aspect-ratio));

    display: block;
    container-type: inline-size;
    color: var(--_a-color);
    font-family: var(--_a-font);
  }
  :host([hidden]) {
    display: none;
  }

  [part~='base'] {
    box-sizing: border-box;
    position: relative;
    margin: 0;
    padding: var(--_a-padding);
    background: var(--_a-background);
    color: var(--_a-color);
    border-radius: var(--_a-radius);
  }

  /* ---- shared pieces. Publisher text may hold long URLs or words: it wraps anywhere rather than overflow. */
  .section,
  .dek,
  .summary,
  .meta,
  .tags li {
    overflow-wrap: anywhere;
  }
  .section {
    margin: 0 0 calc(var(--_a-space) * 0.5);
    color: var(--_a-accent);
    font-size: 0.8125rem;
    font-weight: 700;
    letter-spacing: 0.08em;
    text-transform: uppercase;
  }
  .title {
    margin: 0;
    font-family: var(--_title-font);
    font-size: var(--_title-size);
    font-weight: var(--_title-weight);
    line-height: 1.15;
    color: var(--_title-color);
    text-wrap: balance;
    overflow-wrap: break-word;
  }
  .title a {
    color: inherit;
    text-decoration: none;
  }
  .title a:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .title a:focus-visible {
    outline: 2px solid var(--_a-link);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .dek {
    margin: calc(var(--_a-space) * 0.75) 0 0;
    max-width: var(--_measure);
    color: var(--_a-muted);
    font-size: 1.25rem;
    line-height: 1.4;
    text-wrap: pretty;
  }
  .meta {
    /* Separators sit in the gap before each item; the one starting a wrapped line falls into the clipped
       strip on the left, so no line ever begins with a stray dot. */
    --_gap: 1.5rem;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0;
    margin: var(--_a-space) 0 0;
    margin-inline-start: calc(var(--_gap) * -1);
    clip-path: inset(-0.5rem -0.5rem -0.5rem var(--_gap));
    color: var(--_a-muted);
    font-size: 0.9375rem;
  }
  /* (Right to left, the clipped strip is on the right. Two rules: a browser without :dir() drops only the first.) */
  :host(:dir(rtl)) .meta {
    clip-path: inset(-0.5rem var(--_gap) -0.5rem -0.5rem);
  }
  :host([dir='rtl']) .meta {
    clip-path: inset(-0.5rem var(--_gap) -0.5rem -0.5rem);
  }
  /* Names and dates keep their own direction inside the line (an Arabic name in an English byline). */
  .byline a {
    unicode-bidi: isolate;
  }
  .meta > * {
    position: relative;
    margin-inline-start: var(--_gap);
  }
  .meta > *::before {
    content: '·';
    position: absolute;
    inset-inline-start: calc(var(--_gap) * -0.5 - 0.15em);
  }
  .meta a {
    color: inherit;
  }
  story-date {
    --story-date-color: var(--_a-muted);
  }

  /* ---- images: the box is reserved before the image loads (no layout shift) */
  .figure {
    margin: var(--_a-space) 0 0;
  }
  .image {
    display: block;
    width: 100%;
    height: auto;
    border-radius: var(--_image-radius);
    background: var(--_skeleton);
    object-fit: cover;
  }
  .image.unsized {
    aspect-ratio: var(--_image-aspect-ratio);
  }
  .image.sized {
    /* A tall portrait photo must not fill several screens; never crop a sized news photo, letterbox it. */
    max-height: 85vh;
    object-fit: contain;
  }
  .caption {
    margin-top: 0.5rem;
    color: var(--_caption-color);
    font-size: var(--_caption-size);
    line-height: 1.4;
  }
  .credit {
    font-size: 0.9em;
    opacity: 0.85;
  }
  .caption-text + .credit::before {
    content: ' ';
  }

  /* ---- body typography */
  .body {
    margin-top: calc(var(--_a-space) * 1.5);
    max-width: var(--_measure);
    font-family: var(--_body-font);
    font-size: var(--_body-size);
    line-height: var(--_body-line-height);
    overflow-wrap: break-word;
  }
  .body > :first-child {
    margin-top: 0;
  }
  .body :is(p, ul, ol, pre, table, blockquote, figure) {
    margin: 0 0 1em;
  }
  /* Only real links look like links: an <a> whose unsafe href the sanitizer removed is plain text. */
  .body a[href] {
    color: var(--_a-link);
    text-underline-offset: 0.15em;
  }
  .body :is(h1, h2, h3, h4, h5, h6) {
    margin: 1.5em 0 0.5em;
    line-height: 1.25;
    font-family: var(--_title-font);
  }
  .body :is(h1, h2) {
    font-size: calc(1em * var(--_heading-scale) * var(--_heading-scale) * var(--_heading-scale));
  }
  .body h3 {
    font-size: calc(1em * var(--_heading-scale) * var(--_heading-scale));
  }
  .body h4 {
    font-size: calc(1em * var(--_heading-scale));
  }
  .body :is(h5, h6) {
    font-size: 1em;
  }
  .body blockquote {
    margin-inline: 0;
    padding-inline-start: 1em;
    border-inline-start: var(--_blockquote-border);
    color: var(--_blockquote-color);
    font-style: var(--_blockquote-font-style);
  }
  .body img {
    max-width: 100%;
    height: auto;
    border-radius: var(--_image-radius);
  }
  .body figcaption {
    margin-top: 0.5rem;
    color: var(--_caption-color);
    font-size: var(--_caption-size);
  }
  .body pre {
    overflow-x: auto;
  }
  .body table {
    border-collapse: collapse;
    display: block;
    overflow-x: auto;
  }
  .body :is(th, td) {
    border: 1px solid var(--_a-border);
    padding: 0.25em 0.5em;
  }
  .body hr {
    border: 0;
    border-top: 1px solid var(--_a-border);
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: calc(var(--_a-space) * 1.5) 0 0;
    padding: 0;
    list-style: none;
  }
  .tags li {
    padding: 0.125rem 0.625rem;
    border: 1px solid var(--_a-border);
    border-radius: 999px;
    color: var(--_a-muted);
    font-size: 0.8125rem;
  }

  /* ---- card: image, headline, date, summary; the headline link covers the whole card */
  .layout-card {
    --_title-size: var(--news-article-title-size, 1.25rem);
    display: flex;
    flex-direction: column;
    height: 100%;
    border: 1px solid var(--_a-border);
    overflow: hidden;
  }
  .layout-card .figure {
    order: -1;
    margin: calc(var(--_a-padding) * -1) calc(var(--_a-padding) * -1) var(--_a-space);
  }
  .layout-card .image {
    aspect-ratio: var(--_card-image-aspect-ratio);
    object-fit: cover;
    border-radius: 0;
  }
  .layout-card .section {
    order: -1;
  }
  .layout-card .meta {
    margin-block-start: 0.5rem;
    font-size: 0.875rem;
  }
  .summary {
    margin: 0.5rem 0 0;
    color: var(--_a-muted);
    line-height: 1.45;
  }
  .summary > :first-child {
    margin-top: 0;
  }
  .summary > :last-child {
    margin-bottom: 0;
  }
  .layout-card .title a::after {
    /* The stretched link: one real <a>, its hit area grown to the whole card; no nested links. */
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
  }
  .layout-card:has(.title a:hover) {
    border-color: var(--_a-muted);
  }
  .layout-card:has(.title a:focus-visible) {
    outline: 2px solid var(--_a-link);
    outline-offset: 2px;
  }
  .layout-card .title a:focus-visible {
    outline: none;
  }

  /* ---- compact: headline and date, unpainted, in the page's own text color (a theme color on the page's
     background could be light on white), unless --news-article-color or --news-text says otherwise. The date
     is the same color, as no lighter shade of an unknown color is sure to stay readable. */
  :host([layout='compact']) {
    color: inherit;
  }
  .layout-compact {
    --_a-color: var(--news-article-color, var(--news-text, currentColor));
    --_a-muted: var(--news-article-muted, var(--news-muted, currentColor));
    --_title-color: var(--news-article-title-color, var(--_a-color));
    --_title-size: var(--news-article-title-size, 1rem);
    --_a-padding: var(--news-article-padding, 0);
    --_a-background: var(--news-article-background, transparent);
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
  }
  .layout-compact .title {
    text-wrap: pretty;
    font-weight: 600;
    line-height: 1.3;
  }
  .layout-compact .meta {
    margin-block: 0;
    font-size: 0.875rem;
  }

  /* ---- states */
  .loading .skeleton {
    margin-top: 0.75rem;
  }
  .sk-section {
    width: 5rem;
    height: 0.8rem;
  }
  .sk-title {
    width: 85%;
    height: calc(var(--_title-size) * 1.1);
  }
  .sk-title.short {
    width: 55%;
  }
  .sk-line {
    width: 100%;
    max-width: var(--_measure);
    height: 1rem;
  }
  .sk-line.short {
    width: 40%;
  }
  .sk-image {
    width: 100%;
    aspect-ratio: var(--_image-aspect-ratio);
  }
  .layout-card.loading .sk-image {
    aspect-ratio: var(--_card-image-aspect-ratio);
  }
  .error {
    margin: 0;
    color: var(--_a-muted);
  }

  @container (max-width: 30rem) {
    .dek {
      font-size: 1.125rem;
    }
    .body {
      --_body-size: var(--news-article-body-size, 1.0625rem);
    }
  }

  /* ---- print: dark text on paper whatever the screen's scheme, the picture kept to a part of the page */
  @media print {
    :host {
      --_a-color: var(--news-article-color, #000);
      --_a-muted: var(--news-article-muted, #333);
      --_a-background: transparent;
      color-scheme: light;
    }
    .image {
      max-height: 50vh;
    }
    .layout-card {
      break-inside: avoid;
    }
  }
`;

export const styles = [themeStyles, visuallyHiddenStyles, skeletonStyles, elementStyles];
