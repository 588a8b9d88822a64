/**
 * Whether `work` settles within `timeoutMs`: what a shutdown waits for is bounded, and the timer is cleared either
 * way, so it never holds the process open. `work` must not reject (what is waited for here logs its own failures).
 */
export async function settlesWithin(work: Promise<unknown>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([work.then(() => true as const), expired]);
  } finally {
    clearTimeout(timer);
  }
}
