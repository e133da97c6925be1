import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';

// Helpers for the loadFeed tests, which run against the real test server (tests/support/server-plugin.mjs).
// Each test uses its own `key`, which both makes its URLs unique in loadFeed's shared cache and names its entry
// in the server's request log.

/** One request as the test server logged it. */
export interface LoggedRequest {
  method: string;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  status: number;
}

/** The test server's two origins: `main` serves the page, `other` sends no CORS headers unless asked. */
export const origins: { main: string; other: string } = await (await fetch('/__feeds/origins')).json();

let serial = 0;

/** A fresh log key for one test. */
export const newKey = () => `load-${Date.now().toString(36)}-${++serial}`;

/** A test-server URL on the main origin (or `origin`), with the key and the given parameters. */
export function feedUrl(
  path: string,
  key: string,
  params: Record<string, string | number> = {},
  origin = origins.main,
) {
  const url = new URL(`/__feeds/${path}`, origin);
  url.searchParams.set('key', key);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, String(value));
  return url.href;
}

/** The server's log for a key: its requests and how many CORS preflights it saw. */
export async function serverLog(key: string): Promise<{ preflights: number; requests: LoggedRequest[] }> {
  return (await fetch(`/__feeds/count?key=${encodeURIComponent(key)}`)).json();
}

/** The requests the server logged for a key. */
export async function requests(key: string): Promise<LoggedRequest[]> {
  return (await serverLog(key)).requests;
}

/** The FeedError a promise rejects with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a rejection');
}

let httpCache: Promise<boolean> | undefined;

/**
 * Whether this browser has an HTTP cache at all: a `max-age=600` response fetched twice reaches the server once.
 * WebKitGTK's automation browser (MiniBrowser under WebKitWebDriver) runs in an ephemeral session without one,
 * so tests that watch the browser revalidate through its cache skip their cache assertions there.
 */
export function browserHasHttpCache(): Promise<boolean> {
  httpCache ??= (async () => {
    const key = newKey();
    const url = feedUrl('sample/rss.xml', key, { maxAge: 600 });
    for (let i = 0; i < 2; i++) await (await fetch(url)).text();
    return (await requests(key)).length === 1;
  })();
  return httpCache;
}
