import { LitElement, html } from 'lit';

/**
 * One news story. Placeholder until the `<news-article>` issue lands.
 *
 * @summary One news story (placeholder).
 * @tagname news-article
 * @slot - Fallback content, shown as is.
 */
export class NewsArticleElement extends LitElement {
  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticleElement;
  }
}
