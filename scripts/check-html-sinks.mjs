#!/usr/bin/env node
// Fails when an HTML sink appears in src/ outside src/sanitize/, the one place remote HTML becomes safe.
// Everything else renders remote HTML through `sanitizedHtml` (src/sanitize/sanitized-html.ts), so a stray
// `innerHTML`, `unsafeHTML` or a second DOMPurify import elsewhere is a review stop, not a style nit.
// Comment lines (starting with //, /* or *) are skipped so JSDoc may name the sinks; code lines never are,
// so `x.innerHTML = y; // fine` is still caught. If a new use is truly safe, move it into src/sanitize/.
// Usage: node scripts/check-html-sinks.mjs [dir=src]   (exit 1 and one line per finding when any is found)
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = process.argv[2] ?? 'src';
const ALLOWED_DIR = join(root, 'sanitize') + sep;

/** Sink name → pattern. Word boundaries so `innerHTMLish` names in prose do not trip it, nor `textContent`. */
const SINKS = {
  innerHTML: /\binnerHTML\b/,
  outerHTML: /\bouterHTML\b/,
  insertAdjacentHTML: /\binsertAdjacentHTML\b/,
  'document.write': /\bdocument\s*\.\s*write(?:ln)?\b/,
  setHTMLUnsafe: /\bsetHTMLUnsafe\b/,
  parseHTMLUnsafe: /\bparseHTMLUnsafe\b/,
  createContextualFragment: /\bcreateContextualFragment\b/,
  'DOMParser.parseFromString': /\bparseFromString\b/,
  srcdoc: /\bsrcdoc\b/,
  // Lit's escape hatches: each turns a string into markup without any check.
  unsafeHTML: /\bunsafeHTML\b/,
  unsafeSVG: /\bunsafeSVG\b/,
  unsafeMathML: /\bunsafeMathML\b/,
  unsafeStatic: /\bunsafeStatic\b/,
  // One sanitizer, one config: a second DOMPurify import would bypass the allow-list and the URL hooks.
  dompurify: /from\s+['"]dompurify['"]|import\(\s*['"]dompurify['"]\s*\)/,
};

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(?:[cm]?[jt]s|tsx|jsx|html)$/.test(entry.name)) yield path;
  }
}

const findings = [];
let checked = 0;
for (const file of sourceFiles(root)) {
  if (file.startsWith(ALLOWED_DIR)) continue;
  checked++;
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const code = line.trim();
      if (code.startsWith('//') || code.startsWith('/*') || code.startsWith('*')) return;
      for (const [name, pattern] of Object.entries(SINKS)) {
        if (pattern.test(line)) findings.push(`${relative('.', file)}:${index + 1}: ${name}: ${code}`);
      }
    });
}

if (findings.length) {
  console.error(`HTML sinks outside ${ALLOWED_DIR} (render remote HTML with sanitizedHtml instead):`);
  for (const finding of findings) console.error(`  ${finding}`);
  process.exit(1);
}
console.log(`check-html-sinks: ${checked} files in ${root}/ outside ${ALLOWED_DIR} use no HTML sink.`);
