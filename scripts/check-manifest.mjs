// Fails when custom-elements.json is stale (differs from a fresh analysis) or incomplete (any element,
// attribute, public property, event, slot, part or CSS property without a description).
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { apiMarkdown } from './api-docs.mjs';

// The analyzer resolves --outdir against the working directory, so the scratch copy lives in the project.
const dir = '.cem-check';
try {
  execFileSync('npx', ['cem', 'analyze', '--quiet', '--outdir', dir], { stdio: 'inherit' });
  const fresh = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  const committed = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const problems = [];
  if (JSON.stringify(fresh) !== JSON.stringify(committed)) {
    problems.push('custom-elements.json is stale: run `npm run manifest` and commit it.');
  }
  let docs = '';
  try {
    docs = readFileSync('docs/api.md', 'utf8');
  } catch {
    // missing: reported below
  }
  if (docs !== apiMarkdown(fresh))
    problems.push('docs/api.md is stale: run `npm run manifest` and commit it.');
  for (const mod of fresh.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement) continue;
      const where = `<${decl.tagName ?? decl.name}> (${mod.path})`;
      if (!decl.description?.trim()) problems.push(`${where}: no description`);
      if (!decl.summary?.trim()) problems.push(`${where}: no @summary`);
      const groups = [
        ['attribute', decl.attributes],
        [
          'property',
          (decl.members ?? []).filter(
            (m) => m.kind === 'field' && m.privacy !== 'private' && m.privacy !== 'protected' && !m.static,
          ),
        ],
        ['event', decl.events],
        ['slot', decl.slots],
        ['part', decl.cssParts],
        ['CSS property', decl.cssProperties],
      ];
      for (const [kind, items] of groups) {
        for (const item of items ?? []) {
          if (!item.description?.trim()) problems.push(`${where}: ${kind} "${item.name}" has no description`);
        }
      }
      for (const kind of ['slots', 'cssParts', 'cssProperties']) {
        if (!decl[kind]?.length && decl.tagName !== undefined && kind !== 'slots') {
          problems.push(`${where}: documents no ${kind}`);
        }
      }
    }
  }
  if (problems.length) {
    console.error(problems.map((p) => `manifest: ${p}`).join('\n'));
    process.exit(1);
  }
  console.log(
    'manifest: custom-elements.json is current and every element, attribute, property, event, slot, part and CSS property is described.',
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
