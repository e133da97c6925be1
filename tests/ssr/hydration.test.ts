// Hydration of server-rendered elements, as a Next.js, Astro or Eleventy site serves them: the markup is rendered
// by Lit's SSR in Node (the `/__feeds/ssr` route, from the elements in src/), parsed here with its declarative
// shadow roots, then upgraded by the elements with Lit's hydration support. Each element must keep its server
// shadow root, throw nothing, and end up exactly as the same markup rendered by the browser alone.
// Hydration support must load before Lit itself: this import comes first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';

const errors: string[] = [];
addEventListener('error', (event) => errors.push(String(event.error?.stack ?? event.message)));
addEventListener('unhandledrejection', (event) => errors.push(String(event.reason?.stack ?? event.reason)));

const ELEMENTS = 'story-date, news-article, latest-stories';

/** The DOM under `node` as HTML, shadow roots included; Lit's comment markers, styles and `defer-hydration` aside. */
function view(node: Node): string {
  if (node instanceof Text) return node.data;
  if (!(node instanceof Element)) return '';
  if (node.localName === 'style') return '';
  const attributes = [...node.attributes]
    .filter((a) => a.name !== 'defer-hydration')
    .map((a) => ` ${a.name}="${a.value}"`)
    .sort()
    .join('');
  const shadow = node.shadowRoot ? `#shadow(${[...node.shadowRoot.childNodes].map(view).join('')})` : '';
  return `<${node.localName}${attributes}>${shadow}${[...node.childNodes].map(view).join('')}</${node.localName}>`;
}

async function serverRender(markup: string): Promise<string> {
  const response = await fetch(`/__feeds/ssr?markup=${encodeURIComponent(markup)}`);
  const text = await response.text();
  expect(response.status, text).to.equal(200);
  return text;
}

/** `markup` server-rendered and hydrated, and the same markup rendered by the browser alone, both settled. */
async function hydrateBeside(markup: string) {
  const html = await serverRender(markup);
  expect(html, 'the server rendered a shadow root').to.include('shadowrootmode="open"');
  const hydrated = document.createElement('div');
  hydrated.setHTMLUnsafe(html);
  const element = hydrated.querySelector(ELEMENTS)!;
  const serverRoot = element.shadowRoot;
  expect(serverRoot, 'the declarative shadow root was parsed').to.exist;
  const serverView = view(hydrated);
  // The element upgrades on insertion; its first update, which hydrates, runs after this task.
  const changes: MutationRecord[] = [];
  const observer = new MutationObserver((records) => changes.push(...records));
  observer.observe(serverRoot!, { subtree: true, childList: true });
  document.body.append(hydrated);
  const fresh = document.createElement('div');
  fresh.innerHTML = markup;
  document.body.append(fresh);
  try {
    await waitUntil(
      () => view(hydrated) === view(fresh),
      'the hydrated element ends up as the browser alone renders it',
      { timeout: 5000 },
    ).catch((error) => {
      throw new Error(`${error.message}\nhydrated: ${view(hydrated)}\nfresh:    ${view(fresh)}`);
    });
    observer.disconnect();
    expect(element.shadowRoot, 'the server shadow root is kept').to.equal(serverRoot);
    expect(errors, 'errors').to.deep.equal([]);
    return { serverView, finalView: view(hydrated), changes, hydrated };
  } finally {
    observer.disconnect();
    hydrated.remove();
    fresh.remove();
  }
}

describe('hydration of server-rendered elements', function () {
  // Lit's SSR runs in a fresh Node process per render.
  this.timeout(20000);

  afterEach(() => {
    errors.length = 0;
  });

  it('keeps a story-date with its own locale and zone as the server rendered it, without touching the DOM', async () => {
    const { serverView, finalView, changes } = await hydrateBeside(
      '<story-date datetime="2023-10-31T09:00:00Z" format="date" locale="en-US" time-zone="UTC"></story-date>',
    );
    expect(serverView).to.include('October 31, 2023');
    // (Lit's hydration writes the same text again; nothing may be replaced or read differently.)
    expect(finalView, 'the server rendering was already right').to.equal(serverView);
    expect(changes.filter((c) => c.type === 'childList').length, 'nodes replaced').to.equal(0);
  });

  it('re-renders a story-date for the language of its page, which the server cannot see', async () => {
    const { hydrated } = await hydrateBeside(
      '<p lang="de"><story-date datetime="2023-10-31T09:00:00Z" format="date" time-zone="UTC"></story-date></p>',
    );
    expect(view(hydrated)).to.include('31. Oktober 2023');
  });

  it('formats a story-date pattern and a non-ISO date on the client', async () => {
    const { hydrated } = await hydrateBeside(
      '<div><story-date datetime="2023-10-31T09:00:00Z" pattern="EEEE, MMMM d, yyyy" locale="en-US" time-zone="UTC">31 Oct 2023</story-date>' +
        '<story-date datetime="31 Oct 2023 09:00 GMT" format="date" locale="en-US" time-zone="UTC">31 Oct</story-date></div>',
    );
    expect(view(hydrated)).to.include('Tuesday, October 31, 2023');
  });

  it('reads a news-article from its JSON script child, which the server left to the browser', async () => {
    const { serverView, hydrated } = await hydrateBeside(
      '<news-article locale="en-US" time-zone="UTC"><script type="application/json">' +
        '{"title":"Script story","link":"https://example.org/s","published":"2023-10-31T09:00:00Z","author":"Jane Doe","contentHtml":"<p>Body <b>text</b></p>"}' +
        '</script><h2>No-JS headline</h2></news-article>',
    );
    expect(serverView, 'the server shows the fallback').to.include('#shadow(<slot></slot>)');
    expect(view(hydrated)).to.include('Script story').and.include('<b>text</b>');
  });

  it('loads a news-article from src', async () => {
    const { hydrated } = await hydrateBeside(
      '<news-article src="/__feeds/fixture/articles/first-article.json?key=ssr-article" locale="en-US" time-zone="UTC"><h2>No-JS headline</h2></news-article>',
    );
    expect(view(hydrated)).to.include('Russia-Iran military alliance');
  });

  it('reads latest-stories from its JSON script child', async () => {
    const { hydrated } = await hydrateBeside(
      '<latest-stories heading="Latest" locale="en-US" time-zone="UTC"><script type="application/json">' +
        '[{"title":"Script list story","link":"https://example.org/s2","published":"2023-10-31T09:00:00Z"}]' +
        '</script><p>No-JS list</p></latest-stories>',
    );
    expect(view(hydrated)).to.include('Script list story');
  });

  it('loads latest-stories from a feed', async () => {
    const { serverView, hydrated } = await hydrateBeside(
      '<latest-stories src="/__feeds/sample/rss.xml?key=ssr-list" loading="eager" locale="en-US" time-zone="UTC"><ul><li>No-JS list</li></ul></latest-stories>',
    );
    expect(serverView, 'the server shows the fallback').to.include('No-JS list');
    expect(view(hydrated)).to.include('City council approves new park');
  });
});
