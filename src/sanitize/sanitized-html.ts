import { isServer, noChange, nothing } from 'lit';
import { Directive, PartType, directive } from 'lit/directive.js';
import type { PartInfo } from 'lit/directive.js';
import { sanitizeToTrusted } from './sanitize-html.js';
import type { SanitizeOptions } from './sanitize-html.js';

/**
 * Renders remote HTML after {@link sanitizeToTrusted}. Why not `unsafeHTML(sanitizeHtml(x))`: Lit's
 * `unsafeHTML` throws on anything but a string, so it cannot take `TrustedHTML`, and it feeds the string
 * through Lit's own pass-through `lit-html` policy, so under enforced Trusted Types nothing would check that
 * the string was ever sanitized. Here the only HTML sink is a `<template>`'s `innerHTML`, fed the
 * `TrustedHTML` our `news-elements` policy produced; the template's content is inert (no scripts, no
 * image loads) until Lit moves the resulting nodes into the part.
 */
class SanitizedHtmlDirective extends Directive {
  /** Input of the last render, so an unchanged story does not re-parse or rebuild its DOM. */
  private lastHtml?: string;
  private lastBaseUrl?: string;
  private lastTarget?: string;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) {
      throw new Error('sanitizedHtml() can only be used in child positions (between tags).');
    }
  }

  render(html: string | null | undefined, options: SanitizeOptions = {}) {
    if (html === null || html === undefined || html === '') {
      this.lastHtml = undefined;
      return nothing;
    }
    if (
      html === this.lastHtml &&
      options.baseUrl === this.lastBaseUrl &&
      options.target === this.lastTarget
    ) {
      return noChange;
    }
    // (Server rendering has no DOM to sanitize with: the HTML is rendered once the element runs in the browser.)
    if (isServer) return nothing;
    const template = document.createElement('template');
    try {
      // TrustedHTML is what the innerHTML setter wants under enforced Trusted Types; TypeScript's DOM
      // types only know strings, hence the cast.
      template.innerHTML = sanitizeToTrusted(html, options) as string;
    } catch (error) {
      // Only when the page's CSP refuses our policy (the setter then throws on the plain string) or there
      // is no DOM. Elements must not throw from render: show nothing, say why, retry on the next change.
      this.lastHtml = undefined;
      console.error(
        'news-elements: remote HTML could not be rendered. If the page enforces Trusted Types, allow the ' +
          "policies 'news-elements' and 'lit-html' in its CSP (trusted-types news-elements lit-html).",
        error,
      );
      return nothing;
    }
    this.lastHtml = html;
    this.lastBaseUrl = options.baseUrl;
    this.lastTarget = options.target;
    // A DocumentFragment: Lit inserts its children into the part and clears them on the next change.
    return template.content;
  }
}

/**
 * Lit directive: `html\`<div part="body">${sanitizedHtml(story.contentHtml, { baseUrl: story.url })}</div>\``.
 * Sanitizes with {@link sanitizeToTrusted} and renders the result as DOM, also on pages that enforce
 * Trusted Types (allow the policies `news-elements` and `lit-html`). `null`, `undefined` and `''` render
 * nothing. The only sanctioned path for remote HTML into the components' shadow roots.
 */
export const sanitizedHtml = directive(SanitizedHtmlDirective);

export type { SanitizedHtmlDirective };
