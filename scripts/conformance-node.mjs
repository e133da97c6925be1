#!/usr/bin/env node
// Scores parseFeed against the feedparser conformance corpus in Node (no DOM), with the same evaluation as the
// browser test tests/feed/conformance.test.ts; the two pass rates must be identical.
// Usage: node scripts/conformance-node.mjs [--failures]
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = join(root, 'tests/fixtures/conformance/feedparser');
const dir = mkdtempSync(join(tmpdir(), 'conformance-'));
const entry = join(dir, 'entry.ts');
writeFileSync(
  entry,
  `export { parseFeed } from ${JSON.stringify(join(root, 'src/feed/parse.ts'))};\n` +
    `export * from ${JSON.stringify(join(root, 'tests/feed/conformance-eval.ts'))};\n`,
);
const out = join(dir, 'bundle.mjs');
// platform neutral: nothing Node-only may sneak into the feed engine.
await build({
  entryPoints: [entry],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  outfile: out,
  logLevel: 'error',
});
const { parseFeed, decodeFeedBytes, check, summarize } = await import(pathToFileURL(out).href);
rmSync(dir, { recursive: true, force: true });

const cases = JSON.parse(readFileSync(join(corpus, 'cases.json'), 'utf8'));
const results = [];
for (const c of cases) {
  const text = decodeFeedBytes(new Uint8Array(readFileSync(join(corpus, c.input_file))));
  let failures;
  try {
    const feed = parseFeed(text, { url: c.base_url });
    failures = c.checks.map((k) => check(feed, k)).filter(Boolean);
  } catch (e) {
    failures = [`threw ${e}`];
  }
  results.push({ id: c.id, pass: failures.length === 0 });
  if (failures.length && process.argv.includes('--failures'))
    console.log(`FAIL ${c.id}: ${failures.join('; ')}`);
}
console.log(summarize(results));
