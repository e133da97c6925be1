// After `npm run build`: every entry of the exports map exists (types and code), the DOM-free entry imports
// in plain Node (no DOM, no shim), and the package keeps lit / dompurify / date-fns external.
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const problems = [];
for (const [sub, target] of Object.entries(pkg.exports)) {
  const files = typeof target === 'string' ? [target] : [target.types, target.default];
  for (const f of files) if (!existsSync(f)) problems.push(`${sub}: ${f} is missing`);
}
if (typeof document !== 'undefined' || typeof window !== 'undefined')
  problems.push('this check must run in plain Node');

// Self-reference through the exports map, as a consumer would import it.
const feed = await import('news-elements/feed');
for (const name of ['parseFeed', 'parseDate', 'normalizeStory', 'loadFeed', 'FeedError']) {
  if (!(name in feed)) problems.push(`news-elements/feed does not export ${name}`);
}
if (feed.parseDate?.('Mon, 26 Jan 2004 16:31:00 CET') !== '2004-01-26T15:31:00.000Z') {
  problems.push('parseDate in Node does not read "Mon, 26 Jan 2004 16:31:00 CET"');
}
const dist = readFileSync('dist/components/story-date/story-date.js', 'utf8');
if (!/from ["']lit["']/.test(dist)) problems.push('lit is bundled into dist instead of staying external');

if (problems.length) {
  console.error(problems.map((p) => `build: ${p}`).join('\n'));
  process.exit(1);
}
console.log(
  `build: ${Object.keys(pkg.exports).length} entry points present; news-elements/feed runs in Node without a DOM.`,
);
