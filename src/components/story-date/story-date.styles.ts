import { css } from 'lit';
import { visuallyHiddenStyles } from '../../shared/visually-hidden.styles.js';

const ownStyles = css`
  :host {
    display: inline;
    color: var(--story-date-color, var(--news-muted, inherit));
    font: inherit;
    font-family: var(--story-date-font, inherit);
    font-size: var(--story-date-font-size, inherit);
  }
  :host([hidden]) {
    display: none;
  }
`;

export const styles = [visuallyHiddenStyles, ownStyles];
