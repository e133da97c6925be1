// Frameworks clear what they set: React passes `undefined` for a prop it no longer has, templates remove
// attributes, and a removed attribute makes its property `null`. No property value, cleared in any of these
// ways, may make an element throw (from render or from `updateComplete`), and each one falls back to its default.
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/components/latest-stories/define.js';
import '../../src/components/news-article/define.js';
import '../../src/components/story-date/define.js';

type Reactive = LitElement & Record<string, unknown>;

/** The reactive properties of an element's class, and the attribute each one has (if any). */
function reactive(el: LitElement): [name: string, attribute: string | undefined][] {
  const props = (el.constructor as typeof LitElement).elementProperties;
  return [...props].map(([name, options]) => [
    String(name),
    options.attribute === false
      ? undefined
      : typeof options.attribute === 'string'
        ? options.attribute
        : String(name).toLowerCase(),
  ]);
}

const story = {
  title: 'A story',
  link: 'https://example.com/a',
  published: '2024-05-07T12:00:00.000Z',
  author: 'Ada',
  categories: ['News'],
};

/** Clears every reactive property one way; collects what threw instead of stopping at the first. */
async function clearAll(el: Reactive, how: 'null' | 'undefined' | 'remove attribute'): Promise<string[]> {
  const failures: string[] = [];
  for (const [name, attribute] of reactive(el)) {
    try {
      if (how === 'remove attribute') {
        if (!attribute) continue;
        el.setAttribute(attribute, 'x');
        await el.updateComplete;
        el.removeAttribute(attribute);
      } else el[name] = how === 'null' ? null : undefined;
      await el.updateComplete;
      // The shadow root still renders something sane (no "undefined"/"null" text from a cleared property).
      expect(el.shadowRoot!.textContent, name).not.to.match(/\b(undefined|null|NaN)\b/);
    } catch (error) {
      failures.push(`${name}: ${(error as Error).message}`);
    }
  }
  return failures;
}

describe('cleared properties never break an element', () => {
  for (const how of ['null', 'undefined', 'remove attribute'] as const) {
    it(`<story-date>, every property set to ${how}`, async () => {
      const el = await fixture<Reactive>(
        html`<story-date datetime="2023-10-31T09:00:00Z" format="date">server text</story-date>`,
      );
      expect(await clearAll(el, how)).to.deep.equal([]);
    });

    it(`<news-article>, every property set to ${how}`, async () => {
      const el = await fixture<Reactive>(html`<news-article .article=${story}></news-article>`);
      expect(await clearAll(el, how)).to.deep.equal([]);
    });

    it(`<latest-stories>, every property set to ${how}`, async () => {
      const el = await fixture<Reactive>(
        html`<latest-stories
          heading="Latest"
          .stories=${[story, { ...story, title: 'B' }]}
        ></latest-stories>`,
      );
      expect(await clearAll(el, how)).to.deep.equal([]);
    });
  }

  it('a cleared `datetime` shows the fallback again, and `date` is null', async () => {
    const el = await fixture<Reactive>(
      html`<story-date datetime="2023-10-31T09:00:00Z" format="date">server text</story-date>`,
    );
    expect(el.shadowRoot!.querySelector('time')).to.exist;
    el.removeAttribute('datetime');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('time')).to.equal(null);
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    expect(el['date']).to.equal(null);
    el['datetime'] = undefined;
    await el.updateComplete;
    expect(el['date']).to.equal(null);
  });

  it("a cleared `heading-level` is the default 2, not 1 (the page's one h1 stays the page's)", async () => {
    const el = await fixture<Reactive>(
      html`<latest-stories heading="Latest" heading-level="3" .stories=${[story]}></latest-stories>`,
    );
    expect(el.shadowRoot!.querySelector('h3')?.textContent?.trim()).to.equal('Latest');
    el.removeAttribute('heading-level');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')?.textContent?.trim()).to.equal('Latest');
    el['headingLevel'] = '';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')?.textContent?.trim()).to.equal('Latest');
    el['headingLevel'] = 0;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('h2')?.textContent?.trim()).to.equal('Latest');
  });

  it('a cleared `src` on <latest-stories> empties it instead of keeping stale stories', async () => {
    const el = await fixture<Reactive>(
      html`<latest-stories
        loading="eager"
        src="/__feeds/sample/rss.xml?key=${Math.random()}"
      ></latest-stories>`,
    );
    await new Promise((resolve) => el.addEventListener('news-load', resolve, { once: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="story"]').length).to.be.greaterThan(0);
    el.removeAttribute('src');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="story"]').length).to.equal(0);
  });
});
