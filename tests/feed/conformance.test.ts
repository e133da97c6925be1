import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/parse.js';
import { check, decodeFeedBytes, summarize, type ConformanceCase } from './conformance-eval.js';

// The feedparser corpus, copied unedited by scripts/sync-conformance.mjs; README.md there defines the format.
const ROOT = '/tests/fixtures/conformance/feedparser/';
const cases: ConformanceCase[] = await (await fetch(ROOT + 'cases.json')).json();

describe('feedparser conformance', () => {
  const results: { id: string; pass: boolean }[] = [];

  // The pass rates per origin directory; scripts/conformance-node.mjs prints the same lines from Node.
  after(() => console.log(summarize(results)));

  for (const c of cases) {
    it(c.id, async () => {
      const bytes = new Uint8Array(await (await fetch(ROOT + c.input_file)).arrayBuffer());
      let failures: (string | undefined)[] = ['parseFeed threw'];
      try {
        const feed = parseFeed(decodeFeedBytes(bytes), { url: c.base_url });
        failures = c.checks.map((k) => check(feed, k)).filter(Boolean);
      } finally {
        results.push({ id: c.id, pass: failures.length === 0 });
      }
      expect(failures, c.description).to.deep.equal([]);
    });
  }
});
