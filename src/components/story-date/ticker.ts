/**
 * One timer for every relative `<story-date>` on the page.
 *
 * Each subscriber says when its text next goes stale; the ticker sleeps until the earliest of those, updates
 * the due ones, and sleeps again. While the page is hidden nothing runs; on return everything is refreshed
 * once. With no subscribers there is no timer and no listener at all.
 */
export interface Tickable {
  /** Re-renders and returns milliseconds until the next change (`Infinity` to unsubscribe). */
  tick(now: number): number;
}

const due = new Map<Tickable, number>();
let timer: ReturnType<typeof setTimeout> | undefined;
/** When the pending timer fires; a new subscriber only reschedules if it is due earlier. */
let timerAt = Infinity;
let listening = false;

const hidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden';

/** The earliest due time (a loop: spreading thousands of values into Math.min overflows the call's arguments). */
function earliest(): number {
  let min = Infinity;
  for (const at of due.values()) if (at < min) min = at;
  return min;
}

function schedule(next = due.size === 0 || hidden() ? Infinity : earliest()): void {
  // Keep a pending timer that fires early enough: re-rendering twenty dates must not set twenty timers.
  if (timer !== undefined && timerAt <= next && next !== Infinity) return;
  // (clearTimeout ignores undefined.)
  clearTimeout(timer);
  timer = undefined;
  timerAt = next;
  if (next === Infinity) return;
  // Browsers clamp delays above 2^31-1 ms to 1 ms; cap at a day and re-check.
  const delay = Math.min(Math.max(next - Date.now(), 0), 86_400_000);
  timer = setTimeout(run, delay);
}

function run(): void {
  timer = undefined;
  timerAt = Infinity;
  const now = Date.now();
  for (const [item, at] of [...due]) {
    if (at <= now) set(item, item.tick(now), now);
  }
  schedule();
}

function set(item: Tickable, refreshIn: number, now: number): void {
  if (Number.isFinite(refreshIn)) due.set(item, now + refreshIn);
  else due.delete(item);
}

function handleVisibility(): void {
  if (hidden()) return schedule();
  const now = Date.now();
  for (const item of [...due.keys()]) set(item, item.tick(now), now);
  schedule();
}

/**
 * Subscribes `item` (or updates its due time); `Infinity` unsubscribes. Only an earlier due time moves the timer,
 * so that each of a page's thousands of dates costs no look at all the others; a timer that then fires early finds
 * nothing due and sleeps again.
 */
export function watch(item: Tickable, refreshIn: number): void {
  const now = Date.now();
  set(item, refreshIn, now);
  if (due.size && !listening && typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', handleVisibility);
    listening = true;
  } else if (!due.size && listening) {
    document.removeEventListener('visibilitychange', handleVisibility);
    listening = false;
  }
  if (!due.size) schedule(Infinity);
  else if (Number.isFinite(refreshIn) && !hidden() && now + refreshIn < timerAt) schedule(now + refreshIn);
}

export function unwatch(item: Tickable): void {
  watch(item, Infinity);
}

/** For tests and diagnostics: how many dates are live and whether a timer is pending. */
export function tickerState(): { subscribers: number; timerPending: boolean } {
  return { subscribers: due.size, timerPending: timer !== undefined };
}
