import { expect } from '@open-wc/testing';
import { parseDate } from '../../src/feed/dates.js';

/** One row of feedparser's date corpus, see tests/fixtures/conformance/dates/README.md. */
interface DateCase {
  input: string;
  expected: string | null;
  family: string;
}

// Mocha collects `it`s synchronously, so the corpus is loaded with a top-level await before the
// suite is declared. The copy lives under the project root (scripts/sync-conformance.mjs) because
// the test server only serves files below it.
const response = await fetch(new URL('../fixtures/conformance/dates/cases.json', import.meta.url));
const cases = (await response.json()) as DateCase[];

describe('parseDate conformance (feedparser date corpus)', () => {
  const tally = new Map<string, { passed: number; total: number }>();

  it('loads the whole corpus', () => {
    expect(cases).to.have.length(61);
  });

  for (const { input, expected, family } of cases) {
    it(`${family}: ${JSON.stringify(input)} → ${expected ?? 'null'}`, () => {
      const counts = tally.get(family) ?? { passed: 0, total: 0 };
      tally.set(family, counts);
      counts.total++;
      const actual = parseDate(input);
      // The corpus has second precision (feedparser drops fractions): compare without milliseconds.
      expect(actual === null ? null : actual.slice(0, 19) + 'Z').to.equal(expected);
      counts.passed++;
    });
  }

  after(() => {
    const passed = [...tally.values()].reduce((sum, t) => sum + t.passed, 0);
    const families = [...tally].map(([family, t]) => `${family} ${t.passed}/${t.total}`).join(', ');
    console.log(`dates conformance: ${families}; overall ${passed}/${cases.length}`);
  });
});
