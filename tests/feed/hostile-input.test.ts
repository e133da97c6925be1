// Hostile input against every reader, from a review that hunted quadratic time and runaway memory: each case is
// timed against benign input of the same size read in the same run (a ratio, never an absolute time), or its output
// is measured against its input. Before the fixes the ratios were in the hundreds and the outputs in the hundreds of
// megabytes.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import { checkSrcset } from '../../src/sanitize/urls.js';
import { canonicalLink } from '../../src/components/latest-stories/merge.js';
import { readArticlePage } from '../../src/components/news-article/article-page.js';
import { unwatch, watch, tickerState } from '../../src/components/story-date/ticker.js';

const N = 40_000;
const rss = (items: string, channel = '', attrs = '') =>
  `<?xml version="1.0"?><rss version="2.0" ${attrs}><channel><title>T</title><link>https://a.example/</link>${channel}${items}</channel></rss>`;

/** The median time of three runs of `run`, in ms. */
function time(run: () => unknown): number {
  const times = [0, 1, 2].map(() => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b)[1]!;
}

/** `hostile` takes no more than `max` times as long as `benign`, plus 5 ms for timer grain (Firefox gives 1 ms). */
function notMuchSlower(hostile: () => unknown, benign: () => unknown, max = 20) {
  const b = time(benign);
  const h = time(hostile);
  expect(h, `hostile ${h.toFixed(1)} ms, benign ${b.toFixed(1)} ms`).to.be.below(max * b + 5);
}

describe('hostile input: time and size stay in proportion to the input', () => {
  it('a run of spaces in an escaped href (the relative-link test)', () => {
    const feed = (fill: string) =>
      rss(`<item><title>x</title><description>&lt;a href=${fill}http://x&gt;</description></item>`);
    const hostile = feed(' '.repeat(N));
    const benign = feed('a'.repeat(N));
    notMuchSlower(
      () => parseFeed(hostile, { url: 'https://a.example/f' }),
      () => parseFeed(benign, { url: 'https://a.example/f' }),
    );
  });

  it('many repeats of a category after 99 long ones', () => {
    const feed = (kept: number) =>
      rss(
        `<item><title>x</title>${Array.from({ length: kept }, (_, i) => `<category>${i}${'c'.repeat(2000)}</category>`).join('')}${'<category>Zz</category>'.repeat(N / 2)}</item>`,
      );
    const hostile = feed(99);
    const benign = feed(1);
    notMuchSlower(
      () => parseFeed(hostile),
      () => parseFeed(benign),
    );
  });

  it('a run of slashes in a namespace URI', () => {
    const hostile = rss('<item><title>x</title></item>', '', `xmlns:a="${'/'.repeat(N)}x"`);
    const benign = rss('<item><title>x</title></item>', '', `xmlns:a="${'a'.repeat(N)}x"`);
    notMuchSlower(
      () => parseFeed(hostile),
      () => parseFeed(benign),
    );
  });

  it('an author name of many @', () => {
    const hostile = rss(`<item><title>x</title><author>${'@'.repeat(N)} x</author></item>`);
    const benign = rss(`<item><title>x</title><author>${'a'.repeat(N)} x</author></item>`);
    notMuchSlower(
      () => parseFeed(hostile),
      () => parseFeed(benign),
    );
  });

  it('a srcset URL with a long run of commas', () => {
    const hostile = `https://a.com/x${','.repeat(N)}y.jpg, 2x`;
    const benign = `https://a.com/x${'a'.repeat(N)}y.jpg, 2x`;
    notMuchSlower(
      () => checkSrcset(hostile, undefined),
      () => checkSrcset(benign, undefined),
    );
  });

  it('a story link with a long run of slashes', () => {
    const hostile = `https://a.com/${'/'.repeat(N)}x`;
    const benign = `https://a.com/${'a'.repeat(N)}x`;
    notMuchSlower(
      () => canonicalLink(hostile),
      () => canonicalLink(benign),
    );
  });

  it('thousands of relative story dates subscribe and leave in linear time', () => {
    const run = (n: number) => () => {
      const dates = Array.from({ length: n }, (_, i) => ({ tick: () => 60_000 + i }));
      for (const d of dates) watch(d, 60_000 + Math.random() * 1000);
      for (const d of dates) unwatch(d);
    };
    // Ten times the dates may take about ten times as long, not a hundred.
    notMuchSlower(run(10_000), run(1_000), 30);
    expect(tickerState()).to.deep.equal({ subscribers: 0, timerPending: false });
  });

  it('a huge base URL is no base: relative links are not copied into gigabytes of text', () => {
    const base = `https://a.com/${'a'.repeat(50_000)}/`;
    const text = rss(
      `<item><title>x</title><link>rel/1</link><description>${'&lt;a href=y&gt;z&lt;/a&gt; '.repeat(4000)}</description></item>`,
      '',
    ).replace('<link>https://a.example/</link>', `<link>${base}</link>`);
    const item = parseFeed(text).items[0]!;
    expect(item.summary!.length).to.be.below(2 * text.length + 1e6);
    expect(item.link).to.equal(undefined);
  });

  it('resolving links adds at most the HTML’s own length and a megabyte', () => {
    const base = `https://a.com/${'a'.repeat(1500)}/`;
    const html = '&lt;a href=y&gt;z&lt;/a&gt; '.repeat(20_000);
    const text = rss(`<item><title>x</title><description>${html}</description></item>`).replace(
      '<link>https://a.example/</link>',
      `<link>${base}</link>`,
    );
    expect(parseFeed(text).items[0]!.summary!.length).to.be.below(2 * text.length + 1e6);
  });

  it('declared entities share one budget, however many DOCTYPEs the document holds', () => {
    const value = 'x'.repeat(64);
    const chunk = `<!DOCTYPE r [<!ENTITY e "${value}">]>${'&e;'.repeat(1000)}`;
    const text = rss(`<item><title>${chunk.repeat(100)}</title></item>`);
    expect(parseFeed(text).items[0]!.title.length).to.be.below(2 * text.length + 1e6);
  });

  it('a JSON-LD block of 200 000 values beside the article does not hide it', () => {
    const page = `<!doctype html><html><head>
      <script type="application/ld+json">[${Array(200_000).fill(0).join(',')}]</script>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Still here"}</script>
      </head><body></body></html>`;
    expect(readArticlePage(page, 'https://a.example/x').title).to.equal('Still here');
  });

  it('an RSS 1.0 feed of 200 000 items beside its channel', () => {
    const text =
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">' +
      '<channel><title>T</title></channel>' +
      '<item><title>x</title></item>'.repeat(200_000) +
      '</rdf:RDF>';
    expect(parseFeed(text).items.length).to.equal(200_000);
  });
});
