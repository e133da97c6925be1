/*
 * Runs inside trusted-types.test.html, under `require-trusted-types-for 'script'; trusted-types
 * news-elements lit-html`. Not a *.test.ts file on purpose: it only means something on that page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, render } from 'lit';
import type { TrustedTypesWindow } from 'trusted-types/lib/index.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { sanitizeHtml, sanitizeToTrusted, sanitizedHtml } from '../../src/sanitize/index.js';

declare global {
  interface Window {
    __violations: string[];
    __ttXss?: boolean;
  }
}

class TrustedTypesTestElement extends LitElement {
  static override properties = { content: {} };
  content = '';
  override render() {
    return html`<div part="body">
      ${sanitizedHtml(this.content, { baseUrl: 'https://news.example/s/' })}
    </div>`;
  }
}
customElements.define('trusted-types-test', TrustedTypesTestElement);

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const HOSTILE =
  '<h2>Headline</h2><p onclick="window.__ttXss=true">Body <a href="javascript:window.__ttXss=true">x</a> ' +
  '<a href="story">link</a></p><img src="x" onerror="window.__ttXss=true"><script>window.__ttXss=true</script>' +
  '<svg><style><img src=x onerror="window.__ttXss=true"></style></svg>';

describe('under enforced Trusted Types', () => {
  it('the page really enforces them: a plain string into innerHTML throws and is reported', async () => {
    const before = window.__violations.length;
    expect(() => {
      document.createElement('div').innerHTML = '<b>x</b>';
    }).to.throw(TypeError);
    // The violation event is queued as a task, not dispatched synchronously.
    for (let i = 0; i < 50 && window.__violations.length === before; i++) await tick(20);
    expect(window.__violations.length).to.equal(before + 1);
    expect(window.__violations.at(-1)).to.match(/^require-trusted-types-for/);
    window.__violations.splice(before);
  });

  it('sanitizeHtml works (DOMPurify parses through the news-elements policy, not its own)', async () => {
    expect(sanitizeHtml(HOSTILE)).to.equal(
      '<h2>Headline</h2><p>Body <a>x</a> <a href="story">link</a></p>' +
        '<img src="x" loading="lazy" decoding="async" referrerpolicy="no-referrer">' +
        '<img src="x" loading="lazy" decoding="async" referrerpolicy="no-referrer">',
    );
    await tick(100);
    expect(window.__violations).to.deep.equal([]);
  });

  it('sanitizeToTrusted returns TrustedHTML that innerHTML accepts', async () => {
    const trusted = sanitizeToTrusted(HOSTILE);
    expect((window as unknown as TrustedTypesWindow).trustedTypes!.isHTML(trusted)).to.equal(true);
    const div = document.createElement('div');
    div.innerHTML = trusted as string;
    expect(div.querySelector('h2')?.textContent).to.equal('Headline');
    await tick(100);
    expect(window.__violations).to.deep.equal([]);
  });

  it('the sanitizedHtml directive renders into a shadow root with no violation and no script run', async () => {
    const el = await fixture<TrustedTypesTestElement>(
      html`<trusted-types-test .content=${HOSTILE}></trusted-types-test>`,
    );
    const body = el.shadowRoot!.querySelector('[part="body"]')!;
    expect(body.querySelector('h2')?.textContent).to.equal('Headline');
    expect(body.querySelector('a[href]')?.getAttribute('href')).to.equal('https://news.example/s/story');
    expect(body.querySelectorAll('script, svg, [onclick], [onerror]').length).to.equal(0);
    for (const image of body.querySelectorAll('img')) image.loading = 'eager';
    await tick(500);
    expect(window.__ttXss).to.equal(undefined);
    expect(window.__violations).to.deep.equal([]);
  });

  it('Lit’s unsafeHTML takes any string without a violation: Lit’s own lit-html policy passes it through unchecked, which is why remote HTML must go through sanitizedHtml instead', async () => {
    const div = document.createElement('div');
    render(html`${unsafeHTML('<b data-unchecked="yes">raw</b>')}`, div);
    expect(div.querySelector('b')?.dataset.unchecked).to.equal('yes');
    await tick(100);
    expect(window.__violations).to.deep.equal([]);
  });
});
