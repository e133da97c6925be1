/**
 * A module loaded on first use, once for the whole page. `load()` resolves to it, or to undefined when the
 * import failed (offline after a deploy); the next `load()` then tries again, so callers re-render only on
 * success and never loop on a failure. `get()` is the module once it is there.
 */
export function lazy<T>(importer: () => Promise<T>): {
  get: () => T | undefined;
  load: () => Promise<T | undefined>;
} {
  let module: T | undefined;
  let loading: Promise<T | undefined> | undefined;
  return {
    get: () => module,
    load: () =>
      (loading ??= importer().then(
        (m) => (module = m),
        () => (loading = undefined),
      )),
  };
}
