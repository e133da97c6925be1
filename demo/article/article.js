// Demo-only helpers for article.html: sample stories for the cards, and a request that never answers so the
// loading skeleton stays on screen. Nothing here is part of the library.

// Hold "./article/never.json" open forever (until aborted), so the skeleton can be seen and screenshotted.
const realFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (url.endsWith('/article/never.json')) {
    return new Promise((_, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal.reason));
    });
  }
  return realFetch(input, init);
};

// Resolved against the page, not import.meta.url: Vite would inline the SVG as a data: URL, which the
// library rightly refuses (story images must be http(s)).
const image = new URL('./article/sample.svg', document.baseURI).href;

/** A sample story, NOT the example article: it shows the fields the example lacks (link, image, byline, tags). */
const sample = {
  id: 'sample-1',
  section: 'Science',
  title: 'Night-sky survey maps 40,000 new asteroids in a single season',
  link: 'https://example.com/science/asteroid-survey',
  summary: 'A wide-field telescope in Chile doubled the known population of small near-Earth objects.',
  contentHtml: `<p>Astronomers using a new wide-field telescope have catalogued more than 40,000 previously unknown asteroids in one observing season, most of them in the main belt between Mars and Jupiter.</p>
<blockquote><p>“We expected thousands. We got tens of thousands.”</p></blockquote>
<h2>How the survey works</h2>
<p>The telescope images the whole southern sky every few nights; software links moving points of light into orbits. <a href="https://example.com/science/method">Read about the method</a>.</p>
<ul><li>40,112 new main-belt objects</li><li>212 new near-Earth objects</li></ul>`,
  published: '2024-05-07T09:30:00Z',
  updated: '2024-05-07T15:10:00Z',
  authors: [{ name: 'Ana Costa', url: 'https://example.com/authors/ana-costa' }, { name: 'Lee Park' }],
  categories: ['Astronomy', 'Asteroids', 'Chile'],
  image: {
    url: image,
    alt: 'Illustration: a night sky over mountains with streaks of moving points of light',
    width: 1200,
    height: 675,
    caption: 'Moving objects show up as short streaks in stacked exposures.',
    credit: 'Illustration: news-elements demo',
  },
};

for (const id of ['sample-card', 'sample-card-no-image', 'sample-compact', 'sample-full']) {
  const el = document.getElementById(id);
  if (el) el.article = sample;
}
