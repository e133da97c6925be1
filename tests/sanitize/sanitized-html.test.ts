import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, render } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { sanitizeHtml, sanitizeToTrusted, sanitizedHtml } from '../../src/sanitize/index.js';
import type { SanitizeOptions } from '../../src/sanitize/index.js';

/** A minimal element that renders remote HTML the way the real elements do. */
class RemoteHtmlTestElement extends LitElement {
  static override properties = { content: {}, options: { attribute: false } };
  content: string | null = '';
  options: SanitizeOptions = {};
  override render() {
    return html`<div part="body">${sanitizedHtml(this.content, this.options)}</div>`;
  }
}
customElements.define('remote-html-test', RemoteHtmlTestElement);

/** The rendered markup inside the part, without Lit's marker comments. */
function bodyHtml(el: RemoteHtmlTestElement): string {
  return el.shadowRoot!.querySelector('[part="body"]')!.innerHTML.replace(/<!--[^>]*-->/g, '');
}

describe('sanitizedHtml directive', () => {
  const hostile = '<p onclick="x()">Hi <a href="/a">there</a></p><script>x()</script>';
  const options = { baseUrl: 'https://news.example/s/story', target: '_blank' };

  it('renders exactly what sanitizeHtml returns, into the shadow root', async () => {
    const el = await fixture<RemoteHtmlTestElement>(html`<remote-html-test .content=${hostile} .options=${options}></remote-html-test>`); // prettier-ignore
    expect(bodyHtml(el)).to.equal(sanitizeHtml(hostile, options));
    expect(bodyHtml(el)).to.equal(
      '<p>Hi <a href="https://news.example/a" rel="noopener noreferrer" target="_blank">there</a></p>',
    );
  });

  it('does not rebuild the DOM when the input is unchanged', async () => {
    const el = await fixture<RemoteHtmlTestElement>(html`<remote-html-test .content=${'<p>a</p>'}></remote-html-test>`); // prettier-ignore
    const first = el.shadowRoot!.querySelector('p');
    el.options = {}; // a new but equal options object
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')).to.equal(first);
  });

  it('replaces the content when the input or the options change', async () => {
    const el = await fixture<RemoteHtmlTestElement>(html`<remote-html-test .content=${'<a href="/x">a</a>'}></remote-html-test>`); // prettier-ignore
    expect(bodyHtml(el)).to.equal('<a href="/x">a</a>');
    el.options = { baseUrl: 'https://news.example/' };
    await el.updateComplete;
    expect(bodyHtml(el)).to.equal('<a href="https://news.example/x" rel="noopener noreferrer">a</a>');
    el.content = '<p>b</p>';
    await el.updateComplete;
    expect(bodyHtml(el)).to.equal('<p>b</p>');
  });

  for (const empty of [null, undefined, '']) {
    it(`renders nothing for ${JSON.stringify(empty) ?? 'undefined'}`, async () => {
      const el = await fixture<RemoteHtmlTestElement>(html`<remote-html-test .content=${'<p>a</p>'}></remote-html-test>`); // prettier-ignore
      el.content = empty as string | null;
      await el.updateComplete;
      expect(bodyHtml(el)).to.equal('');
      el.content = '<p>again</p>';
      await el.updateComplete;
      expect(bodyHtml(el)).to.equal('<p>again</p>');
    });
  }

  it('refuses attribute positions', () => {
    const container = document.createElement('div');
    expect(() => render(html`<div title=${sanitizedHtml('<b>x</b>')}></div>`, container)).to.throw(
      /child positions/,
    );
  });

  it('exists because Lit’s unsafeHTML rejects TrustedHTML', () => {
    const container = document.createElement('div');
    expect(() => render(html`${unsafeHTML(sanitizeToTrusted('<b>x</b>') as string)}`, container)).to.throw(
      /non-string/,
    );
  });
});
