import { LitElement, html } from 'lit';

/**
 * A list of stories. Placeholder until the `<latest-stories>` issue lands.
 *
 * @summary A list of stories (placeholder).
 * @tagname latest-stories
 * @slot - Fallback content, shown as is.
 */
export class LatestStoriesElement extends LitElement {
  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'latest-stories': LatestStoriesElement;
  }
}
