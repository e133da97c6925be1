// Demo-only helpers for latest-stories.html: a simulated network for the states that a static dev server
// cannot produce, and an event log. Nothing here is part of the library.
//
// Feed URLs with a `demo` parameter go through this shim (the parameter is removed before the real request):
// - demo=never: the request never answers (until aborted), so the loading skeleton stays on screen;
// - demo=fail-after-first: the first request works, later ones answer 503 (the "couldn't refresh" state);
// - demo=grow: later requests read latest-update.xml, which has three more stories (the "new stories" button).
const realFetch = window.fetch.bind(window);
const seen = new Map();
window.fetch = (input, init) => {
  const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const url = new URL(href, document.baseURI);
  const mode = url.searchParams.get('demo');
  if (!mode) return realFetch(input, init);
  url.searchParams.delete('demo');
  const key = `${mode} ${url.pathname}`;
  const n = (seen.get(key) ?? 0) + 1;
  seen.set(key, n);
  if (mode === 'never') {
    return new Promise((_, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal.reason));
    });
  }
  if (mode === 'fail-after-first' && n > 1) {
    return Promise.resolve(new Response('Service unavailable', { status: 503 }));
  }
  if (mode === 'grow' && n > 1) url.pathname = url.pathname.replace('latest.xml', 'latest-update.xml');
  return realFetch(url.href, init);
};

// The demo feeds link to news.example, which does not exist: log the reader's choice instead of navigating.
const log = document.getElementById('event-log');
const write = (line) => {
  if (!log) return;
  log.textContent = `${new Date().toLocaleTimeString()}  ${line}\n${log.textContent}`.slice(0, 4000);
};
document.addEventListener('news-select', (event) => {
  event.preventDefault();
  write(`news-select: "${event.detail.story.title}" (navigation prevented: ${event.detail.story.link})`);
});
document.addEventListener('news-load', (event) => {
  const where = event.target.id ? `#${event.target.id}` : event.target.localName;
  if (event.target.localName === 'latest-stories')
    write(
      `news-load on ${where}: ${event.detail.stories?.length ?? 0} stories from ${event.detail.url ?? 'page data'}`,
    );
});
document.addEventListener('news-error', (event) => {
  const where = event.target.id ? `#${event.target.id}` : event.target.localName;
  write(
    `news-error on ${where}: ${event.detail.error.code ?? ''} ${event.detail.error.message} (${event.detail.url})`,
  );
  // The "fallback" example cancels the built-in error: its server-rendered list stays instead.
  if (event.target.id === 'fallback-demo') event.preventDefault();
});

// Page data: an editor's selection given as the `stories` property (kept in this order).
const picks = document.getElementById('picks');
if (picks) {
  picks.stories = [
    {
      title: 'Editor’s pick: how the harbor will sound with electric ferries',
      link: 'https://news.example/local/electric-ferries',
      summary: 'We recorded a crossing on the prototype. Listen for what is missing.',
      published: '2023-10-30T18:40:00Z',
      section: 'Local',
      categories: [],
      image: { url: new URL('./latest-stories/harbor.svg', document.baseURI).href, width: 640, height: 360 },
    },
    {
      '@type': 'NewsArticle',
      headline: 'Explainer: what a “long pause” by central banks means for your mortgage',
      url: 'https://news.example/business/long-pause-explainer',
      datePublished: '2023-10-30T16:00:00Z',
      author: { '@type': 'Person', name: 'Ines Duarte' },
      description: 'Five questions, five short answers.',
    },
  ];
}
