/** An image of a story or a feed. `url` is absolute http(s). */
export interface Image {
  url: string;
  alt?: string;
  width?: number;
  height?: number;
  caption?: string;
  credit?: string;
}

/**
 * One story in our model. Dates are ISO 8601 UTC instants (`2023-10-31T09:00:00.000Z`), except a date given
 * without a time, which is a calendar date (`2023-10-31`: the same instant to `Date.parse`) so that no reader's
 * time zone shows it as the day before. `summary` and `contentHtml` keep the publisher's HTML (sanitized only
 * when rendered); `title` is plain text. Links and image URLs are absolute http(s).
 */
export interface Story {
  id?: string;
  title: string;
  link?: string;
  summary?: string;
  contentHtml?: string;
  published?: string;
  updated?: string;
  author?: string;
  authors?: { name: string; url?: string }[];
  categories: string[];
  image?: Image;
  section?: string;
  source?: { title?: string; link?: string };
}

/** A parsed feed. */
export interface Feed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title?: string;
  link?: string;
  /** HTML, like a story's summary (sanitize before rendering). */
  description?: string;
  language?: string;
  image?: Image;
  updated?: string;
  items: Story[];
}
