// The page side of bench/render-bench.mjs (bundled by esbuild into an IIFE, global `RB`).
//
// Two ways to put the same cards on screen:
// - floor: one string of card markup through innerHTML, the publisher's summary HTML inserted raw (the
//   browser's own parser does the "text" work; unsafe, and the fastest a page can get), dates formatted with
//   one cached Intl.DateTimeFormat, rendered into a shadow root that adopts <latest-stories>' own style
//   sheets so that layout costs the same;
// - element: <latest-stories layout="list"> given the same stories through its `stories` property
//   (normalizeStory per story, summaries reduced to text, dates through <story-date>'s formatter).
// Each run times: set the data → await the render (for the element, its updateComplete and then one task, so
// that any child element update has run too) → force a layout by reading offsetHeight.
import { LatestStoriesElement } from '../src/components/latest-stories/define.js';
import type { Story } from '../src/feed/types.js';

const WORDS = [
  'council',
  'harbor',
  'market',
  'school',
  'river',
  'festival',
  'budget',
  'bridge',
  'museum',
  'storm',
];

/** Deterministic, realistic stories: a title, a link, two short paragraphs of summary HTML, an image. */
export function makeStories(n: number): Story[] {
  return Array.from({ length: n }, (_, i) => {
    const a = WORDS[i % WORDS.length]!;
    const b = WORDS[(i * 7 + 3) % WORDS.length]!;
    return {
      id: `urn:bench:${i}`,
      title: `The ${a} and the ${b}: what changes for residents, story ${i + 1}`,
      link: `https://example.com/news/${a}-${b}-${i}?utm_source=rss`,
      summary:
        `<p>The <a href="https://example.com/${a}">${a}</a> voted &mdash; 7 to 2 &ndash; on next year&rsquo;s ` +
        `<b>${b}</b> plan, after a <em>long</em> debate about costs &amp; timing.</p>` +
        `<p>Residents said they would watch closely&hellip; A final vote is expected in the spring.</p>`,
      published: new Date(Date.UTC(2024, 4, 7, 12) - i * 3_600_000).toISOString(),
      author: `Reporter ${(i % 7) + 1}`,
      categories: ['Local'],
      image: { url: `${location.origin}/img/${i % 20}.svg`, width: 640, height: 360, alt: '' },
    };
  });
}

const escape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const dtf = new Intl.DateTimeFormat('en', { dateStyle: 'long' });

function floorCard(s: Story, i: number, n: number): string {
  const img = s.image!;
  return (
    `<article class="story with-media" aria-posinset="${i + 1}" aria-setsize="${n}" tabindex="-1">` +
    `<div class="media"><img loading="lazy" decoding="async" referrerpolicy="no-referrer" alt="" ` +
    `width="${img.width}" height="${img.height}" src="${escape(img.url)}"></div>` +
    `<div class="body"><h3 class="title"><a class="link" href="${escape(s.link!)}">${escape(s.title)}</a></h3>` +
    `<div class="meta"><time datetime="${s.published}">${dtf.format(new Date(s.published!))}</time>` +
    `<span>${escape(s.author!)}</span></div>` +
    `<div class="summary">${s.summary}</div></div></article>`
  );
}

/** One task later: microtasks (Lit updates of child elements) have all run by then. */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

function sheets(): CSSStyleSheet[] {
  const styles = (LatestStoriesElement as unknown as { elementStyles: { styleSheet?: CSSStyleSheet }[] })
    .elementStyles;
  return styles.map((s) => s.styleSheet!).filter(Boolean);
}

export async function runFloor(stories: Story[], stage: HTMLElement): Promise<number> {
  const host = document.createElement('div');
  stage.replaceChildren(host);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets();
  await nextTask();
  const t0 = performance.now();
  root.innerHTML =
    `<div class="base list-layout"><div class="list" role="feed" aria-busy="false">` +
    stories.map((s, i) => floorCard(s, i, stories.length)).join('') +
    `</div></div>`;
  await nextTask();
  void host.offsetHeight;
  return performance.now() - t0;
}

export async function runElement(
  stories: Story[],
  stage: HTMLElement,
  attributes: string[] = [],
): Promise<number> {
  const el = document.createElement('latest-stories');
  el.limit = stories.length;
  el.layout = 'list';
  for (const name of attributes) el.setAttribute(name, '');
  stage.replaceChildren(el);
  await el.updateComplete;
  await nextTask();
  const t0 = performance.now();
  el.stories = stories;
  await el.updateComplete;
  await nextTask();
  void el.offsetHeight;
  const ms = performance.now() - t0;
  const shown = el.shadowRoot!.querySelectorAll('article').length;
  if (shown !== stories.length) throw new Error(`the element showed ${shown} of ${stories.length} stories`);
  return ms;
}
