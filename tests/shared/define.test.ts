import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { defineElement } from '../../src/shared/define.js';

describe('defineElement', () => {
  it('registers a free tag', () => {
    class FreeTag extends HTMLElement {}
    defineElement('free-tag-test', FreeTag);
    expect(customElements.get('free-tag-test') === FreeTag).to.equal(true);
  });

  it('keeps an existing definition and warns once', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    customElements.define('taken-tag-test', First);
    const warn = sinon.stub(console, 'warn');
    try {
      expect(() => defineElement('taken-tag-test', Second)).to.not.throw();
      defineElement('taken-tag-test', Second);
      expect(customElements.get('taken-tag-test') === First).to.equal(true);
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('<taken-tag-test> is already defined');
    } finally {
      warn.restore();
    }
  });

  it('is silent when the same class is defined twice (one module loaded twice by the same bundle)', () => {
    class Same extends HTMLElement {}
    const warn = sinon.stub(console, 'warn');
    try {
      defineElement('same-tag-test', Same);
      defineElement('same-tag-test', Same);
      expect(warn.callCount).to.equal(0);
    } finally {
      warn.restore();
    }
  });
});
