import { css } from 'lit';

export const styles = css`
  :host {
    --_color: var(--story-date-color, var(--news-muted, inherit));
    --_font: var(--story-date-font, inherit);
    --_font-size: var(--story-date-font-size, inherit);
    display: inline;
    color: var(--_color);
    font: inherit;
    font-family: var(--_font);
    font-size: var(--_font-size);
  }
  :host([hidden]) {
    display: none;
  }
  time {
    font: inherit;
    color: inherit;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
