import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { sanitizeHtml, sanitizedHtml } from '../../src/sanitize/index.js';

declare global {
  interface Window {
    __xss?: string[];
    __xssControl?: string[];
  }
}

/**
 * Hostile payloads. `CANARY` is replaced by a call that records the payload's number on a global, so a
 * payload that ever runs says which one it was. Many only fire after an image error or a load event,
 * hence the wait before checking.
 */
const CANARY = '(window.__xss=window.__xss||[]).push(@N@)';
const PAYLOADS = [
  '<img src=x onerror="CANARY">',
  '<img src="x" ONERROR="CANARY">',
  '<img src=x onerror=CANARY//>',
  '<<img src=x onerror="CANARY">>',
  '<svg onload="CANARY"></svg>',
  '<svg><style><img src=x onerror="CANARY"></style></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="CANARY">',
  '<noscript><p title="</noscript><img src=x onerror=CANARY>">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror="CANARY">',
  '<svg><foreignObject><img src=x onerror="CANARY"></foreignObject></svg>',
  '<select><style></select><img src=x onerror="CANARY">',
  '<script>CANARY</script>',
  '<script src="data:text/javascript,CANARY"></script>',
  '<iframe srcdoc="<script>parent.CANARY</script>"></iframe>',
  '<iframe src="javascript:parent.CANARY"></iframe>',
  '<iframe onload="CANARY"></iframe>',
  '<object data="javascript:CANARY"></object>',
  '<embed src="javascript:CANARY">',
  '<body onload="CANARY">',
  '<details open ontoggle="CANARY"><summary>s</summary></details>',
  '<video><source onerror="CANARY"></video>',
  '<audio src=x onerror="CANARY"></audio>',
  '<input autofocus onfocus="CANARY">',
  '<style onload="CANARY"></style>',
  '<link rel="stylesheet" href="x" onerror="CANARY">',
  '<img src=x onerror=window&#x2e;__xss=[@N@]>',
  '<svg><animate onbegin="CANARY" attributeName="x" dur="1s"></svg>',
  '<svg><set onbegin="CANARY" attributeName="x" to="1"></svg>',
  '<picture><source srcset="x"><img src="x" onerror="CANARY"></picture>',
  '<p title="</p><img src=x onerror=CANARY>">p</p>',
  '<textarea><img src=x onerror="CANARY"></textarea>',
  '<xmp><img src=x onerror="CANARY"></xmp>',
  '<template><img src=x onerror="CANARY"></template><img src=x onerror="CANARY">',
  '<div is="x" onpointerenter="CANARY">d</div>',
  '<img src="x" srcset="x 1x" onload="CANARY" onerror="CANARY">',
  '<marquee onstart="CANARY">m</marquee>',
  '<body><img src=x onerror="CANARY"></body>',
  '<meta http-equiv="refresh" content="0;url=javascript:CANARY">',
].map((payload, index) => payload.replaceAll('CANARY', CANARY).replaceAll('@N@', String(index)));

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until every image in `root` has loaded or failed (that is when onerror would have run). */
async function imagesSettled(root: ParentNode) {
  const images = [...root.querySelectorAll('img')];
  // The sanitizer makes images lazy; an off-screen lazy image never loads, so a surviving onerror would
  // never get its chance to fire. Load them all now.
  for (const image of images) image.loading = 'eager';
  const settled = (image: HTMLImageElement) =>
    new Promise((resolve) => {
      if (image.complete) return resolve(undefined);
      image.addEventListener('load', resolve, { once: true });
      image.addEventListener('error', resolve, { once: true });
      setTimeout(resolve, 2000);
    });
  await Promise.all(images.map(settled));
  // Handlers run in a task after the event; give any straggler (toggle, focus, animation) time too.
  await wait(300);
}

describe('no script execution', () => {
  let container: HTMLElement;
  beforeEach(() => {
    delete window.__xss;
    delete window.__xssControl;
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  it(`has ${PAYLOADS.length} payloads`, () => {
    expect(PAYLOADS.length).to.be.at.least(30);
  });

  it('the canary works: an unsanitized payload does set it (so silence below means something)', async () => {
    container.innerHTML = '<img src="x" onerror="(window.__xssControl=window.__xssControl||[]).push(0)">';
    for (let i = 0; i < 50 && !window.__xssControl; i++) await wait(20);
    expect(window.__xssControl).to.deep.equal([0]);
  });

  it('no payload runs when rendered through sanitizeHtml + innerHTML', async () => {
    container.innerHTML = PAYLOADS.map((payload) => sanitizeHtml(payload)).join('<hr>');
    await imagesSettled(container);
    expect(window.__xss).to.equal(undefined);
  });

  it('no payload runs when rendered through the sanitizedHtml directive', async () => {
    render(html`${PAYLOADS.map((payload) => html`<div>${sanitizedHtml(payload, { baseUrl: location.href })}</div>`)}`, container); // prettier-ignore
    await imagesSettled(container);
    expect(window.__xss).to.equal(undefined);
    // The hostile parts are gone from the DOM too, not merely inert.
    const all = [...container.querySelectorAll('*')];
    expect(all.flatMap((el) => el.getAttributeNames()).filter((name) => name.startsWith('on'))).to.deep.equal(
      [],
    );
    expect(
      container.querySelector('script, iframe, object, embed, svg, math, style, link, meta, input'),
    ).to.equal(null);
  });

  it('every surviving link and image URL is http(s) or mailto', () => {
    container.innerHTML = PAYLOADS.map((payload) => sanitizeHtml(payload, { baseUrl: location.href })).join(
      '',
    );
    const urls = [
      ...container.querySelectorAll<HTMLAnchorElement | HTMLImageElement>('a[href], img[src]'),
    ].map((el) => (el instanceof HTMLAnchorElement ? el.href : el.src));
    for (const url of urls) expect(new URL(url).protocol).to.be.oneOf(['http:', 'https:', 'mailto:']);
  });
});
