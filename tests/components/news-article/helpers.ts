import { fixture, html, nextFrame } from '@open-wc/testing';
import '../../../src/components/news-article/define.js';
import type { NewsArticleElement } from '../../../src/components/news-article/news-article.js';
import type { Story } from '../../../src/feed/types.js';

export type { NewsArticleElement };

/** The example article (tests/fixtures/articles/first-article.json), fetched once. */
let example: Story | undefined;
export async function exampleStory(): Promise<Story> {
  example ??= (await (await fetch('/tests/fixtures/articles/first-article.json')).json()) as Story;
  return structuredClone(example);
}

export async function exampleJsonLdText(): Promise<string> {
  return (await fetch('/tests/fixtures/articles/first-article.jsonld')).text();
}

/** A complete story with every field. */
export function fullStory(overrides: Partial<Story> = {}): Story {
  return {
    id: 'full-1',
    title: 'Full story headline',
    link: 'https://news.example/world/full-1',
    summary: 'The dek of the full story.',
    contentHtml: '<p>First paragraph with <a href="https://news.example/more">a link</a>.</p><p>Second.</p>',
    published: '2023-10-31T14:30:00Z',
    author: 'Ann Writer',
    authors: [{ name: 'Ann Writer', url: 'https://news.example/ann' }, { name: 'Bo Reporter' }],
    categories: ['Russia', 'Iran'],
    section: 'World',
    image: {
      url: '/__feeds/image?n=1&w=640&h=360',
      alt: 'A drone on a runway',
      width: 640,
      height: 360,
      caption: 'A Shahed drone.',
      credit: 'Photo: Wire',
    },
    ...overrides,
  };
}

export async function articleFixture(
  article: unknown,
  attrs: Record<string, string | boolean> = {},
): Promise<NewsArticleElement> {
  const el = document.createElement('news-article');
  for (const [k, v] of Object.entries(attrs)) {
    if (v === true) el.setAttribute(k, '');
    else if (v !== false) el.setAttribute(k, v);
  }
  el.article = article;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.append(el);
  await el.updateComplete;
  await settle(el);
  return el;
}

/** Waits for the element and the `<story-date>`s inside it to render. */
export async function settle(el: NewsArticleElement): Promise<void> {
  await el.updateComplete;
  const dates = Array.from(el.shadowRoot!.querySelectorAll('story-date'));
  await Promise.all(dates.map((d) => (d as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  await nextFrame();
}

export const part = (el: Element, name: string): Element | null =>
  el.shadowRoot!.querySelector(`[part~="${name}"]`);

export const has = (el: Element, name: string): boolean => part(el, name) !== null;

export const text = (el: Element, name: string): string =>
  (part(el, name)?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The visible text of the date: the `<time>` inside the `<story-date>` of `partName`. */
export function dateText(el: Element, partName = 'date'): string {
  const sd = part(el, partName);
  const time = sd?.shadowRoot?.querySelector('time');
  if (!time) return '';
  return (time.querySelector('span:not(.visually-hidden)')?.textContent ?? time.textContent ?? '').trim();
}

/** Every part name present in the shadow root. */
export function parts(el: Element): string[] {
  return Array.from(el.shadowRoot!.querySelectorAll('[part]')).flatMap((n) =>
    n.getAttribute('part')!.split(/\s+/),
  );
}

/** Waits until `check` is true, or fails after `ms`. */
export async function until(check: () => boolean, ms = 4000, what = 'condition'): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

let keyCounter = 0;
/** A unique key for the test server's request log (and a unique URL). */
export const uniqueKey = (name: string) => `news-article-${name}-${Date.now()}-${keyCounter++}`;
