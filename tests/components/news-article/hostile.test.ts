import { expect } from '@open-wc/testing';
import { articleFixture, fullStory, has, part, text } from './helpers.js';

type Flagged = Window & { newsArticlePwned?: string[] };
const w = window as Flagged;
const PWN = (id: string) => `(window.newsArticlePwned=window.newsArticlePwned||[]).push('${id}')`;

describe('<news-article> with hostile content', () => {
  beforeEach(() => {
    w.newsArticlePwned = [];
  });

  it('renders a body with <img onerror>, <script>, javascript: links and iframes inert', async () => {
    const el = await articleFixture(
      fullStory({
        contentHtml: `<p>Before</p>
          <img src="x" onerror="${PWN('img')}">
          <script>${PWN('script')}</script>
          <a href="javascript:${PWN('link')}">Click</a>
          <a href=" jav&#x09;ascript:alert(1)">Obfuscated</a>
          <iframe srcdoc="<script>${PWN('iframe')}</script>"></iframe>
          <svg><animate onbegin="${PWN('svg')}" attributeName="x"></animate></svg>
          <form action="https://evil.example"><input name="q"></form>
          <p onclick="${PWN('click')}">After</p>`,
      }),
    );
    await new Promise((r) => setTimeout(r, 300));
    const body = part(el, 'body')!;
    expect(body.querySelectorAll('script, iframe, svg, form, input').length).to.equal(0);
    expect(
      Array.from(body.querySelectorAll('*')).filter((n) =>
        n.getAttributeNames().some((a) => a.startsWith('on')),
      ).length,
    ).to.equal(0);
    const hrefs = Array.from(body.querySelectorAll('a')).map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((h) => /script:/i.test(h.replace(/\s/g, '')))).to.deep.equal([]);
    (body.querySelector('p:last-of-type') as HTMLElement).click();
    body.querySelectorAll('a').forEach((a) => a.dispatchEvent(new MouseEvent('click', { cancelable: true })));
    expect(w.newsArticlePwned).to.deep.equal([]);
    expect(text(el, 'body')).to.contain('Before');
    expect(text(el, 'body')).to.contain('After');
  });

  it('a hostile summary is sanitized too (dek and card summary)', async () => {
    const summary = `<b>Bold</b><img src=x onerror="${PWN('dek')}"><script>${PWN('dek-script')}</script>`;
    const full = await articleFixture(fullStory({ summary }));
    const card = await articleFixture(fullStory({ summary }), { layout: 'card' });
    await new Promise((r) => setTimeout(r, 300));
    expect(part(full, 'dek')!.querySelector('b')!.textContent).to.equal('Bold');
    for (const el of [full, card]) {
      const region = part(el, el === full ? 'dek' : 'summary')!;
      expect(region.querySelectorAll('script, [onerror]').length).to.equal(0);
    }
    expect(w.newsArticlePwned).to.deep.equal([]);
  });

  it('HTML in the title is shown as text, never as markup', async () => {
    const el = await articleFixture({ title: 'Q&A: <b>drones</b> & <i>power</i>', categories: [] });
    expect(text(el, 'title')).to.equal('Q&A: drones & power');
    expect(part(el, 'title')!.querySelector('b, i')).to.equal(null);
  });

  it('javascript: in link, author URL and image URL is dropped', async () => {
    const el = await articleFixture({
      title: 'T',
      link: 'javascript:alert(1)',
      authors: [{ name: 'Eve', url: 'javascript:alert(2)' }],
      image: { url: 'javascript:alert(3)' },
      categories: ['<img src=x onerror=alert(4)>', '<b>tag</b>'],
    });
    expect(el.shadowRoot!.querySelectorAll('a').length).to.equal(0);
    expect(text(el, 'byline')).to.equal('By Eve');
    expect(has(el, 'image')).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('img, b').length).to.equal(0);
    expect(text(el, 'tags')).to.equal('tag');
  });

  it('a data script cannot break out of its element or run', async () => {
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    try {
      wrapper.innerHTML = `<news-article><script type="application/ld+json">{"@type":"NewsArticle","headline":"X","articleBody":"<img src=x onerror=\\"${PWN('ld').replace(/"/g, '\\\\"')}\\">"}</script></news-article>`;
      const el = wrapper.querySelector('news-article')!;
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 300));
      expect(text(el, 'title')).to.equal('X');
      expect(part(el, 'body')!.querySelectorAll('[onerror]').length).to.equal(0);
      expect(w.newsArticlePwned).to.deep.equal([]);
    } finally {
      wrapper.remove();
    }
  });

  it('is accessible with sanitized hostile content', async () => {
    const el = await articleFixture(
      fullStory({ contentHtml: '<p>Text <a href="javascript:alert(1)">link</a></p><img src=x>' }),
    );
    await expect(el).to.be.accessible();
  });
});
