/**
 * news-elements: registers `<news-article>`, `<latest-stories>` and `<story-date>`, and exports their classes,
 * types and library functions.
 * @packageDocumentation
 */
export { StoryDateElement } from './components/story-date/define.js';
export { NewsArticleElement } from './components/news-article/define.js';
export { LatestStoriesElement } from './components/latest-stories/define.js';
export type { DateFormat } from './components/story-date/format.js';
export type { StoriesLayout } from './components/latest-stories/latest-stories.js';
export type { NewsArticleLayout } from './components/news-article/news-article.js';
export type { UiStrings, UiStringsOverride, PluralMessage } from './shared/strings.js';
export type {
  NewsLoadDetail,
  NewsErrorDetail,
  NewsSelectDetail,
  NewsEventDetailMap,
} from './shared/events.js';
export * from './feed/index.js';
export * from './sanitize/index.js';
