/** Runs `work` over `items` with `clients` calls in flight (closed loop); returns calls per second. */
export async function closedLoop<T>(items: readonly T[], clients: number, work: (item: T) => Promise<unknown>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
  return items.length / ((performance.now() - started) / 1000);
}

/**
 * Starts `work` for each item at its own moment, `perSecond` apart, whether or not earlier calls have
 * answered (open loop: a slow server does not slow the offered load down). Returns the achieved rate.
 */
export async function openLoop<T>(items: readonly T[], perSecond: number, work: (item: T) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  const running: Promise<unknown>[] = [];
  let next = 0;
  while (next < items.length) {
    const due = Math.floor(((performance.now() - started) / 1000) * perSecond) + 1;
    while (next < Math.min(due, items.length)) running.push(work(items[next++]!));
    await new Promise((r) => setTimeout(r, 1));
  }
  await Promise.all(running);
  return items.length / ((performance.now() - started) / 1000);
}
