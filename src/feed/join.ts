/**
 * One caller's share of a request several callers wait for: `flight`, unless `signal` aborts first, which rejects
 * this caller's promise with `aborted()` and then calls `left()` (where the owner cancels the request once nobody
 * waits). Without a signal, the caller never leaves.
 */
export function join<T>(
  flight: Promise<T>,
  signal: AbortSignal | undefined,
  aborted: () => Error,
  left: () => void,
): Promise<T> {
  if (!signal) return flight;
  return new Promise((resolve, reject) => {
    const abort = () => {
      reject(aborted());
      left();
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    flight.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
