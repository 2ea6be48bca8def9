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
 * Offers `work` for each item at its own moment, `perSecond` apart, whether or not earlier calls have
 * answered (open loop: a slow server does not slow the offered load down). At most `connections` calls
 * are on the wire; the rest wait their turn in the client, which their latency, counted from the moment
 * they were offered, includes. Returns the achieved rate.
 */
export async function openLoop<T>(items: readonly T[], perSecond: number, work: (item: T, offeredAt: number) => Promise<unknown>, connections = 64): Promise<number> {
  const started = performance.now();
  const running: Promise<unknown>[] = [];
  const waiting: (() => void)[] = [];
  let onTheWire = 0;
  const limited = async (item: T) => {
    const offeredAt = performance.now();
    if (onTheWire >= connections) await new Promise<void>((r) => waiting.push(r));
    onTheWire++;
    try {
      await work(item, offeredAt);
    } finally {
      onTheWire--;
      waiting.shift()?.();
    }
  };
  let next = 0;
  while (next < items.length) {
    const due = Math.floor(((performance.now() - started) / 1000) * perSecond) + 1;
    while (next < Math.min(due, items.length)) running.push(limited(items[next++]!));
    await new Promise((r) => setTimeout(r, 1));
  }
  await Promise.all(running);
  return items.length / ((performance.now() - started) / 1000);
}
