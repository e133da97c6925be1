import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Feed, Story } from '../../feed/types.js';
import { FeedError } from '../../feed/errors.js';
import { fire, type NewsLoadDetail } from '../../shared/events.js';
import { restoreCleared } from '../../shared/cleared.js';
import {
  closestAttribute,
  overServerRender,
  resolveLocale,
  supportedTimeZone,
  unwatchContext,
  watchContext,
} from '../../shared/context.js';
import { formatCount, uiStrings, type UiStrings, type UiStringsOverride } from '../../shared/strings.js';
import { FeedsController, type FeedOutcome, type LoadMode } from './feeds-controller.js';
import { filterStories, mergeFeeds, mergeStories, parseKeywords, storyIdentity } from './merge.js';
import { fillTemplate, isShowable, storyView, templateStyles, type StoryView } from './story-view.js';
import {
  customStory,
  heading,
  skeleton,
  storyCard,
  type CardSettings,
  type StoriesLayout,
} from './templates.js';
import { readJsonData, normalizeAll, readLightDom } from './page-data.js';
import { styles } from './latest-stories.styles.js';
import { watch, unwatch, type Tickable } from '../story-date/ticker.js';
import { dateSettings, dateText, type DateText } from './story-dates.js';

export type { StoriesLayout };
const LAYOUTS: readonly StoriesLayout[] = ['list', 'grid', 'compact', 'headlines'];

/** idle: nothing asked yet (no data, or lazy and off screen); ready: data shown (maybe empty). */
type Phase = 'idle' | 'loading' | 'ready' | 'error';

const DEFAULT_LIMIT = 10;
/** Skeleton rows beyond this would only cost time: nobody sees row 51 of a placeholder. */
const MAX_SKELETON_ROWS = 50;

/**
 * "Latest stories" for any page: the newest stories of one or more feeds (RSS, Atom, RDF, JSON Feed) or of
 * data the page already has, as a list, a grid of cards, a compact list or bare headlines.
 *
 * **Data**, in this order of precedence: the `stories` property (an editor's selection, kept in its order);
 * the `feed` property (a parsed `Feed`); a child `<script type="application/json">` holding either an array
 * of stories or a feed object (read as data, never executed); the feeds of `src`. Several feeds are merged,
 * deduplicated (same id, else same link once tracking parameters, fragment, trailing slash and http/https
 * are ignored, else same title and date) and sorted newest first; one failing feed does not hide the others.
 * A single feed keeps its publisher's order. Other light-DOM children (e.g. a server-rendered `<ul>` of
 * links) are the no-JavaScript fallback: shown until data arrives, and again if none can.
 *
 * **Safety**: titles, summaries, authors and dates are rendered as text, never as markup (summaries are
 * reduced from the publisher's HTML to plain text), and only absolute http(s) URLs become links or images.
 * A story with no title, summary or link is left out; an untitled one is named by its summary or link.
 *
 * **Dates** use `<story-date>`'s formatter and rules (`date-format`, `date-pattern`, `locale`, the nearest
 * `time-zone` attribute) and render as a `<time>` with the full date as its tooltip; relative dates stay
 * current on `<story-date>`'s single page-wide timer. UI strings follow `locale` too (see `strings`).
 *
 * **Custom cards**: a child `<template data-story>` replaces the markup of each story. The element clones it
 * per story and fills every element carrying `data-field` with the story's value as text (never HTML):
 * `title`, `summary`, `author`, `section`, `source`; `link` (an `<a>` gets the allow-listed URL as `href`,
 * and the title as text if it is empty); `image` (an `<img>` gets `src` and `alt`, lazy and without
 * referrer); `date` (a `<story-date>` gets `datetime`, `format`, `pattern` and `locale`; a `<time>` its
 * `datetime` and a medium date). A field the story lacks is `hidden`. Top-level `<style>` elements of the
 * template style the cards (they apply inside the element's shadow root); `<script>`s are never cloned.
 * Each card is wrapped in the same `<article part="story">`, so feeds, filters, `more`, events and
 * accessibility work as with the built-in cards.
 * ```html
 * <latest-stories src="/feed.xml">
 *   <template data-story>
 *     <style>.kicker { text-transform: uppercase }</style>
 *     <p class="kicker" data-field="section"></p>
 *     <h3><a data-field="link"><span data-field="title"></span></a></h3>
 *     <story-date data-field="date" format="relative"></story-date>
 *   </template>
 * </latest-stories>
 * ```
 *
 * **Refresh**: with `refresh` set, the element polls through `loadFeed`'s shared cache (conditional
 * requests, the feed's `Cache-Control` / `<ttl>` / `Retry-After` as a floor, backoff after errors, nothing
 * while the page is hidden). New stories do not push the list around: a "3 new stories" button announces
 * them and shows them when pressed. After a failed refresh the earlier stories stay, with a quiet note.
 *
 * **Accessibility**: stories are `<article>`s in a `role="feed"` container (`aria-busy` while loading,
 * `aria-setsize` / `aria-posinset`, Page Down / Page Up move between stories), each titled by a heading one
 * level below `heading-level`; the whole card is clickable through its single title link; status changes
 * are announced by a `role="status"` live region.
 *
 * @summary The newest stories of one or more feeds, as a list, grid, compact list or headlines.
 * @tagname latest-stories
 * @slot - Fallback content (e.g. a server-rendered list of links), shown until stories arrive and when they
 *   cannot; also where the optional `<script type="application/json">` data and `<template data-story>` card go.
 * @slot empty - Shown instead of the default message when there are no stories (or none match the filters).
 * @csspart base - The wrapper of everything; the container that `grid` columns are measured against.
 * @csspart heading - The `heading` element.
 * @csspart list - The `role="feed"` container of the stories.
 * @csspart story - One story (`<article>`).
 * @csspart story-link - The story's link (on its title).
 * @csspart story-image - The image box (also the placeholder box when a story has no image).
 * @csspart story-title - The story's title heading.
 * @csspart story-date - The story's date (`<time>`, the full date in its tooltip).
 * @csspart story-summary - The story's summary text.
 * @csspart story-author - The story's author.
 * @csspart story-source - The story's source (its feed's title when several feeds are merged).
 * @csspart status - The live region: loading, new stories and "couldn't refresh" messages.
 * @csspart new-stories - The "3 new stories" button.
 * @csspart error - The error message.
 * @csspart retry - The "Try again" button.
 * @csspart empty - The empty-state message.
 * @csspart more - The "More stories" button.
 * @csspart skeleton - The loading placeholder.
 * @cssprop [--latest-stories-font=var(--news-font, system-ui)] - Font family.
 * @cssprop [--latest-stories-text=var(--news-text)] - Text color.
 * @cssprop [--latest-stories-muted=var(--news-muted)] - Color of dates, authors, sources and status text.
 * @cssprop [--latest-stories-link=var(--news-text)] - Color of story titles (their links).
 * @cssprop [--latest-stories-accent=var(--news-link)] - Color of the focus ring and of the buttons.
 * @cssprop [--latest-stories-surface=var(--news-surface)] - Background of the element and of grid cards.
 * @cssprop [--latest-stories-border=var(--news-border)] - Separators and card borders.
 * @cssprop [--latest-stories-gap=var(--news-space, 1rem)] - Space between stories.
 * @cssprop [--latest-stories-padding=0] - Padding inside the element.
 * @cssprop [--latest-stories-column-min=16rem] - Minimum width of a `grid` column.
 * @cssprop [--latest-stories-thumbnail-width=7.5rem] - Width of the image in the `list` layout.
 * @cssprop [--latest-stories-image-ratio=16 / 9] - Aspect ratio of story images (their box is reserved).
 * @cssprop [--latest-stories-image-radius=var(--news-radius, 8px)] - Corner radius of story images.
 * @cssprop [--latest-stories-radius=var(--news-radius, 8px)] - Corner radius of grid cards, the empty and error boxes and focus rings.
 * @cssprop [--latest-stories-heading-size=1.375rem] - Font size of the `heading`.
 * @cssprop [--latest-stories-title-size=1.0625rem] - Font size of story titles.
 * @cssprop [--latest-stories-title-weight=650] - Font weight of story titles.
 * @cssprop [--latest-stories-text-size=0.9375rem] - Font size of summaries.
 * @cssprop [--latest-stories-meta-size=0.8125rem] - Font size of dates, authors and sources.
 * @cssprop [--latest-stories-summary-lines=3] - Lines a summary is clamped to.
 * @fires {CustomEvent<NewsLoadDetail>} news-load - Stories arrived and are shown: `{ feed, stories, url }`
 *   (`stories` merged and deduplicated, before filters and limit; with several feeds, `feed` is the first one
 *   with the merged stories as its items and `url` is the whole `src`). Not fired for a refresh that brought
 *   nothing new (HTTP 304); for one that brought new stories, when the reader shows them ("3 new stories").
 * @fires {CustomEvent<NewsErrorDetail>} news-error - A feed failed: `{ error, url, status }`, once per failing
 *   URL. Cancelable: `preventDefault()` hides the built-in error message (the fallback content stays).
 * @fires {CustomEvent<NewsSelectDetail>} news-select - The reader activated a story's link: `{ story }`.
 *   Cancelable: `preventDefault()` stops the navigation, so an app can route instead.
 */
export class LatestStoriesElement extends LitElement implements Tickable {
  static override styles = styles;

  /**
   * One or more feed URLs (RSS, Atom, RDF or JSON Feed), separated by spaces, absolute or relative to the
   * page. A web page's URL stands for the feed its `<link rel="alternate">` names (autodiscovery: a site's home
   * page works). Ignored when `stories`, `feed` or a JSON script child gives the data.
   */
  @property() src = '';

  /**
   * Stories to show, in this order: objects in our `Story` model, JSON Feed items or schema.org
   * `NewsArticle` JSON-LD (each read by `normalizeStory`; unreadable ones are skipped). Property only.
   */
  @property({ attribute: false }) stories?: unknown[];

  /** A parsed feed (from `parseFeed` or `loadFeed`) to show. Property only. */
  @property({ attribute: false }) feed?: Feed;

  /** How many stories to show (and how many more each press of "More stories" reveals). Default 10. */
  @property({ type: Number }) limit = DEFAULT_LIMIT;

  /**
   * `list` (image, title, date, summary; the default), `grid` (cards in as many columns as the element's
   * own width allows), `compact` (title and date) or `headlines` (titles only). Unknown values mean `list`.
   */
  @property({ reflect: true }) layout: StoriesLayout = 'list';

  /** A title for the list, such as "Latest stories", rendered as a real heading. Default: none. */
  @property() heading = '';

  /**
   * The level (1–6) of the `heading`; story titles are headings one level below. Default 2 (so stories are
   * `<h3>`), also when there is no `heading` (the page is assumed to provide it).
   */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /**
   * How dates show, as `<story-date>`'s `format`: `auto` (default: relative within a week, then the date),
   * `relative`, `date`, `datetime` or `time`. Dates follow `locale` and the nearest `time-zone` attribute.
   */
  @property({ attribute: 'date-format' }) dateFormat = 'auto';

  /** A date-fns pattern for dates (e.g. `d MMM`), as `<story-date>`'s `pattern`; wins over `date-format`. */
  @property({ attribute: 'date-pattern' }) datePattern = '';

  /** Hides story images (and their placeholders). */
  @property({ type: Boolean, attribute: 'no-images' }) noImages = false;

  /** Hides story summaries. */
  @property({ type: Boolean, attribute: 'no-summary' }) noSummary = false;

  /** Hides story dates. */
  @property({ type: Boolean, attribute: 'no-date' }) noDate = false;

  /** Hides story authors. */
  @property({ type: Boolean, attribute: 'no-author' }) noAuthor = false;

  /** Where story links open: `_blank` (adds `rel="noopener noreferrer"`), `_self`, or a window name. Default: none. */
  @property({ attribute: 'link-target' }) linkTarget = '';

  /**
   * Comma-separated keywords; only stories matching at least one are shown. Case-insensitive, whole words,
   * matched against the title, the summary text and the categories. Default: none (every story).
   */
  @property() include = '';

  /** Comma-separated keywords; stories matching any of them are hidden. Same matching as `include`. */
  @property() exclude = '';

  /** Shows a "More stories" button under the list that reveals the next `limit` stories. */
  @property({ type: Boolean }) more = false;

  /**
   * `lazy` (default): no request until the element comes within about 200 px of the viewport; `eager`: load
   * at once.
   */
  @property() loading: 'lazy' | 'eager' = 'lazy';

  /**
   * A proxy for feeds whose server sends no CORS header: a URL template in which `{url}` becomes the encoded
   * feed URL (`https://proxy.example/?url={url}`). Default: none.
   */
  @property() proxy = '';

  /** Seconds between refreshes of `src` (never sooner than the feed's own cache lifetime). 0 (default) = off. */
  @property({ type: Number }) refresh = 0;

  /** Seconds before a feed request gives up. Default 0: `loadFeed`'s default (15 s). */
  @property({ type: Number }) timeout = 0;

  /** BCP 47 language of the dates and UI strings. Default: the nearest `lang`, else the browser's. */
  @property() locale = '';

  /**
   * Overrides of the UI strings, any subset of `{ loading, empty, error, retry, more, refreshFailed,
   * newStories }`; `newStories` is a string or plural forms (`{ one: '{count} new', other: '{count} new' }`),
   * `{count}` being replaced. Default: built-in English, French, German, Spanish, Italian, Dutch, Portuguese, Arabic or Hebrew
   * strings chosen by `locale`. Property only.
   */
  @property({ attribute: false }) strings?: UiStringsOverride;

  @state() private phase: Phase = 'idle';
  /** Every story (merged, deduplicated), before filters and limit. */
  @state() private all: Story[] = [];
  @state() private pages = 1;
  @state() private pendingStories: Story[] | null = null;
  @state() private pendingCount = 0;
  @state() private refreshFailed = false;
  @state() private errorHidden = false;
  @state() private hasFallback = false;
  @state() private cardTemplate: HTMLTemplateElement | null = null;
  @state() private scriptData: { stories: Story[]; feed?: Feed } | null = null;

  private filtered: Story[] = [];
  private ui: UiStrings = uiStrings('en');
  private resolvedLocale = 'en';
  /** A `lang` or `time-zone` attribute changed on the page since the last render. */
  private contextDirty = false;
  private cardStyles: HTMLStyleElement[] = [];
  /**
   * The author's cards by the content of their story: a refresh parses new Story objects for the same stories, and
   * a card made again would lose the reader's focus and reload its images. (Emptied past 500 cards.)
   */
  private cards = new Map<string, HTMLElement>();
  private signatures = new WeakMap<Story, string>();
  /** The data source shown: `stories`, `feed`, `script`, the `src` that was loaded, or `''` (none yet). */
  private source = '';
  private nearViewport = false;
  private observer?: IntersectionObserver;
  private loadEvent?: NewsLoadDetail;
  /** The news-load of new stories announced but not shown yet (see handleShowNew). */
  private pendingEvent?: NewsLoadDetail;
  /** The feeds behind the stories on screen, to tell a changed feed from a 304. */
  private shownFeeds: Feed[] = [];
  private focusIndex = -1;

  private feeds = new FeedsController(
    this,
    () => ({
      proxy: this.proxy,
      timeout: this.timeout > 0 ? this.timeout * 1000 : undefined,
      refresh: this.refresh,
    }),
    (outcomes, mode) => this.handleOutcomes(outcomes, mode),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    watchContext(this);
    // Moved to another place, it may be under another `lang`.
    if (this.hasUpdated) this.contextDirty = true;
    this.readLightDom();
    this.mutations ??= new MutationObserver(() => this.readLightDom());
    this.mutations.observe(this, { childList: true, subtree: true, characterData: true });
    // Back on the page while a load was cut short by the removal: start it again; or first on the page after an
    // update that ran while it was off it.
    if (this.source && this.phase === 'loading' && !this.feeds.pending) {
      this.source = '';
      this.requestUpdate();
    } else if (this.hasUpdated && !this.source) this.requestUpdate();
    this.observe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchContext(this);
    this.mutations?.disconnect();
    this.observer?.disconnect();
    this.observer = undefined;
    unwatch(this);
  }

  /**
   * Called when a `lang` or `time-zone` attribute changes on the page: words and dates are made again.
   * @internal
   */
  contextChanged(): void {
    this.contextDirty = true;
    this.requestUpdate();
  }

  /**
   * Called by `<story-date>`'s shared timer when a relative date in the list goes stale ("3 hours ago"
   * becoming "4 hours ago"): re-renders. Returns a provisional delay; the render subscribes with the real one.
   * @internal
   */
  tick(): number {
    this.requestUpdate();
    return 60_000;
  }

  /** Watches for the element nearing the viewport, for `loading="lazy"`. */
  private observe(): void {
    if (this.nearViewport || this.observer || typeof IntersectionObserver === 'undefined') return;
    this.observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.nearViewport = true;
        this.observer?.disconnect();
        this.observer = undefined;
        this.requestUpdate();
      },
      { rootMargin: '200px' },
    );
    this.observer.observe(this);
  }

  /** Reads the JSON script, the card template and whether there is fallback content. */
  private readLightDom(): void {
    const { hasFallback, template, scriptText } = readLightDom(this);
    this.hasFallback = hasFallback;
    if (template !== this.cardTemplate) {
      this.cardTemplate = template;
      this.cardStyles = template ? templateStyles(template) : [];
      this.cards = new Map();
    }
    if (scriptText !== this.scriptText) {
      this.scriptText = scriptText;
      this.scriptError = undefined;
      if (!scriptText) this.scriptData = null;
      else {
        try {
          this.scriptData = readJsonData(scriptText);
        } catch (error) {
          // Bad data (a typo, or a script cut short while the page streams in) keeps the last good stories, and
          // says why; with none, and no `src` to load, the error state shows.
          this.scriptError = error as Error;
          this.scriptErrorHidden = !fire(this, 'news-error', { error: this.scriptError });
          this.requestUpdate();
        }
      }
    }
  }
  private scriptText = '';
  /** Why the JSON script child could not be read, while it cannot. */
  private scriptError: Error | undefined;
  private scriptErrorHidden = false;
  /** Follows edits inside the element (a data script filled in or changed later), which slotchange misses. */
  private mutations: MutationObserver | undefined;

  private handleSlotChange = (): void => this.readLightDom();

  private get urls(): string[] {
    return this.src.split(/\s+/).filter(Boolean);
  }

  private get pageSize(): number {
    const n = Math.floor(Number(this.limit));
    return Number.isFinite(n) && n > 0 ? n : DEFAULT_LIMIT;
  }

  private get currentLayout(): StoriesLayout {
    return LAYOUTS.includes(this.layout) ? this.layout : 'list';
  }

  protected override willUpdate(changed: PropertyValues): void {
    restoreCleared(this, changed);
    // The language may come from an ancestor's `lang`, and the zone from its `time-zone`: either can change.
    const locale = resolveLocale(this, this.locale);
    const context = this.contextDirty || locale !== this.resolvedLocale;
    this.contextDirty = false;
    this.resolvedLocale = locale;
    if (context || changed.has('strings') || !this.hasUpdated) this.ui = uiStrings(locale, this.strings);
    if (
      context ||
      changed.has('dateFormat') ||
      changed.has('datePattern') ||
      changed.has('linkTarget') ||
      changed.has('noImages') ||
      changed.has('noSummary') ||
      changed.has('noDate') ||
      changed.has('noAuthor')
    )
      this.cards = new Map();

    this.chooseSource(changed);

    if (changed.has('all') || changed.has('include') || changed.has('exclude')) {
      // A story with no title, summary or link has nothing to show: it is left out.
      this.filtered = filterStories(
        this.all.filter(isShowable),
        parseKeywords(this.include),
        parseKeywords(this.exclude),
      );
    }
  }

  /** Shows the data of the properties or the script, or starts loading `src` when it is time. */
  private chooseSource(changed: PropertyValues): void {
    const local = this.stories ? 'stories' : this.feed ? 'feed' : this.scriptData ? 'script' : '';
    if (local) {
      if (
        changed.has('stories') ||
        changed.has('feed') ||
        changed.has('scriptData') ||
        this.source !== local
      ) {
        this.feeds.clear();
        this.source = local;
        this.showLocal(local);
      }
      return;
    }
    const src = this.urls.join(' ');
    if (!src) {
      if (this.source) this.feeds.clear();
      this.source = '';
      // An unreadable data script is an error to show (unless news-error was canceled: the fallback then).
      this.phase = this.scriptError ? 'error' : 'idle';
      this.errorHidden = this.scriptErrorHidden;
      this.all = [];
      return;
    }
    if (changed.has('refresh') && this.source === src) this.feeds.reschedule();
    if (src === this.source) return;
    // On a server nothing is fetched: like a lazy element far from view, it shows its fallback content and loads
    // once it runs in the browser.
    // (Nor does an element added and removed in one task, never on the page.)
    if (isServer || !this.isConnected || (this.loading !== 'eager' && !this.nearViewport)) {
      // Lazy: keep the skeleton (or the fallback) until the observer says the reader is getting close.
      if (this.source) this.feeds.clear();
      this.source = '';
      this.phase = 'idle';
      return;
    }
    this.source = src;
    this.resetView();
    this.phase = 'loading';
    void this.feeds.load(this.urls, 'initial');
  }

  private resetView(): void {
    this.pages = 1;
    this.pendingStories = null;
    this.pendingEvent = undefined;
    this.pendingCount = 0;
    this.refreshFailed = false;
    this.errorHidden = false;
  }

  private showLocal(kind: 'stories' | 'feed' | 'script'): void {
    this.resetView();
    let stories: Story[];
    let feed: Feed | undefined;
    if (kind === 'stories') stories = normalizeAll(this.stories ?? []);
    else if (kind === 'feed') {
      feed = this.feed;
      stories = mergeStories([normalizeAll(feed?.items ?? []).map((story) => ({ story }))]);
    } else {
      stories = this.scriptData?.stories ?? [];
      feed = this.scriptData?.feed;
    }
    this.all = stories;
    this.phase = 'ready';
    this.loadEvent = { stories, ...(feed ? { feed } : {}) };
  }

  private handleOutcomes(outcomes: FeedOutcome[], mode: LoadMode): void {
    let shownError = false;
    let fired = false;
    for (const o of outcomes) {
      // (A refresh inside the backoff gives the last failure again, already reported.)
      if (!o.error || (o.cached && mode === 'refresh')) continue;
      fired = true;
      const status = o.error instanceof FeedError ? o.error.status : undefined;
      if (
        fire(this, 'news-error', { error: o.error, url: o.url, ...(status !== undefined ? { status } : {}) })
      )
        shownError = true;
    }
    const refreshing = mode === 'refresh' && this.all.length > 0;
    const usable = outcomes
      .map((o) => ({ url: o.url, feed: o.feed ?? (refreshing ? o.stale : undefined) }))
      .filter((o): o is { url: string; feed: Feed } => !!o.feed);
    const anyFresh = outcomes.some((o) => o.feed);

    if (!anyFresh) {
      if (refreshing) {
        // Stale beats nothing: keep the stories on screen, say quietly that they may be old.
        this.refreshFailed = true;
        return;
      }
      this.phase = 'error';
      // (Failures already reported keep the answer their news-error got: shown, or hidden when canceled.)
      if (fired) this.errorHidden = !shownError;
      return;
    }

    const merged = mergeFeeds(usable, this.urls.length > 1);
    // A cached answer (inside loadFeed's backoff) is no news: it neither raises nor clears the note.
    if (refreshing && outcomes.every((o) => o.cached)) return;
    this.refreshFailed = outcomes.some((o) => o.error) && refreshing;
    // Every feed answered 304 (loadFeed hands back the very same objects): nothing to render or announce.
    const same =
      usable.length === this.shownFeeds.length && usable.every((u, i) => u.feed === this.shownFeeds[i]);
    if (refreshing && same) return;
    this.shownFeeds = usable.map((u) => u.feed);

    if (refreshing && this.phase === 'ready') {
      const known = new Set(this.all.map(storyIdentity));
      const fresh = filterStories(
        merged.filter((s) => !known.has(storyIdentity(s))),
        parseKeywords(this.include),
        parseKeywords(this.exclude),
      );
      if (fresh.length > 0) {
        // Announce rather than insert: the reader's place in the list must not move under them.
        this.pendingStories = merged;
        this.pendingCount = fresh.length;
      } else {
        this.pendingStories = null;
        this.pendingEvent = undefined;
        this.pendingCount = 0;
        this.all = merged;
      }
    } else {
      this.all = merged;
      this.phase = 'ready';
    }
    const feed: Feed =
      usable.length === 1
        ? usable[0]!.feed
        : { ...usable[0]!.feed, items: merged, title: usable[0]!.feed.title };
    const event = { feed, stories: merged, url: this.urls.length === 1 ? this.urls[0] : this.src.trim() };
    // New stories only announced are not shown yet: their news-load waits for the reader to show them.
    if (this.pendingStories) this.pendingEvent = event;
    else this.loadEvent = event;
  }

  protected override updated(): void {
    // Over a server's render: now the browser's.
    if (this.asServer && !isServer) {
      this.asServer = false;
      this.requestUpdate();
      // (`news-load` waits for the stories the browser renders.)
      return;
    }
    // One subscription for the whole list, for its earliest date change (Infinity: none is relative).
    if (this.isConnected) watch(this, this.nextDateChange);
    if (this.loadEvent) {
      const detail = this.loadEvent;
      this.loadEvent = undefined;
      fire(this, 'news-load', detail);
    }
    if (this.focusIndex >= 0) {
      const article = this.renderRoot.querySelectorAll<HTMLElement>('article')[this.focusIndex];
      this.focusIndex = -1;
      article?.focus();
    }
    if (!this.nearViewport && this.isConnected) this.observe();
  }

  private handleRetry = (): void => {
    this.errorHidden = false;
    this.phase = 'loading';
    void this.feeds.load(this.urls, 'retry');
  };

  private handleMore = (): void => {
    this.focusIndex = this.pages * this.pageSize;
    this.pages++;
  };

  private handleShowNew = (): void => {
    if (!this.pendingStories) return;
    this.all = this.pendingStories;
    this.pendingStories = null;
    this.loadEvent = this.pendingEvent;
    this.pendingEvent = undefined;
    this.pendingCount = 0;
    this.pages = 1;
    this.focusIndex = 0;
  };

  /** A plain click on a story's link asks the page first (`news-select`), which may route instead. */
  private handleClick = (event: MouseEvent): void => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const path = event.composedPath();
    const link = path.find(
      (n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement && n.hasAttribute('href'),
    );
    const article = path.find((n): n is HTMLElement => n instanceof HTMLElement && n.localName === 'article');
    if (!link || !article) return;
    const story = this.visible[Number(article.getAttribute('aria-posinset')) - 1];
    if (story && !fire(this, 'news-select', { story })) event.preventDefault();
  };

  /** Page Down / Page Up move between stories, as the ARIA feed pattern asks. */
  private handleKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'PageDown' && event.key !== 'PageUp') return;
    const articles = [...this.renderRoot.querySelectorAll<HTMLElement>('article')];
    const active = this.shadowRoot?.activeElement ?? null;
    const current = articles.findIndex((a) => active !== null && a.contains(active));
    const next = current + (event.key === 'PageDown' ? 1 : -1);
    if (current < 0 || next < 0 || next >= articles.length) return;
    event.preventDefault();
    articles[next]!.focus();
  };

  /** Hides the image box of a story whose image fails to load (the placeholder color stays). */
  private handleImageError = {
    handleEvent: (event: Event) => {
      if (event.target instanceof HTMLImageElement) event.target.hidden = true;
    },
    capture: true,
  };

  private get visible(): Story[] {
    return this.more
      ? this.filtered.slice(0, this.pages * this.pageSize)
      : this.filtered.slice(0, this.pageSize);
  }

  private statusText(): string {
    if (this.phase === 'loading') return this.ui.loading;
    if (this.phase === 'error' && !this.errorHidden) return this.ui.error;
    if (this.pendingCount > 0) return formatCount(this.ui.newStories, this.pendingCount, this.resolvedLocale);
    if (this.refreshFailed) return this.ui.refreshFailed;
    return '';
  }

  /**
   * This render repeats what a server could render: nothing fetched, the fallback content standing. True on a
   * server, and for the first render over a server's, which Lit hydrates in place.
   */
  private asServer = isServer;

  override render(): TemplateResult {
    const layout = this.currentLayout;
    const level = clampLevel(this.headingLevel);
    if (overServerRender(this)) this.asServer = true;
    // A server shows stories only from the `stories` or `feed` property (it neither fetches nor sees a data script).
    const phase = this.asServer && this.source !== 'stories' && this.source !== 'feed' ? 'idle' : this.phase;
    const busy = phase === 'loading' || phase === 'idle';
    const fetching =
      this.source !== 'stories' && this.source !== 'feed' && this.source !== 'script' && !!this.src.trim();
    // The author's fallback stands in for the stories until they arrive, and when they cannot (a server cannot
    // see it, and shows its slot: readers without JavaScript see the fallback).
    const fallback = this.hasFallback || this.asServer;
    const showFallback = fallback && phase !== 'ready';
    const stories = phase === 'ready' ? this.visible : [];
    // (Identical stories counted per render: see customCard.)
    const seen = new Map<string, number>();
    const labelled = this.heading ? 'heading' : nothing;
    // The set is what the reader can reach: every match with `more`, else what is shown.
    const total = this.more ? this.filtered.length : stories.length;
    const settings = this.cardSettings(layout, level);
    return html`${this.cardStyles}
      <div part="base" class="base ${layout}-layout">
        ${this.heading ? heading(level, this.heading) : nothing}
        ${
          this.pendingCount > 0
            ? html`<div class="new-stories-bar">
                <button
                  part="new-stories"
                  dir="auto"
                  class="button new-stories"
                  type="button"
                  @click=${this.handleShowNew}
                >
                  ${formatCount(this.ui.newStories, this.pendingCount, this.resolvedLocale)}
                </button>
              </div>`
            : nothing
        }
        ${
          stories.length > 0 || (busy && fetching)
            ? html`<div
                part="list"
                class="list"
                role="feed"
                aria-busy=${busy ? 'true' : 'false'}
                aria-labelledby=${labelled}
                @click=${this.handleClick}
                @keydown=${this.handleKeydown}
                @error=${this.handleImageError}
              >
                ${
                  this.cardTemplate
                    ? repeat(stories, storyKeys(), (story, i) => {
                        const view = storyView(story);
                        return customStory(i, total, this.customCard(view, seen), view.title);
                      })
                    : repeat(stories, storyKeys(), (story, i) =>
                        storyCard(storyView(story), i, total, settings),
                      )
                }
              </div>`
            : nothing
        }
        ${
          busy && fetching && !fallback
            ? skeleton(Math.min(this.pageSize, MAX_SKELETON_ROWS), settings)
            : nothing
        }
        ${
          phase === 'ready' && this.filtered.length === 0
            ? html`<div part="empty" class="empty"><slot name="empty">${this.ui.empty}</slot></div>`
            : nothing
        }
        ${
          phase === 'error' && !this.errorHidden
            ? html`<div part="error" class="error">
                <p class="error-message">${this.ui.error}</p>
                ${
                  // (Trying a data script again changes nothing: no retry without feeds.)
                  this.urls.length
                    ? html`<button part="retry" class="button retry" type="button" @click=${this.handleRetry}>
                        ${this.ui.retry}
                      </button>`
                    : nothing
                }
              </div>`
            : nothing
        }
        ${
          this.more && phase === 'ready' && this.filtered.length > stories.length
            ? html`<button part="more" class="button more" type="button" @click=${this.handleMore}>
                ${this.ui.more}
              </button>`
            : nothing
        }
        <div
          part="status"
          role="status"
          class=${this.refreshFailed && !this.pendingCount ? 'status quiet' : 'status visually-hidden'}
        >
          ${this.statusText()}
        </div>
        <div class="fallback" ?hidden=${!showFallback}>
          <slot @slotchange=${this.handleSlotChange}></slot>
        </div>
      </div>`;
  }

  /** What every built-in card of this render shares. */
  private cardSettings(layout: StoriesLayout, level: number): CardSettings {
    return {
      layout,
      titleLevel: level + 1,
      noImages: this.noImages,
      noSummary: this.noSummary,
      noDate: this.noDate,
      noAuthor: this.noAuthor,
      date: this.dateFormatter(),
      target: this.linkTarget || undefined,
    };
  }

  /** Formats the dates of one render, and notes when the first of them will need a new text. */
  private dateFormatter(): (datetime: string) => DateText | null {
    const settings = dateSettings({
      locale: this.resolvedLocale,
      timeZone: supportedTimeZone(closestAttribute(this, 'time-zone')),
      format: this.dateFormat,
      pattern: this.datePattern,
      now: Date.now(),
    });
    this.nextDateChange = Infinity;
    return (datetime) => {
      const d = dateText(datetime, settings, this.handlePatternReady);
      if (d && d.refreshIn < this.nextDateChange) this.nextDateChange = d.refreshIn;
      return d;
    };
  }
  private nextDateChange = Infinity;
  private handlePatternReady = (): void => this.requestUpdate();

  /**
   * The author's card for a story, cloned once per story (by content) and reused by later renders. `seen` counts the
   * signatures of this render, so that two identical stories get two cards.
   */
  private customCard(view: StoryView, seen: Map<string, number>): HTMLElement {
    let content = this.signatures.get(view.story);
    if (content === undefined) this.signatures.set(view.story, (content = JSON.stringify(view.story)));
    const n = seen.get(content) ?? 0;
    seen.set(content, n + 1);
    const signature = `${n}\u0000${content}`;
    let card = this.cards.get(signature);
    if (!card) {
      if (this.cards.size >= 500) this.cards.clear();
      card = document.createElement('div');
      card.className = 'card';
      card.append(
        fillTemplate(this.cardTemplate!, view, {
          target: this.linkTarget || undefined,
          dateFormat: this.dateFormat,
          datePattern: this.datePattern,
          locale: this.resolvedLocale,
          timeZone: supportedTimeZone(closestAttribute(this, 'time-zone')),
          noImages: this.noImages,
          noSummary: this.noSummary,
          noDate: this.noDate,
          noAuthor: this.noAuthor,
        }),
      );
      this.cards.set(signature, card);
    }
    return card;
  }
}

/**
 * A key function for `repeat`: each story keeps its DOM (and its loaded image) when new stories are shown
 * above it. Keys are made unique within one list, for page data that repeats a story.
 */
function storyKeys(): (story: Story) => string {
  const seen = new Map<string, number>();
  return (story) => {
    const key = storyView(story).key;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n ? `${key}\u0000${n}` : key;
  };
}

/** A heading level of 1 to 6; anything else (`''`, `0`, `7`, `h2`) is the default 2, as in `<news-article>`. */
function clampLevel(level: number): number {
  const n = Number(level);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? n : 2;
}

declare global {
  interface HTMLElementTagNameMap {
    'latest-stories': LatestStoriesElement;
  }
}
