import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Feed } from '../../feed/types.js';
import { FeedError } from '../../feed/errors.js';
import { loadFeed, nextRefresh } from '../../feed/load.js';
import { discoverFeed, discovered, fetchKeepingPages, forgetPage } from './discover.js';

/** Why a load runs: the first one, a scheduled refresh, or the reader's "Try again". */
export type LoadMode = 'initial' | 'refresh' | 'retry';

/** What one URL gave: its feed, or its error (with the last good feed of that URL, when there is one). */
export interface FeedOutcome {
  url: string;
  feed?: Feed;
  error?: Error;
  /** On error: the feed this URL gave last time, so a failed refresh does not drop its stories. */
  stale?: Feed;
  /**
   * True when loadFeed answered from its cache without a request (inside the refresh floor or backoff): the feed,
   * or the error, already seen.
   */
  cached?: boolean;
}

/** Options read at every load, so attribute changes apply to the next request. */
export interface FeedsOptions {
  proxy?: string;
  /** Milliseconds; undefined means loadFeed's default. */
  timeout?: number;
  /** Seconds between refreshes; 0 turns polling off. */
  refresh: number;
}

const toError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

/**
 * Loads several feeds for an element and keeps them fresh: one `AbortSignal` per run (a new run, or the
 * element leaving the page, aborts the old one, whose late answer is ignored), every URL loaded in parallel so
 * that one failing feed cannot hide the others, and a polite polling loop.
 *
 * Politeness is `loadFeed`'s: a refresh goes through its shared cache, so a feed whose `Cache-Control`,
 * `<ttl>` or `Retry-After` says it is still fresh costs no request, a stale one is revalidated with
 * ETag / Last-Modified (a 304 costs no parsing), and failures back off. Here we only add the timer, which
 * sleeps while the page is hidden and catches up once when it is shown again.
 */
export class FeedsController implements ReactiveController {
  private abort?: AbortController;
  private generation = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private lastGood = new Map<string, Feed>();
  private dueWhileHidden = false;
  /** Whether a feed of the last run failed for want of a network. */
  private failed = false;
  private urls: string[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: () => FeedsOptions,
    private readonly onResult: (outcomes: FeedOutcome[], mode: LoadMode) => void,
  ) {
    host.addController(this);
  }

  /** True while a load is in flight. */
  get pending(): boolean {
    return this.abort !== undefined;
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.handleVisibility);
    addEventListener('online', this.handleOnline);
    // Back on the page after a move: resume polling where it stopped.
    if (this.urls.length && !this.pending) this.schedule();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.handleVisibility);
    removeEventListener('online', this.handleOnline);
    // A move puts the element back in the same task: its load goes on. Only one still off the page stops.
    queueMicrotask(() => {
      if (!this.host.isConnected) this.stop();
    });
  }

  /** Aborts the run in flight and the timer; a late answer is ignored. */
  stop(): void {
    this.generation++;
    this.abort?.abort();
    this.abort = undefined;
    this.clearTimer();
  }

  /** Stops, and forgets the URLs: no more polling until the next {@link load}. */
  clear(): void {
    this.stop();
    this.urls = [];
    this.lastGood.clear();
    this.dueWhileHidden = false;
  }

  /** Loads `urls` now (aborting a previous run) and reports every URL's outcome at once. */
  async load(urls: string[], mode: LoadMode): Promise<void> {
    this.stop();
    const generation = this.generation;
    const controller = new AbortController();
    this.abort = controller;
    if (urls.join(' ') !== this.urls.join(' ')) {
      for (const url of this.lastGood.keys()) if (!urls.includes(url)) this.lastGood.delete(url);
    }
    this.urls = urls;
    const { timeout, proxy: template, refresh } = this.options();
    const proxy = template || undefined;
    const outcomes = await Promise.all(
      urls.map(async (url): Promise<FeedOutcome> => {
        // A web page's URL stands for the feed it links to, once discovered.
        const feedUrl = discovered(url, proxy) ?? url;
        const cached = !(mode === 'retry') && Date.now() < nextRefresh(feedUrl, { proxy });
        const load = (href: string) =>
          loadFeed(href, {
            signal: controller.signal,
            timeout,
            proxy,
            // "Try again" means now: skip the freshness floor (backoff is loadFeed's to decide).
            force: mode === 'retry',
            // What another element fetched moments ago (5 s, or most of a refresh interval when polling) is fresh
            // enough: elements showing one feed share its requests, also when the server allows no caching.
            maxAge: mode === 'refresh' ? refresh * 900 : 5000,
            // Keeps a page's HTML, so that discovery need not fetch it again.
            fetch: fetchKeepingPages,
          });
        let found: string | undefined;
        try {
          let feed: Feed;
          try {
            feed = await load(feedUrl);
          } catch (error) {
            // Not a feed: maybe a site's page that names its feed (autodiscovery). Else the error stands.
            found =
              error instanceof FeedError && error.code === 'not-a-feed' && feedUrl === url
                ? await discoverFeed(url, proxy, timeout).catch(() => undefined)
                : undefined;
            if (!found) throw error;
            feed = await load(found);
          }
          this.lastGood.set(url, feed);
          return { url, feed, cached };
        } catch (error) {
          return { url, error: toError(error), stale: this.lastGood.get(url), cached };
        } finally {
          // Whatever happened (a feed served as HTML, an error, an abort), a page kept for discovery is done with.
          forgetPage(feedUrl, proxy);
          if (found) forgetPage(found, proxy);
        }
      }),
    );
    // A newer run, or the element leaving the page, made this one obsolete.
    if (generation !== this.generation) return;
    this.abort = undefined;
    try {
      this.failed = outcomes.some((o) => o.error instanceof FeedError && o.error.code === 'network');
      this.onResult(outcomes, mode);
    } finally {
      this.schedule();
    }
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    this.clearTimer();
    const { refresh: seconds, proxy } = this.options();
    if (!(seconds > 0) || !this.host.isConnected || this.urls.length === 0) return;
    // Never before loadFeed's floor (Cache-Control, <ttl>, Retry-After, backoff): asking earlier would only
    // return the cached feed. With several feeds, the first one due decides.
    const now = Date.now();
    const options = { proxy: proxy || undefined };
    const floor = Math.min(
      ...this.urls.map((url) => nextRefresh(discovered(url, options.proxy) ?? url, options) - now),
    );
    const delay = Math.ceil(Math.max(seconds * 1000, floor));
    // Browsers clamp delays above 2^31-1 ms to 1 ms: cap at a day.
    this.timer = setTimeout(() => this.tick(), Math.min(delay, 86_400_000));
  }

  private tick(): void {
    this.timer = undefined;
    if (this.urls.length === 0) return;
    if (document.visibilityState === 'hidden') {
      this.dueWhileHidden = true;
      return;
    }
    void this.load(this.urls, 'refresh');
  }

  /** Back online: feeds that failed for want of a network load again at once (loadFeed lifted their backoff). */
  private handleOnline = (): void => {
    // (A task later: loadFeed's own `online` listener, added after this one when the element connected before the
    // page's first load, must lift the backoff first.)
    setTimeout(() => {
      if (this.host.isConnected && this.urls.length && !this.pending && this.failed)
        void this.load(this.urls, 'refresh');
    });
  };

  private handleVisibility = (): void => {
    if (document.visibilityState !== 'visible' || !this.dueWhileHidden || this.urls.length === 0) return;
    this.dueWhileHidden = false;
    if (!this.pending) void this.load(this.urls, 'refresh');
  };

  /** Re-reads the refresh interval (after the attribute changed) and reschedules. */
  reschedule(): void {
    if (!this.pending) this.schedule();
  }
}
