import { css } from 'lit';

/**
 * Hides content visually but keeps it for screen readers. (The pattern without the `clip`, margin, padding and
 * border rules kept for browsers before `clip-path`: every browser an ES2022 library runs in has it, and the
 * hidden spans are the elements' own, with no padding or border to undo.)
 */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
