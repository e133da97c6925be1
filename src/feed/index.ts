/**
 * The DOM-free entry point: parse feeds and dates, normalize stories, load feeds. Safe to import in Node.
 * @packageDocumentation
 */
export { parseDate } from './dates.js';
