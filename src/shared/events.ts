import type { Feed, Story } from '../feed/types.js';

/**
 * `news-load`: data arrived and is shown. `<news-article>` sets `article`; `<latest-stories>` sets `feed`
 * and/or `stories`. `url` is the URL it came from, when there is one.
 */
export interface NewsLoadDetail {
  article?: Story;
  feed?: Feed;
  stories?: Story[];
  url?: string;
}

/**
 * `news-error`: loading or reading the data failed. Cancelable: `preventDefault()` hides the element's
 * built-in error message (the author's light-DOM fallback, if any, is still shown).
 */
export interface NewsErrorDetail {
  error: Error;
  url?: string;
  status?: number;
}

/** `news-select`: the reader chose a story. Cancelable: `preventDefault()` stops the navigation. */
export interface NewsSelectDetail {
  story: Story;
}

/** Every event the elements fire, by name. */
export interface NewsEventDetailMap {
  'news-load': NewsLoadDetail;
  'news-error': NewsErrorDetail;
  'news-select': NewsSelectDetail;
}

export type NewsEventName = keyof NewsEventDetailMap;

/** Which events can be canceled with `preventDefault()`. */
const CANCELABLE: Record<NewsEventName, boolean> = {
  'news-load': false,
  'news-error': true,
  'news-select': true,
};

/**
 * Dispatches a `news-*` event from `target`: a `CustomEvent` that bubbles and crosses shadow roots.
 * Returns `false` when a listener called `preventDefault()` on a cancelable event, like `dispatchEvent`.
 */
export function fire<K extends NewsEventName>(
  target: EventTarget,
  type: K,
  detail: NewsEventDetailMap[K],
): boolean {
  return target.dispatchEvent(
    new CustomEvent<NewsEventDetailMap[K]>(type, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: CANCELABLE[type],
    }),
  );
}

declare global {
  interface HTMLElementEventMap {
    'news-load': CustomEvent<NewsLoadDetail>;
    'news-error': CustomEvent<NewsErrorDetail>;
    'news-select': CustomEvent<NewsSelectDetail>;
  }
}
