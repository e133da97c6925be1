import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { LatestStoriesElement } from '../../../src/components/latest-stories/latest-stories.js';
import '../../../src/components/latest-stories/define.js';
import { parts, settled, titles, uid } from './helpers.js';

// Every publisher-shaped feed of tests/fixtures/real-world/, rendered end to end: fetched, decoded, parsed,
// merged and shown as cards. The parse results are checked field by field in tests/feed/real-world.test.ts;
// this checks what a reader gets on screen.
const FEEDS = [
  'bbc.xml',
  'blogger.xml',
  'bom-blank-lines.xml',
  'cnn.xml',
  'github-releases.xml',
  'google-alerts.xml',
  'google-news.xml',
  'guardian.xml',
  'hacker-news.xml',
  'localized-dates.xml',
  'mastodon.xml',
  'medium.xml',
  'microblog.json',
  'nyt.xml',
  'podcast.xml',
  'reddit.xml',
  'slashdot-rdf.xml',
  'substack.xml',
  'tumblr.xml',
  'vimeo.xml',
  'windows-1252.xml',
  'wordpress-com.xml',
  'wordpress.xml',
  'xml-base.xml',
  'youtube.xml',
];

describe('<latest-stories> on real-world feeds', () => {
  for (const name of FEEDS) {
    it(`shows ${name} as readable cards with safe links`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('latest-stories') as LatestStoriesElement;
      el.setAttribute('loading', 'eager');
      el.setAttribute('layout', 'list');
      el.setAttribute('src', `/__feeds/fixture/real-world/${name}?key=${uid()}`);
      const loaded = oneEvent(el, 'news-load');
      wrapper.append(el);
      const { detail } = await loaded;
      await settled(el);
      expect(detail.stories.length, 'stories').to.be.greaterThan(0);
      // Every card has its title as visible text, and nothing of markup leaks into a title or summary.
      const shown = titles(el);
      expect(shown.length).to.equal(Math.min(detail.stories.length, 10));
      for (const title of shown) {
        expect(title).to.not.equal('');
        expect(title).to.not.match(/<\/?[a-z][^>]*>|&[a-z]+;/i);
      }
      for (const summary of parts(el, 'story-summary')) {
        expect(summary.textContent).to.not.match(/<\/?(p|a|img|div|br)\b[^>]*>|&(amp|lt|gt|nbsp|#\d+);/i);
      }
      // Links and images are absolute http(s) only.
      for (const a of el.shadowRoot!.querySelectorAll('a[href]')) {
        expect(a.getAttribute('href')).to.match(/^https?:\/\//);
      }
      for (const img of el.shadowRoot!.querySelectorAll('img')) {
        expect(img.getAttribute('src')).to.match(/^https?:\/\//);
      }
    });
  }
});
