/**
 * Collects the loads one request makes within one tick (the sibling fields of a list) and serves
 * them with one call, as DataLoader does: one transaction and one processing-log insert for a
 * board of fifty visits instead of fifty.
 */
export class RequestBatch<K, V> {
  private pending: { key: K; resolve: (value: V) => void; reject: (error: unknown) => void }[] = [];

  constructor(private readonly loadAll: (keys: readonly K[]) => Promise<readonly V[]>) {}

  load(key: K): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => void this.flush());
      this.pending.push({ key, resolve, reject });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending.splice(0);
    try {
      const values = await this.loadAll(batch.map((b) => b.key));
      batch.forEach((b, i) => b.resolve(values[i]!));
    } catch (error) {
      batch.forEach((b) => b.reject(error));
    }
  }
}

/** One batch per request: keyed by the request's GraphQL context object, gone with it. */
export class RequestBatches<K, V> {
  private readonly batches = new WeakMap<object, RequestBatch<K, V>>();

  constructor(private readonly loadAll: (request: object, keys: readonly K[]) => Promise<readonly V[]>) {}

  load(request: object, key: K): Promise<V> {
    let batch = this.batches.get(request);
    if (!batch) {
      batch = new RequestBatch((keys) => this.loadAll(request, keys));
      this.batches.set(request, batch);
    }
    return batch.load(key);
  }
}
