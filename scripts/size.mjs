// Min+gzip size of what a page pays for each entry point, dependencies (lit, date-fns, dompurify) included.
// Bundles the built dist/ files the way an app's bundler would (esbuild, minified, tree-shaken).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';

if (!existsSync('dist/index.js')) {
  console.error('Run `npm run build` first.');
  process.exit(1);
}
const entries = {
  'news-elements/story-date': "import 'news-elements/story-date';",
  'news-elements/feed (parseFeed, parseDate, normalizeStory, loadFeed)':
    "export * from 'news-elements/feed';",
  // The feed entry is tree-shakable: what one function costs on its own.
  '  … parseFeed only': "export { parseFeed } from 'news-elements/feed';",
  '  … parseDate only': "export { parseDate } from 'news-elements/feed';",
  '  … normalizeStory only': "export { normalizeStory } from 'news-elements/feed';",
  '  … loadFeed only (parseFeed included)': "export { loadFeed } from 'news-elements/feed';",
  'news-elements/sanitize': "export * from 'news-elements/sanitize';",
  'news-elements/news-article': "import 'news-elements/news-article';",
  'news-elements/latest-stories': "import 'news-elements/latest-stories';",
  'news-elements (everything)': "export * from 'news-elements';",
};
const rows = [];
for (const [name, contents] of Object.entries(entries)) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    // Like an app's bundler: code behind a dynamic import() becomes its own chunk, loaded only when used.
    splitting: true,
    outdir: 'size-out',
    metafile: true,
    entryNames: 'entry',
    platform: 'browser',
    target: 'es2022',
    // Resolve the package's own name to this checkout, through its exports map.
    plugins: [
      {
        name: 'self',
        setup(b) {
          b.onResolve({ filter: /^news-elements(\/|$)/ }, async (args) => {
            const sub = args.path.replace(/^news-elements/, '.') || '.';
            const pkg = (await import('../package.json', { with: { type: 'json' } })).default;
            const target = pkg.exports[sub === '.' ? '.' : sub];
            return { path: new URL(`../${target.default}`, import.meta.url).pathname };
          });
        },
      },
    ],
  });
  const files = result.outputFiles.filter((f) => f.path.endsWith('.js'));
  // What the page loads up front: the entry and the chunks it imports statically, transitively (code shared
  // with a lazy chunk is split out but still loaded at once). Everything else is behind an import().
  const byPath = new Map(files.map((f) => [relative(process.cwd(), f.path), f]));
  const eager = new Set();
  const visit = (path) => {
    if (eager.has(path)) return;
    eager.add(path);
    for (const i of result.metafile.outputs[path].imports) if (i.kind === 'import-statement') visit(i.path);
  };
  visit([...byPath.keys()].find((p) => /entry\.js$/.test(p)));
  const gz = (f) => gzipSync(f.contents, { level: 9 }).length;
  const sum = (list, size) => list.reduce((n, f) => n + size(f), 0);
  const now = files.filter((f) => eager.has(relative(process.cwd(), f.path)));
  const lazy = files.filter((f) => !now.includes(f));
  rows.push({
    entry: name,
    min: sum(now, (f) => f.contents.length),
    gzip: sum(now, gz),
    lazy: lazy.length ? `+ ${(sum(lazy, gz) / 1024).toFixed(1)} KB on demand` : '',
  });
}
const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
console.log('entry point'.padEnd(70), 'min'.padStart(9), 'min+gzip'.padStart(9), ' lazy chunks (min+gzip)');
for (const r of rows)
  console.log(r.entry.padEnd(70), kb(r.min).padStart(9), kb(r.gzip).padStart(9), '', r.lazy);
