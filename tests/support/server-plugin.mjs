// @ts-check
/**
 * Test-only HTTP routes for feeds, mounted on the web-test-runner dev server under `/__feeds/` and served again
 * by a SECOND plain `node:http` server on another origin (`http://127.0.0.1:<random port>`), which sends no
 * CORS headers unless asked. Both servers share one request log. Tests get the origins from `/__feeds/origins`
 * and control everything with query parameters, so a new test needs no server change.
 *
 * Routes (GET; every route also takes the common parameters below):
 * - `/__feeds/origins`: `{ "main": "http://localhost:8000", "other": "http://127.0.0.1:41234" }`.
 * - `/__feeds/sample/<name>`: a file of `tests/support/feeds/`, byte for byte:
 *   `rss.xml`, `atom.xml`, `json-feed.json`, `rdf.xml`, `empty-rss.xml` (a channel without items),
 *   `windows-1252.xml` (declared only by its XML declaration, no HTTP charset),
 *   `latin1.xml` (ISO-8859-1, declared only by the HTTP `charset=ISO-8859-1`),
 *   `utf-16le.xml` / `utf-16be.xml` (BOM, XML declaration says UTF-16), `not-a-feed.html` (an ordinary page).
 *   The Content-Type comes from the name (`application/rss+xml`, `application/atom+xml`, `application/rdf+xml`,
 *   `application/feed+json` for `*feed*.json`, else `application/json`, `text/html; charset=utf-8`, SVG, PNG,
 *   JPEG, else `text/plain`); override it with `type=`.
 * - `/__feeds/fixture/<path>`: a file under `tests/fixtures/` (e.g. the conformance corpora), same parameters.
 * - `/__feeds/gen?items=100&format=rss|atom|json|rdf&seed=1`: a generated feed with N stories, deterministic for a
 *   seed. Optional `base=<ISO date>` (newest story, default 2024-05-07T12:00:00Z; `base=now` for the current
 *   time), `step=<minutes>` between stories (default 60), `images=0` to leave out images (default: every story
 *   has one, an SVG from `/__feeds/image`), `title=<feed title>`. Titles are `"<Word> <word> story N"`. The same
 *   generator runs in Node without the server: `generateFeed()` in `tests/support/feeds/generate.mjs`.
 * - `/__feeds/image?n=3&w=640&h=360`: a small SVG placeholder (no network images in tests).
 * - `/__feeds/raw?body=<text>&type=<content type>`: answers with `body` as given (default type text/plain).
 * - `/__feeds/endless?mb=256`: an HTML page streamed in 1 MiB chunks until the client stops reading (or `mb` MiB);
 *   takes no common parameter but `cors`.
 * - `/__feeds/ssr?markup=<HTML>`: that markup server-rendered with Lit's SSR (`@lit-labs/ssr`, through
 *   `ssr-render.mjs`), declarative shadow roots included, from the elements in `src/` as they are now.
 * - `/__feeds/proxy?url=<encoded URL>`: fetches a loopback URL server-side and returns it WITH CORS; passes on the
 *   status, Content-Type, ETag, Last-Modified, Cache-Control, Retry-After, and the request's If-None-Match and
 *   If-Modified-Since. Only loopback hosts are allowed (it is not an open proxy).
 * - `/__feeds/count?key=k`: `{ "key": "k", "count": 2, "requests": [{ "method", "path", "origin",
 *   "ifNoneMatch", "ifModifiedSince", "status" }] }`: the requests (all but CORS preflights) that carried `key=k`,
 *   on either server. `preflights` counts the OPTIONS requests separately.
 * - `/__feeds/reset[?key=k]`: forgets the log for one key, or for all keys.
 *
 * Common parameters (apply to `sample`, `fixture`, `gen`, `raw`, in this order of precedence):
 * - `key=<id>`: log this request under `id` (use a unique key per test: keys are also what makes URLs unique).
 * - `delay=<ms>`: wait before answering (for timeouts and concurrency).
 * - `redirect=<url>`: answer 302 to that URL.
 * - `status=<code>`: answer with that status and a short text body (304 has no body), e.g. 404, 500, 503, 304.
 *   With `failFirst=<n>`, only the first n requests of `key` get `status`; later ones are normal. With
 *   `failAfter=<n>`, the first n requests are normal and later ones get `status`.
 * - `etag=<tag>`: send `ETag: "<tag>"` (sent as is when it starts with `"` or `W/`); a matching If-None-Match
 *   gets 304. `etag=@count`: the ETag is the key's request number, so the feed "changes" on every request.
 * - `lastModified=<date>` (anything `Date.parse` reads, or epoch ms): send Last-Modified; If-Modified-Since at or
 *   after it gets 304 (ignored when the request has If-None-Match, as RFC 9110 says).
 * - `maxAge=<s>`: `Cache-Control: max-age=<s>`; `cacheControl=<value>`: that header as given (empty: none).
 *   Default `Cache-Control: no-cache`, so the browser's heuristic cache never answers in the server's place.
 * - `retryAfter=<s>`: `Retry-After: <s>` (on any status).
 * - `ttl=<minutes>`: put `<ttl>` into an RSS channel (UTF-8 and single-byte feeds; not UTF-16).
 * - `charset=<label>`: append `; charset=<label>` to the Content-Type. `type=<content type>`: replace it.
 * - `cors=1|0`: send or omit `Access-Control-Allow-Origin: *` (and Expose-Headers for ETag, Retry-After...;
 *   preflights are answered). Default: on for the main server, OFF for the other origin. `preflight=0` with
 *   `cors=1`: CORS on GET but preflights refused, like many real feed servers.
 */
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { basename, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEED_TYPES, generateFeed } from './feeds/generate.mjs';

const FEEDS_DIR = fileURLToPath(new URL('./feeds/', import.meta.url));
const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The elements bundled for Node from `src/` (once per test run), their packages left to node_modules. */
let ssrBundle;

/**
 * `markup` server-rendered by `ssr-render.mjs` in a child process.
 * @param {string} markup
 * @returns {Promise<Buffer>}
 */
async function serverRender(markup) {
  ssrBundle ??= import('esbuild').then(async ({ build }) => {
    const outfile = resolve(ROOT, 'node_modules/.cache/news-elements-ssr/elements.mjs');
    await build({
      entryPoints: [resolve(ROOT, 'src/index.ts')],
      outfile,
      bundle: true,
      format: 'esm',
      platform: 'node',
      packages: 'external',
      target: 'es2022',
      logLevel: 'error',
    });
    return outfile;
  });
  const bundle = await ssrBundle;
  return new Promise((done, fail) => {
    const child = execFile(
      process.execPath,
      [fileURLToPath(new URL('./ssr-render.mjs', import.meta.url)), bundle],
      { cwd: ROOT, encoding: 'buffer', maxBuffer: 1 << 24 },
      (error, stdout, stderr) => (error ? fail(new Error(`${error.message}\n${stderr}`)) : done(stdout)),
    );
    child.stdin?.end(markup);
  });
}
const PREFIX = '/__feeds/';

/** Default Content-Type of a sample by name; the latin1 sample's charset is its only declaration. */
const SAMPLE_TYPES = {
  'atom.xml': 'application/atom+xml',
  'rdf.xml': 'application/rdf+xml',
  'latin1.xml': 'application/rss+xml; charset=ISO-8859-1',
};

/** @param {string} path */
function typeOf(path) {
  const name = basename(path);
  if (name in SAMPLE_TYPES) return SAMPLE_TYPES[/** @type {keyof typeof SAMPLE_TYPES} */ (name)];
  if (name.endsWith('.json')) return name.includes('feed') ? 'application/feed+json' : 'application/json';
  if (name.endsWith('.xml')) return 'application/rss+xml';
  const ext = name.slice(name.lastIndexOf('.') + 1);
  /** @type {Record<string, string>} */
  const types = {
    html: 'text/html; charset=utf-8',
    svg: 'image/svg+xml',
    png: 'image/png',
    jpg: 'image/jpeg',
  };
  return types[ext] ?? 'text/plain; charset=utf-8';
}

/**
 * @typedef {{ method: string, path: string, origin: string, ifNoneMatch: string | null,
 *   ifModifiedSince: string | null, status: number }} LoggedRequest
 */
/** Request log shared by both servers: key → requests. @type {Map<string, LoggedRequest[]>} */
const log = new Map();
/** CORS preflights per key, kept apart so `count` means "real" requests. @type {Map<string, number>} */
const preflights = new Map();

const origins = { main: '', other: '' };

/**
 * Answers one request. Shared by the Koa middleware (with `ctx.respond = false`) and the second server, so
 * both origins behave the same apart from the CORS default.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ corsDefault: boolean, self: string }} server
 */
async function handle(req, res, server) {
  const url = new URL(req.url ?? '/', server.self);
  const q = url.searchParams;
  const route = url.pathname.slice(PREFIX.length);
  const key = q.get('key');
  const cors = q.has('cors') ? q.get('cors') !== '0' : server.corsDefault;
  /** @type {Record<string, string>} */
  const headers = {};
  if (cors) {
    headers['access-control-allow-origin'] = '*';
    headers['access-control-expose-headers'] =
      'ETag, Last-Modified, Cache-Control, Retry-After, Content-Type';
  }

  if (req.method === 'OPTIONS') {
    if (key) preflights.set(key, (preflights.get(key) ?? 0) + 1);
    if (cors && q.get('preflight') !== '0') {
      headers['access-control-allow-methods'] = 'GET, HEAD';
      headers['access-control-allow-headers'] = req.headers['access-control-request-headers'] ?? '*';
      headers['access-control-max-age'] = '0';
    }
    return send(res, 204, headers);
  }

  // Control routes answer at once, with no delay or faults, and are not logged (their `key` names a log).
  if (route === 'origins') return send(res, 200, headers, json(headers, origins));
  if (route === 'count') {
    const k = q.get('key') ?? '';
    return send(
      res,
      200,
      headers,
      json(headers, {
        key: k,
        count: log.get(k)?.length ?? 0,
        preflights: preflights.get(k) ?? 0,
        requests: log.get(k) ?? [],
      }),
    );
  }
  if (route === 'endless') {
    // An HTML page that never ends: 1 MiB chunks for as long as the client reads (at most `mb`, default 256).
    res.writeHead(200, {
      ...headers,
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    const chunk = Buffer.from('<p>' + 'endless '.repeat(131_072).slice(3));
    let left = Number(q.get('mb') ?? 256);
    const more = () => {
      while (left-- > 0 && !res.destroyed) if (!res.write(chunk)) return void res.once('drain', more);
      res.end();
    };
    res.on('close', () => (left = 0));
    return more();
  }
  if (route === 'reset') {
    if (q.has('key')) {
      log.delete(q.get('key') ?? '');
      preflights.delete(q.get('key') ?? '');
    } else {
      log.clear();
      preflights.clear();
    }
    return send(res, 200, headers, json(headers, { ok: true }));
  }

  /** @type {LoggedRequest | undefined} */
  let entry;
  if (key) {
    const list = log.get(key) ?? [];
    log.set(key, list);
    entry = {
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      origin: server.self,
      ifNoneMatch: req.headers['if-none-match'] ?? null,
      ifModifiedSince: req.headers['if-modified-since'] ?? null,
      status: 0,
    };
    list.push(entry);
  }
  const seen = key ? (log.get(key)?.length ?? 0) : 1;
  /** @param {number} status @param {string | Buffer} [body] */
  const reply = (status, body) => {
    if (entry) entry.status = status;
    return send(res, status, headers, body);
  };

  const delay = Number(q.get('delay') ?? 0);
  if (delay > 0) await new Promise((r) => setTimeout(r, delay));
  if (res.destroyed) return; // The client gave up (timeout or abort) while we waited.

  if (q.has('redirect')) {
    headers.location = q.get('redirect') ?? '/';
    return reply(302);
  }
  // no-cache by default: with Last-Modified and no freshness, browsers may otherwise answer from their HTTP
  // cache by heuristic for months, and a test would never see the request.
  const cacheControl = q.has('maxAge') ? `max-age=${q.get('maxAge')}` : (q.get('cacheControl') ?? 'no-cache');
  if (cacheControl) headers['cache-control'] = cacheControl;
  if (q.has('retryAfter')) headers['retry-after'] = q.get('retryAfter') ?? '';
  const etagParam = q.get('etag');
  // `etag=@count`: a feed that changes on every request (its ETag is the key's request count).
  const etag = etagParam === '@count' ? String(seen) : etagParam;
  if (etag) headers.etag = /^(W\/)?"/.test(etag) ? etag : `"${etag}"`;
  const lastModifiedParam = q.get('lastModified');
  const lastModified = lastModifiedParam
    ? new Date(/^\d+$/.test(lastModifiedParam) ? Number(lastModifiedParam) : lastModifiedParam)
    : undefined;
  if (lastModified) headers['last-modified'] = lastModified.toUTCString();

  const failFirst = q.get('failFirst');
  const failAfter = q.get('failAfter');
  const status = Number(q.get('status') ?? 0);
  if (
    status &&
    (failFirst === null || seen <= Number(failFirst)) &&
    (failAfter === null || seen > Number(failAfter))
  ) {
    return reply(status, status === 304 ? undefined : `status ${status}`);
  }

  const inm = req.headers['if-none-match'];
  if (inm !== undefined) {
    const tags = inm.split(',').map((t) => t.trim().replace(/^W\//, ''));
    if (headers.etag && (tags.includes('*') || tags.includes(headers.etag.replace(/^W\//, ''))))
      return reply(304);
  } else if (lastModified && req.headers['if-modified-since']) {
    const since = Date.parse(req.headers['if-modified-since']);
    // HTTP dates have whole seconds; compare at that precision.
    if (since >= Math.floor(lastModified.getTime() / 1000) * 1000) return reply(304);
  }

  /** @type {{ body: Buffer, type: string } | undefined} */
  let content;
  try {
    content = await produce(route, q, server.self, req);
  } catch (error) {
    return reply(502, `proxy failed: ${error}`);
  }
  if (!content) return reply(404, `no route ${url.pathname}`);
  // The proxy passes on the upstream's status and validators; copy them over ours.
  if ('upstream' in content) {
    const upstream = /** @type {{ status: number, headers: Record<string, string> }} */ (content.upstream);
    Object.assign(headers, upstream.headers, {
      'access-control-allow-origin': '*',
      'access-control-expose-headers': 'ETag, Last-Modified, Cache-Control, Retry-After, Content-Type',
    });
    return reply(upstream.status, upstream.status === 304 ? undefined : content.body);
  }
  let body = content.body;
  const ttl = q.get('ttl');
  if (ttl !== null) {
    // latin1 round-trips every byte, so this edits single-byte and UTF-8 feeds without re-encoding them.
    const text = body.toString('latin1').replace(/<ttl>[^<]*<\/ttl>/, '');
    body = Buffer.from(text.replace(/<channel([^>]*)>/, `<channel$1><ttl>${ttl}</ttl>`), 'latin1');
  }
  headers['content-type'] = q.get('type') ?? content.type;
  if (q.has('charset')) headers['content-type'] += `; charset=${q.get('charset')}`;
  return reply(200, body);
}

/**
 * The body of a content route, or undefined for an unknown route.
 * @param {string} route
 * @param {URLSearchParams} q
 * @param {string} self
 * @param {import('node:http').IncomingMessage} req
 * @returns {Promise<{ body: Buffer, type: string, upstream?: { status: number, headers: Record<string, string> } } | undefined>}
 */
async function produce(route, q, self, req) {
  if (route.startsWith('sample/')) return file(FEEDS_DIR, route.slice(7));
  if (route.startsWith('fixture/')) return file(FIXTURES_DIR, route.slice(8));
  if (route === 'gen') {
    const body = generateFeed(Object.fromEntries(q), `${self}${PREFIX}image`);
    return { body: Buffer.from(body), type: FEED_TYPES[q.get('format') ?? 'rss'] ?? FEED_TYPES.rss };
  }
  if (route === 'ssr')
    return { body: await serverRender(q.get('markup') ?? ''), type: 'text/html; charset=utf-8' };
  if (route === 'raw') return { body: Buffer.from(q.get('body') ?? ''), type: 'text/plain; charset=utf-8' };
  if (route === 'image') {
    const n = q.get('n') ?? '1';
    const w = Number(q.get('w') ?? 640);
    const h = Number(q.get('h') ?? 360);
    const hue = (Number(n) * 47) % 360;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="100%" height="100%" fill="hsl(${hue} 60% 45%)"/><text x="50%" y="55%" font-size="${Math.round(h / 4)}" text-anchor="middle" fill="#fff" font-family="sans-serif">${n}</text></svg>`;
    return { body: Buffer.from(svg), type: 'image/svg+xml' };
  }
  if (route === 'proxy') {
    const target = new URL(q.get('url') ?? '');
    if (!['localhost', '127.0.0.1', '[::1]'].includes(target.hostname)) throw new Error('only loopback URLs');
    /** @type {Record<string, string>} */
    const conditional = {};
    for (const name of ['if-none-match', 'if-modified-since']) {
      const value = req.headers[name];
      if (typeof value === 'string') conditional[name] = value;
    }
    const upstream = await fetch(target, { headers: conditional, redirect: 'follow' });
    /** @type {Record<string, string>} */
    const passed = {};
    for (const name of ['content-type', 'etag', 'last-modified', 'cache-control', 'retry-after']) {
      const value = upstream.headers.get(name);
      if (value !== null) passed[name] = value;
    }
    const body = Buffer.from(await upstream.arrayBuffer());
    return {
      body,
      type: passed['content-type'] ?? 'application/octet-stream',
      upstream: { status: upstream.status, headers: passed },
    };
  }
  return undefined;
}

/** @param {string} dir @param {string} name */
async function file(dir, name) {
  const path = resolve(dir, decodeURIComponent(name));
  if (!path.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return undefined; // No `..` escapes.
  try {
    return { body: await readFile(path), type: typeOf(path) };
  } catch {
    return undefined;
  }
}

/** @param {Record<string, string>} headers @param {unknown} value */
function json(headers, value) {
  headers['content-type'] = 'application/json';
  headers['cache-control'] = 'no-store';
  return Buffer.from(JSON.stringify(value));
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {Record<string, string>} headers
 * @param {string | Buffer} [body]
 */
function send(res, status, headers, body) {
  if (res.destroyed || res.headersSent) return;
  if (body !== undefined && !headers['content-type']) headers['content-type'] = 'text/plain; charset=utf-8';
  res.writeHead(status, headers);
  res.end(body);
}

/**
 * The @web/dev-server plugin: `/__feeds/` routes on the main server (ahead of Koa) plus the second origin.
 * @returns {import('@web/dev-server-core').Plugin}
 */
export function testServerPlugin() {
  /** @type {import('node:http').Server | undefined} */
  let other;
  return {
    name: 'news-elements-test-feeds',
    async serverStart({ server, config }) {
      other = createServer((req, res) => {
        if (!(req.url ?? '').startsWith(PREFIX)) return send(res, 404, {}, 'not found');
        handle(req, res, { corsDefault: false, self: origins.other }).catch((error) =>
          send(res, 500, {}, String(error)),
        );
      });
      await new Promise((done) => other?.listen(0, '127.0.0.1', () => done(undefined)));
      const address = other.address();
      origins.other = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      origins.main = `http://${config.hostname ?? 'localhost'}:${config.port}`;
      // `app.use()` in serverStart is too late: Koa composed (and koa-compose 4.2 copied) the middleware list
      // when the server was created. So the routes go in front of Koa on the raw server, which also keeps the
      // dev server's own middlewares (ETag, dropping Last-Modified, transform cache) away from them.
      if (!server) throw new Error('testServerPlugin needs the dev server to own its HTTP server');
      const koa = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (req, res) => {
        if ((req.url ?? '').startsWith(PREFIX)) {
          const self = req.headers.host ? `http://${req.headers.host}` : origins.main;
          handle(req, res, { corsDefault: true, self }).catch((error) => send(res, 500, {}, String(error)));
        } else for (const listener of koa) listener.call(server, req, res);
      });
    },
    async serverStop() {
      if (!other) return;
      other.closeAllConnections();
      await new Promise((done) => other?.close(() => done(undefined)));
      other = undefined;
    },
  };
}
