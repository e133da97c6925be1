import { plainIso } from '../../feed/iso.js';
import { lazy } from '../../shared/lazy.js';

/** The full date reader (`parseDate`), loaded on demand: most `datetime` attributes are plain ISO 8601. */
const reader = lazy(() => import('../../feed/dates.js'));

/** Loads `parseDate` for every `<story-date>` of the page; resolves to its module, or undefined on failure. */
export const loadDateReader = reader.load;

/**
 * The date in `text` as the model keeps it (`storyDate`): an ISO 8601 UTC instant, or a calendar date
 * (`2023-10-31`) when it has no time of day; null when nothing reads, or undefined while the reader is still loading.
 * Plain ISO 8601 dates, by far the most common `datetime`, are read here at once, to the same result; every other
 * form (`Tue, 31 Oct 2023 09:00:00 GMT`) and every edge (24:00, a leap second, a year 0099 written `99`…) is
 * `parseDate`'s, which `<story-date>` then loads. So the element costs no date parser up front.
 */
export function readDate(text: string | null | undefined): string | null | undefined {
  // (`datetime` is null once its attribute is removed.)
  text = text?.trim() ?? '';
  if (!text) return null;
  const quick = plainIso(text);
  // (Plain ISO 8601 of 10 characters is a date alone.)
  if (quick) return text.length == 10 ? text : quick;
  // (parseDate never throws; should it ever, the element shows its own content rather than breaking.)
  try {
    const module = reader.get();
    return module && (module.storyDate(text) ?? null);
  } catch {
    return null;
  }
}
