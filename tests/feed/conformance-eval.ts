/**
 * The feedparser conformance evaluation, shared by the browser test (tests/feed/conformance.test.ts) and the
 * Node script (scripts/conformance-node.mjs) so both score the corpus by the same rules
 * (tests/fixtures/conformance/feedparser/README.md).
 */
import type { Feed } from '../../src/feed/types.js';

/** One case of cases.json. */
export interface ConformanceCase {
  id: string;
  format: string;
  wellformed: boolean;
  description: string;
  input_file: string;
  base_url?: string;
  checks: { path: string; op: 'equals' | 'contains' | 'date_equals'; value: unknown }[];
}

/**
 * Bytes to text the way a feed reader must: a BOM wins, then the XML declaration's encoding, else UTF-8.
 * (This is the harness's job here: parseFeed takes a string.)
 */
export function decodeFeedBytes(bytes: Uint8Array): string {
  let label = 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) label = 'utf-16be';
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) label = 'utf-16le';
  else if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) {
    const head = String.fromCharCode(...bytes.subarray(0, 512));
    label = /^[^<]*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)/.exec(head)?.[1] ?? 'utf-8';
  }
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder().decode(bytes);
  }
}

/** Reads `feed.title`, `items[0].link`, `items.length` from the model. */
function at(feed: Feed, path: string): unknown {
  let cur: unknown = { feed, items: feed.items };
  for (const part of path.replace(/\[(\d+)\]/g, '.$1').split('.')) {
    cur = cur == null ? undefined : (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/**
 * Runs one check; returns undefined when it passes, else a message. An image (`{url, …}`) is compared by its
 * `url`, since the corpus gives image expectations as URLs.
 */
export function check(feed: Feed, c: ConformanceCase['checks'][number]): string | undefined {
  let actual = at(feed, c.path);
  if (actual && typeof actual === 'object' && 'url' in actual && typeof c.value === 'string') {
    actual = (actual as { url: unknown }).url;
  }
  let ok: boolean;
  if (c.op === 'equals') ok = c.value === null ? actual == null || actual === '' : actual === c.value;
  else if (c.op === 'contains') {
    ok = Array.isArray(actual)
      ? actual.includes(c.value)
      : typeof actual === 'string' && actual.includes(c.value as string);
  } else ok = typeof actual === 'string' && Date.parse(actual) === Date.parse(c.value as string);
  return ok ? undefined : `${c.path} ${c.op} ${JSON.stringify(c.value)}, got ${JSON.stringify(actual)}`;
}

/** The group a case is reported in: its origin directory (`entities`, `wellformed/atom10`, `illformed`…). */
export const groupOf = (id: string): string =>
  id
    .split('/')
    .slice(0, id.startsWith('wellformed/') ? 2 : 1)
    .join('/');

/** Pass counts per group plus the non-entities / entities totals, as one log line per group. */
export function summarize(results: { id: string; pass: boolean }[]): string {
  const count: Record<string, [number, number]> = {};
  const add = (g: string, pass: boolean) => {
    const c = (count[g] ??= [0, 0]);
    c[0] += +pass;
    c[1]++;
  };
  for (const r of results) {
    const group = groupOf(r.id);
    if (group !== 'entities') add(group, r.pass);
    add(group === 'entities' ? group : 'non-entities', r.pass);
  }
  const pct = ([p, n]: [number, number]) => `${p}/${n} (${((100 * p) / n).toFixed(1)}%)`;
  const groups = Object.keys(count)
    .filter((g) => g !== 'entities' && g !== 'non-entities')
    .sort()
    .map((g) => `  ${g}: ${pct(count[g])}`);
  return [
    `feedparser conformance: non-entities ${pct(count['non-entities'] ?? [0, 0])}, entities ${pct(count.entities ?? [0, 0])}`,
    ...groups,
  ].join('\n');
}
