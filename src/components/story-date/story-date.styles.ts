import { css } from 'lit';
import { visuallyHiddenStyles } from '../../shared/visually-hidden.styles.js';

const ownStyles = css`
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
`;

export const styles = [visuallyHiddenStyles, ownStyles];
