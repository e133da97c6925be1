import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { FeedError } from '../../feed/errors.js';
import { normalizeStory } from '../../feed/normalize.js';
import type { Feed, Story } from '../../feed/types.js';
import {
  documentBase,
  overServerRender,
  resolveLocale,
  unwatchContext,
  watchContext,
} from '../../shared/context.js';
import { fire } from '../../shared/events.js';
import { textDirection } from '../../shared/direction.js';
import { restoreCleared } from '../../shared/cleared.js';
import { jsonData } from '../../shared/lenient-json.js';
import { sanitizedHtml } from '../../sanitize/sanitized-html.js';
import { loadArticle, pickItem } from './load-article.js';
import { articleMessages, type ArticleMessages } from './messages.js';
import { styles } from './news-article.styles.js';
import '../story-date/define.js';

/** The layouts of `<news-article>`. */
export type NewsArticleLayout = 'full' | 'card' | 'compact';
const LAYOUTS: readonly NewsArticleLayout[] = ['full', 'card', 'compact'];

const HEADINGS: StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

const DATA_SCRIPT = ':scope > script[type="application/json"], :scope > script[type="application/ld+json"]';

type Status = 'empty' | 'loading' | 'ready' | 'error';

/**
 * Whether a story was updated ten minutes or more after it was published: CMSes record a save seconds after
 * publication as a modification, which is no update to tell readers of. (Dates that do not read: when they differ.)
 */
const revised = ({ published, updated }: Story) => {
  const gap = Date.parse(updated ?? '') - Date.parse(published ?? '');
  return Number.isNaN(gap) ? updated !== published : gap >= 600_000;
};

/**
 * One news story, shown as a reader expects a news article: section kicker, headline, dek, byline, date, hero
 * image with caption and credit, body and tags. The data can be a Story, a JSON Feed item or schema.org
 * JSON-LD, given as the `article` property, as a `<script type="application/json">` or
 * `<script type="application/ld+json">` child (read, never executed), or loaded from `src` (an article's JSON,
 * a feed with `item` naming the story, or the article's web page). Missing fields leave no trace. Publisher
 * HTML is sanitized. Dates and the element's few own words ("By", "Updated") follow the nearest `lang`.
 *
 * @summary One news story, from a Story, JSON Feed item, JSON-LD or a feed URL.
 * @tagname news-article
 * @slot - Fallback content: shown when there is no data, and instead of the error message when loading fails. A
 *   `<script type="application/json">` or `<script type="application/ld+json">` child is the article's data.
 * @csspart base - The `<article>` (or the loading or error box).
 * @csspart section - The section kicker above the headline.
 * @csspart title - The headline, a real heading at `heading-level`.
 * @csspart title-link - The headline's link, when the story has a link.
 * @csspart dek - The dek (sub-headline) in the full layout.
 * @csspart meta - The row holding the byline and the date.
 * @csspart byline - The "By …" line.
 * @csspart date - The `<story-date>` of the publication date.
 * @csspart date-time - The `<time>` inside the publication date (story-date's `time` part).
 * @csspart updated - The "Updated …" note, when the story was updated ten minutes or more after it was published (a
 *   save a few seconds later, as CMSes record it, is no update).
 * @csspart updated-date - The `<story-date>` of the last update.
 * @csspart updated-time - The `<time>` inside the update date (story-date's `time` part).
 * @csspart figure - The `<figure>` around the image.
 * @csspart image - The `<img>`.
 * @csspart caption - The image's caption and credit.
 * @csspart credit - The image credit inside the caption.
 * @csspart summary - The summary in the card layout (the full layout shows it as the dek).
 * @csspart body - The article body (sanitized publisher HTML).
 * @csspart tags - The list of tags.
 * @csspart tag - One tag.
 * @csspart skeleton - The placeholder shown while `src` loads.
 * @csspart error - The built-in error message.
 * @cssprop [--news-article-font=var(--news-font, system-ui)] - Font family of the whole article.
 * @cssprop [--news-article-color=var(--news-text, #1b1b1f)] - Text color (dark mode default `#e6e6ea`; compact: the page's).
 * @cssprop [--news-article-muted=var(--news-muted, #5a5d66)] - Color of the dek, byline, date and captions (compact: the page's text color).
 * @cssprop [--news-article-accent=var(--news-accent, #b3261e)] - Color of the section kicker and blockquote rule.
 * @cssprop [--news-article-background=var(--news-surface, #fff)] - Background (compact layout: transparent, and the
 *   text takes the page's color unless `--news-article-color` or `--news-text` is set).
 * @cssprop [--news-article-border=var(--news-border, #d9dbe0)] - Border color of cards, tags and tables.
 * @cssprop [--news-article-radius=var(--news-radius, 8px)] - Corner radius of cards.
 * @cssprop [--news-article-space=var(--news-space, 1rem)] - The spacing unit.
 * @cssprop [--news-article-padding=var(--news-article-space)] - Padding around the article (compact: 0).
 * @cssprop [--news-article-title-font=var(--news-article-font)] - Font family of the headline and body headings.
 * @cssprop [--news-article-title-size=clamp(1.6rem, 1.1rem + 2.2vw, 2.6rem)] - Headline size (card 1.25rem, compact 1rem).
 * @cssprop [--news-article-title-weight=750] - Headline weight.
 * @cssprop [--news-article-title-color=var(--news-article-color)] - Headline color.
 * @cssprop [--news-article-body-font=var(--news-article-font)] - Font family of the body.
 * @cssprop [--news-article-body-size=1.125rem] - Font size of the body.
 * @cssprop [--news-article-body-line-height=1.65] - Line height of the body.
 * @cssprop [--news-article-measure=68ch] - Maximum line length of the dek and body.
 * @cssprop [--news-article-link-color=var(--news-link, #0b57d0)] - Color of links in the body.
 * @cssprop [--news-article-heading-scale=1.2] - Ratio between body heading sizes (h4 = 1 step, h3 = 2, h2 = 3).
 * @cssprop [--news-article-blockquote-border=4px solid var(--news-article-accent)] - Rule beside blockquotes.
 * @cssprop [--news-article-blockquote-color=var(--news-article-muted)] - Text color of blockquotes.
 * @cssprop [--news-article-blockquote-font-style=italic] - Font style of blockquotes.
 * @cssprop [--news-article-caption-color=var(--news-article-muted)] - Color of captions and figcaptions.
 * @cssprop [--news-article-caption-size=0.875rem] - Font size of captions and figcaptions.
 * @cssprop [--news-article-image-radius=var(--news-article-radius)] - Corner radius of images.
 * @cssprop [--news-article-image-aspect-ratio=16 / 9] - Box reserved for an image whose size is unknown.
 * @cssprop [--news-article-card-image-aspect-ratio=var(--news-article-image-aspect-ratio)] - Image box of cards.
 * @cssprop [--news-skeleton=#e6e7eb] - Color of the loading placeholder (dark mode `#2c2e33`).
 * @fires {CustomEvent<NewsLoadDetail>} news-load - A story is shown; `detail.article` is the Story, `detail.url`
 *   the URL it came from.
 * @fires {CustomEvent<NewsErrorDetail>} news-error - The data could not be loaded or read; `detail.error` is a
 *   `FeedError` (or the JSON `SyntaxError`), `detail.url` the URL. Cancelable: `preventDefault()` hides the
 *   built-in error message.
 */
export class NewsArticleElement extends LitElement {
  static override styles = styles;

  /**
   * The story, as our Story model, a JSON Feed item or schema.org JSON-LD (read with `normalizeStory`).
   * Property only. When set, it wins over `src` and over a data `<script>` child.
   */
  @property({ attribute: false }) article: unknown = undefined;

  /**
   * URL of the article's JSON (Story, JSON Feed item or JSON-LD), of a feed (RSS, Atom, RDF, JSON Feed) from
   * which `item` picks the story, or of the article's web page (its schema.org JSON-LD, gaps filled from its Open
   * Graph and `<meta>` tags; the page's scripts never run). A page without an article that links to a feed (a
   * site's home page) stands for that feed, unless it shows an article it cannot read: that is an error. Only
   * http(s) URLs load. Relative URLs resolve against the document. Used when `article` is unset.
   */
  @property() src = '';

  /**
   * With a feed `src`: the story to show, named by its id, its link, or its zero-based index. Default: the
   * newest dated story.
   */
  @property() item = '';

  /** `full` (default), `card` (image, headline, date, summary; one link) or `compact` (headline and date). */
  @property({ reflect: true }) layout: NewsArticleLayout = 'full';

  /** Level of the headline, 1–6. Default 2; other values mean 2. */
  @property({ attribute: 'heading-level' }) headingLevel: number | string = 2;

  /** The date's `format`, passed to `<story-date>`: `auto`, `relative`, `date`, `datetime` or `time`. Default `date`. */
  @property({ attribute: 'date-format' }) dateFormat = '';

  /** A date-fns pattern for the date, passed to `<story-date>` as `pattern`; wins over `date-format`. */
  @property({ attribute: 'date-pattern' }) datePattern = '';

  /** Leave out the image. */
  @property({ type: Boolean, attribute: 'no-image' }) noImage = false;

  /** Leave out the body and show the summary instead. */
  @property({ type: Boolean, attribute: 'no-body' }) noBody = false;

  /** The `target` of the headline link and of links in the body, e.g. `_blank`. Default: none. */
  @property({ attribute: 'link-target' }) linkTarget = '';

  /** The story shown, once read; `null` while loading, after an error, or with no data. */
  get story(): Story | null {
    return this.current;
  }

  @state() private current: Story | null = null;
  @state() private status: Status = 'empty';
  @state() private errorPrevented = false;
  @state() private imageFailed = false;
  @state() private hasFallback = false;

  /** Bumped by every new load: a response whose generation is old is dropped. */
  private generation = 0;
  private controller: AbortController | null = null;
  /** The last feed loaded from `src`, so a new `item` can be picked without fetching again. */
  private lastFeed: { src: string; feed: Feed; url: string } | null = null;
  /** What the shown data came from, to skip redundant work (`src` + `item`, or `script`). */
  private dataKey = '';
  private dataDirty = true;
  private observer: MutationObserver | null = null;
  /** The URL the shown story came from; relative URLs in its HTML resolve against it. */
  private storyBase = '';
  /** Where the shown story came from (`article`, `script` or `src:` and the URL): a failed re-read of the same
   * source keeps it. */
  private source = '';
  /** The `news-load` detail of a story just read, fired once it is rendered. */
  private loaded: { article: Story; url?: string } | null = null;

  /**
   * Called when a `lang` or `time-zone` attribute changes on the page: the words follow the language (its dates
   * are `<story-date>`s, which follow by themselves).
   * @internal
   */
  contextChanged(): void {
    this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchContext(this);
    // Children written after the element (a CMS streaming HTML, or a script filled in later) are read when they
    // arrive; the script's text is only ever read, never run.
    this.observer ??= new MutationObserver(() => this.handleChildrenChange());
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.handleChildrenChange();
    // A load cut short by disconnection starts again.
    if (this.src && this.status === 'loading' && !this.controller) this.dataDirty = true;
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchContext(this);
    this.observer?.disconnect();
    // A move (insertBefore, a list reordered, replaceChildren with the same nodes) puts the element back in the same
    // task: its load goes on. Only an element still off the page a moment later stops loading.
    queueMicrotask(() => {
      if (this.isConnected || !this.controller) return;
      this.controller.abort();
      this.controller = null;
      this.generation++;
      this.dataKey = '';
    });
  }

  private handleChildrenChange(): void {
    this.hasFallback = Array.from(this.childNodes).some((n) =>
      n instanceof Element
        ? n.localName !== 'script'
        : n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '',
    );
    if (this.article === undefined || this.article === null) {
      if (!this.src) {
        this.dataDirty = true;
        this.requestUpdate();
      }
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    restoreCleared(this, changed);
    if (changed.has('article') || changed.has('src') || changed.has('item') || this.dataDirty) {
      this.dataDirty = false;
      this.resolveData();
    }
  }

  /** Works out where the data comes from and reads it: `article`, else `src`, else a data script child. */
  private resolveData(): void {
    if (this.article !== undefined && this.article !== null) {
      this.cancelLoad();
      this.dataKey = '';
      this.show('article', () => normalizeStory(this.article, { baseUrl: documentBase() }));
      return;
    }
    // On a server, nothing is loaded and no light DOM is there to read: the element renders its fallback content
    // (the author's markup), and loads once it runs in the browser.
    if (isServer) return;
    // (A blank `src` is no URL: it would fetch the page itself.)
    if (this.src?.trim()) {
      const key = `src:${this.src}#${this.item}`;
      if (key === this.dataKey) return;
      this.dataKey = key;
      if (this.lastFeed?.src === this.src) {
        const { feed, url } = this.lastFeed;
        this.cancelLoad();
        this.show(`src:${this.src}#${this.item}`, () => pickItem(feed, this.item, url), url);
        return;
      }
      // (Added and removed in one task, an element never on the page loads nothing until it is put back.)
      if (!this.isConnected) {
        this.dataKey = '';
        this.dataDirty = true;
        return;
      }
      void this.load(this.src);
      return;
    }
    this.cancelLoad();
    // Every data script child: pages often put a BreadcrumbList or an Organization before the article.
    const texts = Array.from(
      this.querySelectorAll<HTMLScriptElement>(DATA_SCRIPT),
      (s) => s.textContent ?? '',
    );
    const key = `script:${texts.join('\u0000')}`;
    if (key === this.dataKey) return;
    this.dataKey = key;
    if (!texts.length) {
      this.setStory(null, 'empty');
      return;
    }
    this.show('script', () => {
      // A script that is not JSON (cut short while the page streams in) is passed over if another one reads;
      // if none does, the first one's error is the one reported.
      let error: unknown;
      const data = texts.flatMap((text) => {
        try {
          return [jsonData(text)];
        } catch (e) {
          error ??= e;
          return [];
        }
      });
      if (!data.length) throw error;
      // (A script may hold an array of nodes itself.)
      return normalizeStory(data.flat(), { baseUrl: documentBase() });
    });
  }

  /**
   * Reads a story from `source` with `read` and shows it (`news-load` follows once it is rendered), or reports
   * the error; never throws.
   */
  private show(source: string, read: () => Story, url?: string): void {
    let story: Story;
    try {
      story = read();
    } catch (error) {
      this.fail(error, url, source);
      return;
    }
    this.storyBase = story.link ?? url ?? documentBase() ?? '';
    this.source = source;
    this.setStory(story, 'ready');
    this.loaded = url ? { article: story, url } : { article: story };
  }

  private setStory(story: Story | null, status: Status): void {
    this.current = story;
    this.status = status;
    this.imageFailed = false;
    this.errorPrevented = false;
  }

  /**
   * Reports a failure with `news-error`. The story shown stays when the failure is a new reading of its own
   * source (its data script edited into bad JSON, its `src` failing to reload): the last good content is kept.
   */
  private fail(error: unknown, url?: string, source?: string): void {
    const err =
      error instanceof Error ? error : new FeedError('not-a-story', String(error), url ? { url } : {});
    if (!(this.current && source === this.source)) this.setStory(null, 'error');
    const status = err instanceof FeedError ? err.status : undefined;
    const detail = { error: err, ...(url ? { url } : {}), ...(status ? { status } : {}) };
    this.errorPrevented = !fire(this, 'news-error', detail);
  }

  private cancelLoad(): void {
    this.controller?.abort();
    this.controller = null;
    this.generation++;
  }

  private async load(src: string): Promise<void> {
    const previous = this.controller;
    this.controller = null;
    const generation = ++this.generation;
    const controller = new AbortController();
    this.controller = controller;
    this.setStory(null, 'loading');
    let url = src;
    try {
      url = new URL(src, document.baseURI).href;
    } catch {
      // loadArticle reports the bad URL.
    }
    const loading = loadArticle(src, controller.signal);
    // The previous load is aborted only now: a request for the same URL (another `item` of one feed) goes on for
    // this one rather than starting again.
    previous?.abort();
    try {
      const loaded = await loading;
      // A newer load (or a new `article`) started meanwhile: this answer is stale.
      if (generation !== this.generation) return;
      this.controller = null;
      if (loaded.kind === 'feed') {
        this.lastFeed = { src, feed: loaded.feed, url: loaded.url };
        this.show(`src:${src}#${this.item}`, () => pickItem(loaded.feed, this.item, loaded.url), loaded.url);
      } else {
        this.lastFeed = null;
        this.show(`src:${src}#${this.item}`, () => loaded.story, loaded.url);
      }
    } catch (error) {
      if (generation !== this.generation) return;
      this.controller = null;
      this.lastFeed = null;
      this.fail(error, url, `src:${src}#${this.item}`);
    }
  }

  protected override updated(): void {
    // Over a server's render: now the browser's, with what loads and the sanitized HTML.
    if (this.asServer && !isServer) {
      this.asServer = false;
      this.requestUpdate();
      // (`news-load` waits for the story the browser renders.)
      return;
    }
    // Publisher images without alt text are announced by file name; an empty alt marks them decorative, which
    // is what an unknown description should mean (the caption, if any, is in a figcaption).
    for (const img of this.renderRoot.querySelectorAll<HTMLImageElement>(
      '.body img:not([alt]), .dek img:not([alt]), .summary img:not([alt])',
    )) {
      img.alt = '';
    }
    // The story just read is on screen now: say so.
    const detail = this.loaded;
    this.loaded = null;
    if (detail) fire(this, 'news-load', detail);
  }

  /** The element's own words, in the language of the nearest `lang` (read once per render). */
  private t: ArticleMessages = articleMessages('en');

  private get level(): number {
    const n = Number(this.headingLevel);
    return Number.isInteger(n) && n >= 1 && n <= 6 ? n : 2;
  }

  private get layoutName(): NewsArticleLayout {
    return LAYOUTS.includes(this.layout) ? this.layout : 'full';
  }

  /**
   * The element's own words ("By", "Updated"), marked with their language when it is not the page's (no table for
   * it: English), so screen readers voice them right and the names and dates beside them keep the page's.
   */
  private words(text: string) {
    // (Always a span, with or without `lang`: a server, which sees no ancestor's `lang`, renders the same shape.)
    return html`<span lang=${this.t.own ? nothing : this.t.lang}>${text}</span>`;
  }

  /**
   * This render repeats what a server could render: nothing loaded (the fallback content stands), no HTML
   * sanitized. True on a server, and for the first render over a server's, which Lit hydrates in place.
   */
  private asServer = isServer;

  override render() {
    const layout = this.layoutName;
    this.t = articleMessages(resolveLocale(this));
    if (overServerRender(this)) this.asServer = true;
    // A server shows a story only from the `article` property (it neither loads nor sees data script children).
    if (this.asServer && this.source !== 'article') return html`<slot></slot>`;
    try {
      switch (this.status) {
        case 'loading':
          return this.renderSkeleton(layout);
        case 'error':
          return this.renderError();
        case 'ready':
          return this.current ? this.renderStory(this.current, layout) : html`<slot></slot>`;
        default:
          return html`<slot></slot>`;
      }
    } catch (error) {
      // Rendering must never break the page; show the author's fallback instead.
      console.error('news-elements: <news-article> could not render the story.', error);
      return html`<slot></slot>`;
    }
  }

  private renderSkeleton(layout: NewsArticleLayout) {
    const image = !this.noImage && layout !== 'compact';
    return html`<div part="base skeleton" class="layout-${layout} loading" aria-busy="true">
      <span class="visually-hidden" role="status">${this.t.loading}</span>
      ${layout === 'full' ? html`<span class="skeleton sk-section" aria-hidden="true"></span>` : nothing}
      ${image && layout === 'card' ? html`<span class="skeleton sk-image" aria-hidden="true"></span>` : nothing}
      <span class="skeleton sk-title" aria-hidden="true"></span>
      ${layout !== 'compact' ? html`<span class="skeleton sk-title short" aria-hidden="true"></span>` : nothing}
      <span class="skeleton sk-line short" aria-hidden="true"></span>
      ${image && layout === 'full' ? html`<span class="skeleton sk-image" aria-hidden="true"></span>` : nothing}
      ${
        layout !== 'compact'
          ? html`<span class="skeleton sk-line" aria-hidden="true"></span>
              <span class="skeleton sk-line" aria-hidden="true"></span>`
          : nothing
      }
    </div>`;
  }

  private renderError() {
    if (this.hasFallback) return html`<slot></slot>`;
    if (this.errorPrevented) return nothing;
    return html`<p part="base error" class="error" role="alert">${this.t.error}</p>`;
  }

  private renderStory(story: Story, layout: NewsArticleLayout) {
    const full = layout === 'full';
    const card = layout === 'card';
    const showImage = !this.noImage && !this.imageFailed && layout !== 'compact' && story.image !== undefined;
    return html`<article part="base" class="layout-${layout}">
      ${full && story.section ? html`<p part="section" class="section" dir=${textDirection(story.section) ?? nothing}>${story.section}</p>` : nothing}
      ${full && !story.title ? nothing : this.renderTitle(story)}
      ${full && story.summary ? this.renderHtml(story.summary, 'dek') : nothing}
      ${this.renderMeta(story, full)} ${showImage ? this.renderImage(story, full) : nothing}
      ${card && story.summary ? this.renderHtml(story.summary, 'summary') : nothing}
      ${full ? this.renderBody(story) : nothing}
      ${
        full && story.categories.length > 0
          ? html`<ul part="tags" class="tags" aria-label=${this.t.tags}>
              ${story.categories.map((c) => html`<li part="tag" dir=${textDirection(c) ?? nothing}>${c}</li>`)}
            </ul>`
          : nothing
      }
    </article>`;
  }

  /**
   * The headline. A story without a title (a micro-post) has no heading in the full layout; cards and compact
   * rows need something to click and name the link by its URL.
   */
  private renderTitle(story: Story): TemplateResult {
    const tag = HEADINGS[this.level - 1]!;
    const text = story.title || story.link || 'Untitled';
    const content = story.link
      ? html`<a
          part="title-link"
          href=${story.link}
          target=${this.linkTarget || nothing}
          rel=${this.linkTarget ? 'noopener noreferrer' : nothing}
          >${text}</a
        >`
      : text;
    // (Publisher text takes its own direction: a Hebrew headline on an English page reads right to left.)
    return staticHtml`<${tag} part="title" class="title" dir=${textDirection(text) ?? nothing}>${content}</${tag}>`;
  }

  private renderMeta(story: Story, full: boolean) {
    const byline = full ? this.renderByline(story) : nothing;
    const date = story.published ? this.renderDate(story.published, 'date', 'date-time') : nothing;
    const updated =
      full && story.updated && revised(story)
        ? html`<span part="updated" class="updated"
            >${this.words(this.t.updated)}
            ${this.renderDate(story.updated, 'updated-date', 'updated-time', true)}</span
          >`
        : nothing;
    if (byline === nothing && date === nothing && updated === nothing) return nothing;
    return html`<p part="meta" class="meta">${byline}${date}${updated}</p>`;
  }

  private renderByline(story: Story) {
    const people = story.authors?.length ? story.authors : story.author ? [{ name: story.author }] : [];
    if (people.length === 0) return nothing;
    const parts = people.map((p) =>
      p.url
        ? html`<a
            href=${p.url}
            target=${this.linkTarget || nothing}
            rel="author${this.linkTarget ? ' noopener' : ''}"
            >${p.name}</a
          >`
        : html`<bdi>${p.name}</bdi>`,
    );
    const joined = this.joinList(
      parts,
      people.map((p) => p.name),
    );
    // Each name is isolated (an Arabic name in an English byline keeps its place); the element's own words carry
    // their language when the page's has no table (English words on an Arabic page read left to right).
    return html`<span part="byline" class="byline">${this.words(this.t.by)} ${joined}</span>`;
  }

  /** Joins names the way the reader's language does ("A, B and C"), keeping links. */
  private joinList(parts: TemplateResult[], names: string[]): unknown[] {
    if (parts.length === 1) return parts;
    let pieces: { type: string; value: string }[];
    try {
      // In the language of the words around it ("By A and B", not "By A و B").
      pieces = new Intl.ListFormat(this.t.lang, { type: 'conjunction' }).formatToParts(names);
    } catch {
      pieces = names.flatMap((n, i) =>
        i === 0
          ? [{ type: 'element', value: n }]
          : [
              { type: 'literal', value: ', ' },
              { type: 'element', value: n },
            ],
      );
    }
    let i = 0;
    return pieces.map((p) => (p.type === 'element' ? parts[i++] : p.value));
  }

  /** A `<story-date>`; the update date shows the time too (it is often the same day as publication). */
  private renderDate(datetime: string, part: string, timePart: string, withTime = false) {
    const pattern = withTime ? '' : this.datePattern;
    const format = this.dateFormat || (withTime ? 'datetime' : 'date');
    return html`<story-date
      part=${part}
      exportparts="time: ${timePart}"
      datetime=${datetime}
      format=${pattern ? nothing : format}
      pattern=${pattern || nothing}
    ></story-date>`;
  }

  private renderImage(story: Story, full: boolean) {
    const image = story.image!;
    const sized = image.width !== undefined && image.height !== undefined;
    const caption = full && (image.caption || image.credit);
    return html`<figure part="figure" class="figure">
      <img
        part="image"
        class="image ${sized ? 'sized' : 'unsized'}"
        src=${image.url}
        alt=${image.alt ?? ''}
        width=${sized ? image.width! : nothing}
        height=${sized ? image.height! : nothing}
        loading=${full ? 'eager' : 'lazy'}
        decoding="async"
        referrerpolicy="no-referrer"
        @error=${this.handleImageError}
      />
      ${
        caption
          ? html`<figcaption part="caption" class="caption">
              ${image.caption ? html`<span class="caption-text">${image.caption}</span>` : nothing}
              ${image.credit ? html`<span part="credit" class="credit">${image.credit}</span>` : nothing}
            </figcaption>`
          : nothing
      }
    </figure>`;
  }

  private handleImageError = (): void => {
    // A broken image leaves no broken box behind.
    this.imageFailed = true;
  };

  private renderBody(story: Story) {
    if (this.noBody || !story.contentHtml) {
      // With `no-body`, the summary stands in (unless it is already shown as the dek).
      return nothing;
    }
    return this.renderHtml(story.contentHtml, 'body');
  }

  /** Publisher HTML, always through the sanitizer. */
  private renderHtml(source: string, part: 'dek' | 'summary' | 'body') {
    const content = this.asServer
      ? nothing
      : sanitizedHtml(source, {
          baseUrl: this.storyBase || documentBase(),
          target: this.linkTarget || undefined,
        });
    return part === 'body'
      ? html`<div part="body" class="body" dir=${textDirection(source) ?? nothing}>${content}</div>`
      : html`<div part=${part} class=${part} dir=${textDirection(source) ?? nothing}>${content}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticleElement;
  }
}
