// Server-side rendering with Lit's SSR (@lit-labs/ssr), as a Next.js, Astro or Eleventy site would: every element
// renders on a server without throwing, with and without the global DOM shim; what a server cannot do (fetch,
// read light DOM, sanitize HTML) it leaves to the browser, showing the author's fallback content meanwhile; and it
// makes no network request. Run after `npm run build`: `node scripts/check-ssr.mjs` (it runs itself once per mode).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const mode = process.argv[2];
if (!mode) {
  let failed = 0;
  for (const m of ['plain', 'shim']) {
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), m], { encoding: 'utf8' });
    process.stdout.write(run.stdout);
    process.stderr.write(run.stderr);
    if (run.status !== 0) failed++;
  }
  console.log(
    failed ? `SSR: ${failed} mode(s) failed` : 'SSR: all checks passed, with and without the DOM shim',
  );
  process.exit(failed ? 1 : 0);
}

if (mode === 'shim') await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
// No request may leave a server render.
globalThis.fetch = () => {
  throw new Error('fetch during server rendering');
};
const errors = [];
console.error = (...args) => errors.push(args.join(' '));
const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html } = await import('lit');
for (const entry of ['story-date', 'news-article', 'latest-stories'])
  await import(new URL(`../dist/components/${entry}/define.js`, import.meta.url).href);

const story = {
  title: 'City council approves new transit plan',
  link: 'https://example.org/news/transit',
  summary: 'The plan adds three bus lines.',
  contentHtml: '<p>The council voted <b>7–2</b>.</p>',
  published: '2023-10-31T09:00:00Z',
  author: 'Jane Doe',
  categories: ['Transit'],
};
const cases = [
  [
    'story-date, a date in a given locale and zone',
    html`<story-date
      datetime="2023-10-31T09:00:00Z"
      format="date"
      locale="en-US"
      time-zone="UTC"
    ></story-date>`,
    ['October 31, 2023', 'datetime="2023-10-31T09:00:00.000Z"'],
    [],
  ],
  [
    'news-article from its article property: the story, its HTML left to the browser',
    html`<news-article .article=${story}></news-article>`,
    ['City council approves new transit plan', 'By', 'Jane Doe'],
    ['7–2'],
  ],
  [
    'news-article with src: no fetch, its fallback slot',
    html`<news-article src="https://example.org/a.json"><h2>Fallback</h2></news-article>`,
    ['<slot>'],
    ['part="skeleton', 'class="skeleton'],
  ],
  [
    'news-article with a data script child (unseen on a server): its fallback slot',
    html`<news-article
      ><script type="application/json">
        { "title": "x" }
      </script></news-article
    >`,
    ['<slot>'],
    [],
  ],
  [
    'latest-stories from its stories property',
    html`<latest-stories heading="Latest" .stories=${[story]}></latest-stories>`,
    ['Latest', 'City council approves new transit plan'],
    ['part="skeleton'],
  ],
  [
    'latest-stories with src, eager: no fetch, its fallback shown',
    html`<latest-stories loading="eager" src="https://example.org/feed.xml"><p>Fallback</p></latest-stories>`,
    ['<slot'],
    ['part="skeleton', 'fallback" hidden'],
  ],
];

let failed = 0;
for (const [name, template, present, absent] of cases) {
  try {
    // (Without their styles, which name every class.)
    const out = (await collectResult(render(template))).replace(/<style>[\s\S]*?<\/style>/g, '');
    for (const text of present) if (!out.includes(text)) throw new Error(`missing ${JSON.stringify(text)}`);
    for (const text of absent) if (out.includes(text)) throw new Error(`unexpected ${JSON.stringify(text)}`);
    console.log(`ok   [${mode}] ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAIL [${mode}] ${name}: ${error instanceof Error ? error.stack : error}`);
  }
}
if (errors.length) {
  failed++;
  console.log(`FAIL [${mode}] console errors: ${errors.join(' | ')}`);
}
process.exit(failed ? 1 : 0);
