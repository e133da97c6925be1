/**
 * The DOM-free entry point: parse feeds and dates, normalize stories, load feeds. Safe to import in Node.
 * @packageDocumentation
 */
export type { Feed, Story, Image } from './types.js';
export { FeedError, type FeedErrorCode } from './errors.js';
export { parseDate } from './dates.js';
export { parseFeed, type ParseFeedOptions } from './parse.js';
export { normalizeStory, type NormalizeOptions } from './normalize.js';
export { loadFeed, nextRefresh, clearFeedCache, type LoadFeedOptions } from './load.js';
