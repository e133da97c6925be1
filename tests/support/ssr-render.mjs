// @ts-check
/**
 * Server-renders HTML markup with Lit's SSR (`@lit-labs/ssr`), as a Next.js, Astro or Eleventy site would, for the
 * hydration tests (tests/ssr/hydration.test.ts, through the `/__feeds/ssr` route of server-plugin.mjs).
 * Usage: `node tests/support/ssr-render.mjs <elements bundle .mjs>`, the markup on stdin, the rendered HTML (with
 * declarative shadow roots) on stdout. It runs in its own process: Lit's server build installs a minimal
 * `customElements` on the global object, which the test runner's process must not get.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const markup = readFileSync(0, 'utf8');
await import(pathToFileURL(process.argv[2] ?? '').href);
const { render } = await import('@lit-labs/ssr');
const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
const { html, unsafeStatic } = await import('lit/static-html.js');
process.stdout.write(await collectResult(render(html`${unsafeStatic(markup)}`)));
