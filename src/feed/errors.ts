/** Stable error codes of the feed functions. */
export type FeedErrorCode =
  | 'not-a-feed'
  | 'not-a-story'
  | 'empty'
  | 'network'
  | 'cors'
  | 'timeout'
  | 'aborted'
  | 'http'
  | 'too-large'
  | 'invalid-url';

/** The one error type of `news-elements/feed`; switch on `code`, never on `message`. */
export class FeedError extends Error {
  override name = 'FeedError';
  readonly code: FeedErrorCode;
  /** HTTP status, for `code: 'http'`. */
  readonly status?: number;
  /** The URL that failed, when there is one. */
  readonly url?: string;

  constructor(
    code: FeedErrorCode,
    message: string,
    options: { status?: number; url?: string; cause?: unknown } = {},
  ) {
    // Error installs `cause` from the options when they have the key: omit it, rather than pass undefined,
    // for an error with no cause.
    super(message, options);
    this.code = code;
    this.status = options.status;
    this.url = options.url;
  }
}

/**
 * `read()`, its errors other than FeedErrors (hostile input tripping a reader, a string too long to build) made a
 * FeedError `code` saying `message`: nothing else escapes the feed functions.
 * @internal
 */
export function guarded<T>(read: () => T, code: FeedErrorCode, message: string): T {
  try {
    return read();
  } catch (error) {
    throw error instanceof FeedError ? error : new FeedError(code, message, { cause: error });
  }
}
