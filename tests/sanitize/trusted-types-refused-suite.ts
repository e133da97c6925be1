/*
 * Runs inside trusted-types-refused.test.html, whose CSP enforces Trusted Types but allows only `lit-html`.
 * Not a *.test.ts file on purpose: it only means something on that page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import { sanitizedHtml } from '../../src/sanitize/index.js';

class RefusedTestElement extends LitElement {
  static override properties = { content: {} };
  content = '';
  override render() {
    return html`<div part="body">${sanitizedHtml(this.content)}</div>
      <p part="after">still here</p>`;
  }
}
customElements.define('refused-test', RefusedTestElement);

describe('when the page’s CSP does not allow the news-elements policy', () => {
  afterEach(() => sinon.restore());

  it('the directive renders nothing, keeps the rest of the template, and logs which policies to allow', async () => {
    const error = sinon.stub(console, 'error');
    sinon.stub(console, 'warn'); // the refused createPolicy calls warn too; keep the log readable
    const el = await fixture<RefusedTestElement>(
      html`<refused-test .content=${'<p>remote</p>'}></refused-test>`,
    );
    expect(el.shadowRoot!.querySelector('[part="body"]')!.textContent).to.equal('');
    expect(el.shadowRoot!.querySelector('[part="after"]')!.textContent).to.equal('still here');
    expect(error.calledOnce).to.equal(true);
    expect(String(error.firstCall.args[0])).to.contain('trusted-types news-elements lit-html');
  });
});
