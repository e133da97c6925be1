import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import {
  resolveLocale,
  closestAttribute,
  supportedTimeZone,
  overServerRender,
  unwatchContext,
  watchContext,
} from '../../shared/context.js';
import { restoreCleared } from '../../shared/cleared.js';
import {
  DATE_FORMATS,
  formatStoryDate,
  loadPatternFormatter,
  parseDuration,
  type DateFormat,
  type Rendered,
} from './format.js';
import { readDate, loadDateReader } from './read-date.js';
import { plainIso } from '../../feed/iso.js';
import { watch, unwatch, type Tickable } from './ticker.js';
import { styles } from './story-date.styles.js';

const DEFAULT_THRESHOLD = 7 * 24 * 60 * 60 * 1000;

/**
 * A story's date, absolute ("October 31, 2023") or relative ("3 hours ago"), localized from the nearest
 * `lang` and shown in the nearest `time-zone`. Relative dates stay current on one shared timer for the whole
 * page, which sleeps while the page is hidden. Screen readers hear the full date as well as the relative one.
 *
 * @summary Localized absolute or live relative story date.
 * @tagname story-date
 * @slot - Fallback shown when `datetime` is missing or cannot be read (e.g. the server-rendered date text).
 * @csspart time - The rendered `<time>` element.
 * @cssprop [--story-date-color=var(--news-muted, inherit)] - Text color.
 * @cssprop [--story-date-font=inherit] - Font family.
 * @cssprop [--story-date-font-size=inherit] - Font size.
 */
export class StoryDateElement extends LitElement implements Tickable {
  static override styles = styles;

  // Declared without decorators: the decorator runtime would be most of this element's own weight.
  static override properties = {
    datetime: { reflect: true },
    format: {},
    pattern: {},
    threshold: {},
    locale: {},
    timeZone: { attribute: 'time-zone' },
  };

  /**
   * When the story happened: ISO 8601 (`2023-10-31T09:00:00Z`, or a calendar date `2023-10-31`), RFC 822
   * (`Tue, 31 Oct 2023 09:00:00 GMT`) or any other form `parseDate` reads. Empty or unreadable shows the slot.
   */
  datetime = '';

  /**
   * How to show the date: `auto` (relative within `threshold`, absolute beyond), `relative`, `date`,
   * `datetime` or `time`. Unknown values mean `auto`.
   */
  format: DateFormat = 'auto';

  /** A date-fns pattern such as `EEEE, MMMM d, yyyy`; when set it wins over `format`. Words follow `locale`. */
  pattern = '';

  /** ISO 8601 duration within which `auto` shows a relative date. Default `P7D` (seven days). */
  threshold = 'P7D';

  /** BCP 47 language tag. Default: the nearest ancestor's `lang`, else the document's, else the browser's. */
  locale = '';

  /** IANA time zone such as `Europe/Paris`. Default: the nearest ancestor's `time-zone` attribute, else the reader's. */
  timeZone = '';

  private rendered: Rendered | null = null;
  /** A lazily loaded module (the full date reader, the pattern formatter) this element waits for. */
  private pending: Promise<unknown> | null = null;
  private instant: Date | null = null;
  /** This render hydrates a server's (see `render`). */
  private hydrating = false;
  private dateOnly = false;

  /**
   * The date as a `Date` (`null` when `datetime` is empty or unreadable). Setting it sets `datetime`. A form
   * other than ISO 8601 (`Tue, 31 Oct 2023 09:00:00 GMT`) is read once the page's first such date has loaded the
   * date reader: until then `date` is `null`; `await el.updateComplete` waits for it.
   */
  get date(): Date | null {
    const iso = readDate(this.datetime);
    return iso ? new Date(iso) : null;
  }
  set date(value: Date | null) {
    this.datetime = value && !Number.isNaN(value.getTime()) ? value.toISOString() : '';
  }

  constructor() {
    super();
    // A `date` set before the element was upgraded (created before its definition loaded, or in a template) is
    // an own property hiding the accessor: hand it to the accessor. Lit does this for the reactive properties.
    if (Object.hasOwn(this, 'date')) {
      const value = this.date;
      delete (this as { date?: Date | null }).date;
      this.date = value;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchContext(this);
    // Reconnected elements need a fresh text (the time has passed, and the new place may have another `lang`)
    // and a new subscription.
    if (this.hasUpdated) this.contextChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchContext(this);
    unwatch(this);
  }

  /**
   * Called when a `lang` or `time-zone` attribute changes on the page: formats again.
   * @internal
   */
  contextChanged(): void {
    this.compute(Date.now());
    this.requestUpdate();
  }

  /** Called by the shared timer; re-renders and says when to come back. */
  tick(now: number): number {
    this.compute(now);
    this.requestUpdate();
    return this.rendered?.refreshIn ?? Infinity;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    restoreCleared(this, changed);
    // Property changes (and first render) recompute; ticks have computed already.
    if (changed.size > 0 || !this.rendered) this.compute(Date.now());
  }

  protected override updated(): void {
    if (this.hydrating) {
      this.hydrating = false;
      this.requestUpdate();
    }
    if (this.isConnected) watch(this, this.rendered?.refreshIn ?? Infinity);
  }

  private compute(now: number): void {
    // A server renders only what needs no lazily loaded module (plain ISO 8601, no pattern), whether or not an
    // earlier render loaded one: the browser's first render, which hydrates it, has none yet.
    if (isServer && (this.pattern || !plainIso(this.datetime?.trim() ?? ''))) {
      this.instant = this.rendered = null;
      return;
    }
    const iso = readDate(this.datetime);
    // Not plain ISO 8601: the slot shows until the full date reader has loaded.
    if (iso === undefined) this.awaitLoad(loadDateReader());
    if (!iso) {
      this.instant = this.rendered = null;
      return;
    }
    this.instant = new Date(iso);
    // (A calendar date, `2023-10-31`: a day, which no time zone may move.)
    this.dateOnly = iso.length == 10;
    try {
      this.rendered = formatStoryDate(this.instant, {
        locale: resolveLocale(this, this.locale),
        timeZone: supportedTimeZone(this.timeZone || closestAttribute(this, 'time-zone')),
        format: DATE_FORMATS.includes(this.format) ? this.format : 'auto',
        pattern: this.pattern || undefined,
        threshold: parseDuration(this.threshold) ?? DEFAULT_THRESHOLD,
        dateOnly: this.dateOnly,
        now,
      });
      if (this.rendered.text === null) this.awaitLoad(loadPatternFormatter());
    } catch {
      // Formatting must never break the page: fall back to the slot.
      this.rendered = null;
    }
  }

  /**
   * The first non-ISO date or `pattern` on a page loads the date reader or the pattern formatter; re-render once
   * it is there. A failed load keeps the slot, and the next change tries again.
   */
  private awaitLoad(loading: Promise<unknown>): void {
    this.pending ??= loading.then((loaded) => {
      this.pending = null;
      if (loaded) {
        this.rendered = null;
        this.requestUpdate();
      }
    });
  }

  /** Also waits for what is loading, so `await el.updateComplete` means "the final text is shown". */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pending) {
      await this.pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  override render() {
    const r = this.rendered;
    // Unreadable dates keep the author's own text rather than showing "Invalid Date"; so does a pattern
    // whose formatter is still loading (the server-rendered text is the best placeholder there is).
    if (!r || !this.instant || r.text === null) return html`<slot></slot>`;
    const extra = r.full !== r.text;
    // A calendar date stays a calendar date in the markup too.
    const machine = this.instant.toISOString();
    // Over a server's render, a first render with blank text hydrates it, so that the next writes the reader's
    // own (a server knows neither the reader's time zone nor, often, the page's language).
    if (overServerRender(this)) this.hydrating = true;
    const [text, full] = this.hydrating ? ['', ''] : [r.text, r.full];
    return html`<time part="time" datetime=${this.dateOnly ? machine.slice(0, 10) : machine} title=${full}
      ><span aria-hidden=${extra ? 'true' : nothing}>${text}</span>${
        extra ? html`<span class="visually-hidden">${text} (${full})</span>` : nothing
      }</time
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'story-date': StoryDateElement;
  }
}
