import { html, nothing, type TemplateResult } from 'lit';

/**
 * Real headings at a level chosen at run time. One plain template per level (rather than `lit/static-html`)
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

/** A story's title heading at `level` (2–6; level 7 and beyond fall back to 6), its link inside. */
export function storyTitle(
  level: number,
  id: string,
  title: string,
  href: string | undefined,
  target: string | undefined,
): TemplateResult {
  const content = link(title, href, target);
  switch (level) {
    case 2:
      return html`<h2 part="story-title" class="title" id=${id}>${content}</h2>`;
    case 3:
      return html`<h3 part="story-title" class="title" id=${id}>${content}</h3>`;
    case 4:
      return html`<h4 part="story-title" class="title" id=${id}>${content}</h4>`;
    case 5:
      return html`<h5 part="story-title" class="title" id=${id}>${content}</h5>`;
    default:
      return html`<h6 part="story-title" class="title" id=${id}>${content}</h6>`;
  }
}
