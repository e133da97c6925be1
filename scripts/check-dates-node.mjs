#!/usr/bin/env node
// Runs the dates conformance corpus through parseDate in Node (no DOM), to prove the parser is
// DOM-free and gives the same answers as in the browser. Bundles src/feed/dates.ts with esbuild first.
// Usage: node scripts/check-dates-node.mjs   (exits 1 when any case fails)
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(tmpdir(), `news-elements-dates-${process.pid}.mjs`);
execFileSync(
  join(root, 'node_modules/.bin/esbuild'),
  [
    'src/feed/dates.ts',
    '--bundle',
    '--format=esm',
    '--platform=node',
    `--outfile=${out}`,
    '--log-level=warning',
  ],
  { cwd: root, stdio: 'inherit' },
);
const { parseDate } = await import(pathToFileURL(out).href);
rmSync(out, { force: true });
const cases = JSON.parse(readFileSync(join(root, 'tests/fixtures/conformance/dates/cases.json'), 'utf8'));

/** @type {Map<string, {passed: number, total: number}>} */
const families = new Map();
let failed = 0;
for (const { input, expected, family } of cases) {
  const actual = parseDate(input);
  // The corpus is at second precision (feedparser drops fractions): compare without milliseconds.
  const ok = (actual === null ? null : actual.slice(0, 19) + 'Z') === expected;
  const tally = families.get(family) ?? { passed: 0, total: 0 };
  tally.total++;
  if (ok) tally.passed++;
  else {
    failed++;
    console.log(`FAIL ${family} ${JSON.stringify(input)}: expected ${expected}, got ${actual}`);
  }
  families.set(family, tally);
}
const summary = [...families].map(([f, t]) => `${f} ${t.passed}/${t.total}`).join(', ');
const passed = cases.length - failed;
console.log(
  `dates conformance (node ${process.version}): ${summary}; overall ${passed}/${cases.length} (${((100 * passed) / cases.length).toFixed(1)}%)`,
);
process.exitCode = failed ? 1 : 0;
