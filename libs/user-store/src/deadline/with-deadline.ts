/**
 * Settles with `work` (its failure mapped by `onError`), or rejects with `onTimeout()` after `ms`. One timer and one
 * promise per call: this sits on every store operation. `work` always gets a handler, so a command that fails after
 * its caller gave up never becomes an unhandled rejection.
 */
export function withDeadline<T>(
  work: Promise<T>,
  ms: number,
  onTimeout: () => Error,
  onError: (error: unknown) => unknown = (error) => error,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(onTimeout()), ms);
    timer.unref();
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(onError(error));
      },
    );
  });
}
