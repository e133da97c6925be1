import { css } from 'lit';

/**
 * The shared theme: public `--news-*` variables mapped to private `--_*` ones with light and dark defaults.
 *
 * The public variables are never declared here (Material Web's two-layer pattern): a site sets them once on
 * `:root` and every element follows. When a variable is unset, the default follows `prefers-color-scheme`.
 * A site with its own dark theme sets the variables inside its own `@media (prefers-color-scheme: dark)`
 * (or on a `.dark` class), which always wins over these defaults.
 *
 * Elements paint their own surface color, so text stays legible when the page and the reader disagree on the
 * color scheme (a light page viewed in dark mode gets a dark box with light text, not light text on white).
 *
 * Tokens: `--news-font`, `--news-text`, `--news-muted`, `--news-link`, `--news-accent`, `--news-surface`,
 * `--news-border`, `--news-radius`, `--news-space` (the base spacing unit), `--news-skeleton`.
 */
export const themeStyles = css`
  :host {
    --_font: var(
      --news-font,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_text: var(--news-text, #1b1b1f);
    --_muted: var(--news-muted, #5a5d66);
    --_link: var(--news-link, #0b57d0);
    --_accent: var(--news-accent, #b3261e);
    --_surface: var(--news-surface, #ffffff);
    --_border: var(--news-border, #d9dbe0);
    --_radius: var(--news-radius, 8px);
    --_space: var(--news-space, 1rem);
    --_skeleton: var(--news-skeleton, #e6e7eb);
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_text: var(--news-text, #e6e6ea);
      --_muted: var(--news-muted, #a9acb5);
      --_link: var(--news-link, #8ab4f8);
      --_accent: var(--news-accent, #f2a29b);
      --_surface: var(--news-surface, #18191c);
      --_border: var(--news-border, #3a3c42);
      --_skeleton: var(--news-skeleton, #2c2e33);
      color-scheme: dark;
    }
  }
`;

// In its own module so <story-date> can use it without the theme.
export { visuallyHiddenStyles } from './visually-hidden.styles.js';

/**
 * Loading placeholders: `.skeleton` blocks in `--_skeleton` with a gentle pulse, still when the reader asks
 * for reduced motion.
 */
export const skeletonStyles = css`
  .skeleton {
    display: block;
    background: var(--_skeleton);
    border-radius: calc(var(--_radius) / 2);
    animation: news-skeleton-pulse 1.4s ease-in-out infinite;
  }
  @keyframes news-skeleton-pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  /* High contrast modes drop backgrounds: the placeholders keep a system color. */
  @media (forced-colors: active) {
    .skeleton {
      forced-color-adjust: none;
      background: GrayText;
    }
  }
`;
