// @ts-check
// Generated feeds for tests and benchmarks: deterministic for a seed, in RSS 2.0, Atom, RSS 1.0 (RDF) or JSON Feed.

/** Content-Type of each generated format. @type {Record<string, string>} */
export const FEED_TYPES = {
  rss: 'application/rss+xml',
  atom: 'application/atom+xml',
  rdf: 'application/rdf+xml',
  json: 'application/feed+json',
};

const WORDS = [
  'Council',
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
const SECTIONS = ['Local', 'World', 'Science', 'Sports', 'Culture'];

/** @param {string} s */
const esc = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A deterministic feed of `items` stories (newest first) in the requested format, as text. Used by the test
 * server's `/__feeds/gen` route and usable directly from Node (benchmarks): same options, same bytes.
 * @param {{ items?: string | number, format?: string, seed?: string | number, base?: string, step?: string | number,
 *   images?: string | number | boolean, title?: string }} options `images: '0'` or `false` leaves images out;
 *   `base` is the newest story's date (ISO) or `now`.
 * @param {string} [imageBase] URL of an image route; story n gets `<imageBase>?n=<n>`. Default: example.com.
 */
export function generateFeed(options = {}, imageBase = 'https://example.com/image') {
  const count = Math.max(0, Math.min(100000, Number(options.items ?? 10)));
  const format = options.format ?? 'rss';
  const seed = Number(options.seed ?? 1) || 1;
  const base = options.base === 'now' ? Date.now() : Date.parse(options.base ?? '2024-05-07T12:00:00Z');
  const step = Number(options.step ?? 60) * 60000;
  const images = !['0', 0, false].includes(options.images ?? 1);
  const title = options.title ?? `Generated feed ${seed}`;
  // A tiny LCG: the same seed gives the same words, so snapshots and benchmarks are stable.
  let state = seed >>> 0;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const stories = Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const a = WORDS[Math.floor(next() * WORDS.length)];
    const b = WORDS[Math.floor(next() * WORDS.length)].toLowerCase();
    return {
      id: `gen-${seed}-${n}`,
      title: `${a} ${b} story ${n}`,
      link: `https://example.com/${seed}/story-${n}`,
      date: new Date(base - i * step).toISOString(),
      summary: `<p>Summary of story ${n}: the ${b} &amp; the ${a.toLowerCase()}.</p>`,
      section: SECTIONS[n % SECTIONS.length],
      author: `Reporter ${(n % 7) + 1}`,
      image: images ? `${imageBase}?n=${n}` : undefined,
    };
  });
  if (format === 'json') {
    return JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title,
      home_page_url: 'https://example.com/',
      items: stories.map((s) => ({
        id: s.id,
        url: s.link,
        title: s.title,
        content_html: s.summary.replace('&amp;', '&'),
        date_published: s.date,
        authors: [{ name: s.author }],
        tags: [s.section],
        ...(s.image ? { image: s.image } : {}),
      })),
    });
  }
  if (format === 'atom') {
    const entries = stories.map(
      (s) =>
        `<entry><title>${esc(s.title)}</title><link href="${esc(s.link)}"/><id>${s.id}</id><updated>${s.date}</updated><published>${s.date}</published><author><name>${esc(s.author)}</name></author><category term="${s.section}"/><summary type="html">${esc(s.summary)}</summary>${s.image ? `<link rel="enclosure" type="image/svg+xml" href="${esc(s.image)}"/>` : ''}</entry>`,
    );
    return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>${esc(title)}</title><link href="https://example.com/"/><id>urn:gen:${seed}</id><updated>${stories[0]?.date ?? new Date(base).toISOString()}</updated>\n${entries.join('\n')}\n</feed>\n`;
  }
  if (format === 'rdf') {
    const items = stories.map(
      (s) =>
        `<item rdf:about="${esc(s.link)}"><title>${esc(s.title)}</title><link>${esc(s.link)}</link><description>${esc(s.summary)}</description><dc:date>${s.date}</dc:date><dc:creator>${esc(s.author)}</dc:creator></item>`,
    );
    return `<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://example.com/"><title>${esc(title)}</title><link>https://example.com/</link><description>Generated</description></channel>\n${items.join('\n')}\n</rdf:RDF>\n`;
  }
  const items = stories.map(
    (s) =>
      `<item><title>${esc(s.title)}</title><link>${esc(s.link)}</link><guid isPermaLink="false">${s.id}</guid><pubDate>${new Date(s.date).toUTCString()}</pubDate><dc:creator>${esc(s.author)}</dc:creator><category>${s.section}</category><description>${esc(s.summary)}</description>${s.image ? `<media:content url="${esc(s.image)}" medium="image" type="image/svg+xml" width="640" height="360"/>` : ''}</item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${esc(title)}</title><link>https://example.com/</link><description>Generated</description>\n${items.join('\n')}\n</channel></rss>\n`;
}
