#!/usr/bin/env node
// Copies the shared conformance corpora (dates/ and feedparser/, wholesale and unedited) into
// tests/fixtures/conformance/ so the web-test-runner dev server, which only serves the project root,
// can fetch them. The copy is committed; rerun this script only when the shared corpus changes.
// Usage: node scripts/sync-conformance.mjs [source-dir]   (default: /work/shared/conformance)
import { cpSync, existsSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = resolve(process.argv[2] ?? process.env.CONFORMANCE_DIR ?? '/work/shared/conformance');
const target = join(root, 'tests/fixtures/conformance');

for (const corpus of ['dates', 'feedparser']) {
  const from = join(source, corpus);
  if (!existsSync(from)) {
    console.error(`sync-conformance: ${from} not found`);
    process.exit(1);
  }
  const to = join(target, corpus);
  // Replace, not merge, so a file removed upstream does not linger in the copy.
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  console.log(`sync-conformance: ${from} -> ${to}`);
}
