/**
 * The one place remote HTML becomes safe: `sanitizeHtml` (string in, string out), `sanitizeToTrusted`
 * (TrustedHTML where the browser has Trusted Types) and the `sanitizedHtml` Lit directive that the
 * elements use to render remote HTML. A page enforcing Trusted Types must allow the policies
 * `news-elements` and `lit-html`.
 * @module
 */
export { sanitizeHtml, sanitizeToTrusted, TRUSTED_TYPES_POLICY_NAME } from './sanitize-html.js';
export type { SanitizeOptions } from './sanitize-html.js';
export { sanitizedHtml } from './sanitized-html.js';
