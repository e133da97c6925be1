import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { styles } from '../../../src/components/news-article/news-article.styles.js';

const css = (styles as CSSResult[]).map((s) => s.cssText).join('\n');
const declared = new Set(Array.from(css.matchAll(/(--_[\w-]+)\s*:/g), (m) => m[1]!));
const used = new Set(Array.from(css.matchAll(/var\(\s*(--_[\w-]+)/g), (m) => m[1]!));

describe('<news-article> styles', () => {
  it('uses no private variable that is never declared', () => {
    expect([...used].filter((v) => !declared.has(v))).to.deep.equal([]);
  });

  it('declares no private variable that is never used', () => {
    expect([...declared].filter((v) => !used.has(v))).to.deep.equal([]);
  });

  it('never declares a public variable (they are for sites to set)', () => {
    expect(Array.from(css.matchAll(/(?<![\w-])(--news-[\w-]+)\s*:/g), (m) => m[1])).to.deep.equal([]);
  });

  it('every public variable has a fallback (a shared token or a default)', () => {
    expect(Array.from(css.matchAll(/var\(\s*(--news-[\w-]+)\s*\)/g), (m) => m[1])).to.deep.equal([]);
  });
});
