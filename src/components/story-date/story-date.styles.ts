import { css } from 'lit';
import { visuallyHiddenStyles } from '../../shared/visually-hidden.styles.js';

const ownStyles = css`
  :host {
    display: inline;
    /* A date keeps its own order inside a sentence of the other direction ("Updated 15/03/2025، 12:30 م"). */
    unicode-bidi: isolate;
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
