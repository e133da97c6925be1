import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { NewsErrorDetail } from '../../../src/shared/events.js';
import type { LatestStoriesElement } from '../../../src/components/latest-stories/latest-stories.js';

/** The two origins of the test server: `main` (this page's, with CORS) and `other` (no CORS by default). */
export interface Origins {
  main: string;
  other: string;
}

let origins: Origins | undefined;
export async function getOrigins(): Promise<Origins> {
  origins ??= (await (await fetch('/__feeds/origins')).json()) as Origins;
  return origins;
}

/** A unique request-log key: it also makes every URL unique, so loadFeed's shared cache never leaks between tests. */
export const uid = (): string => `ls-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export interface LoggedRequest {
  method: string;
  path: string;
  origin: string;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  status: number;
}

/** What the server saw for `key`. */
export async function requests(key: string): Promise<LoggedRequest[]> {
  const res = await fetch(`/__feeds/count?key=${encodeURIComponent(key)}`);
  return ((await res.json()) as { requests: LoggedRequest[] }).requests;
}

export const parts = (el: LatestStoriesElement, name: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
export const part = (el: LatestStoriesElement, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

export const titles = (el: LatestStoriesElement): string[] =>
  parts(el, 'story-title').map((t) => t.textContent!.trim());

export const statusText = (el: LatestStoriesElement): string => part(el, 'status')?.textContent?.trim() ?? '';

/** Waits until the element shows stories, an error or the empty state. */
export async function settled(el: LatestStoriesElement, timeout = 6000): Promise<void> {
  await waitUntil(
    () => el.shadowRoot?.querySelector('[part~="story"], [part~="error"], [part~="empty"]'),
    'the element never showed stories, an error or the empty state',
    { timeout },
  );
  await el.updateComplete;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The text a sighted reader sees in `node`: its text without the visually hidden words for screen readers. */
export const visibleText = (node: Element): string =>
  [...node.childNodes]
    .map((n) =>
      n instanceof Element
        ? n.classList.contains('visually-hidden')
          ? ''
          : visibleText(n)
        : n instanceof Text
          ? n.data
          : '',
    )
    .join('');

/**
 * An eager element for a local feed, put on the page while the network is away (fetch rejects as offline browsers
 * make it): resolves, once its news-error said `network` and the network is back, to the element.
 */
export async function failedOffline(): Promise<LatestStoriesElement> {
  const wrapper = await fixture(html`<div></div>`);
  const el = document.createElement('latest-stories');
  Object.assign(el, { loading: 'eager', src: `/__feeds/sample/rss.xml?key=${uid()}` });
  const real = window.fetch;
  window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
  try {
    const failed = oneEvent(el, 'news-error');
    wrapper.append(el);
    expect(((await failed) as CustomEvent<NewsErrorDetail>).detail.error).to.have.property('code', 'network');
  } finally {
    window.fetch = real;
  }
  return el;
}
