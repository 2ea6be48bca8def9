import pg from 'pg';

/** Waits between reconnect attempts: doubling from the first, capped, so a returning Postgres is heard within seconds. */
export const LISTEN_BACKOFF = { firstMs: 200, maxMs: 2_000 } as const;

export function listenBackoffMs(attempt: number): number {
  return Math.min(LISTEN_BACKOFF.maxMs, LISTEN_BACKOFF.firstMs * 2 ** attempt);
}

/**
 * One dedicated Postgres connection holding LISTEN on a channel, for as long as it is open. When Postgres
 * restarts or the connection drops, it connects again with backoff until it is closed, and calls
 * `onListening` after every (re)connect: notifications sent while it was away are lost, so the owner
 * catches up then.
 */
export class ListenConnection {
  private client: pg.Client | null = null;
  private closed = true;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly databaseUrl: string,
    private readonly channel: string,
    private readonly applicationName: string,
    private readonly handlers: { onNotification: () => void; onListening: () => void; onError: (error: unknown) => void },
  ) {}

  /** Resolves once listening the first time; throws when the first attempt fails (a hub must not boot deaf). */
  async open(): Promise<void> {
    this.closed = false;
    await this.connect();
  }

  get listening(): boolean {
    return this.client !== null;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, application_name: this.applicationName });
    let lost = false;
    const onLost = (error?: unknown) => {
      if (lost) return;
      lost = true;
      if (error) this.handlers.onError(error);
      if (this.client === client) this.client = null;
      void client.end().catch(() => undefined);
      if (!this.closed) this.reconnect(0);
    };
    client.on('notification', () => this.handlers.onNotification());
    client.on('error', onLost);
    client.on('end', () => onLost());
    try {
      await client.connect();
      // eslint-disable-next-line no-restricted-syntax -- connection plumbing, not data access
      await client.query(`LISTEN ${this.channel}`);
    } catch (error) {
      lost = true; // the caller retries (or fails the boot); the listeners above must not also
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.handlers.onListening();
  }

  private reconnect(attempt: number): void {
    this.retry = setTimeout(() => {
      this.retry = null;
      if (this.closed) return;
      this.connect().catch((error: unknown) => {
        if (attempt === 0) this.handlers.onError(error);
        if (!this.closed) this.reconnect(attempt + 1);
      });
    }, listenBackoffMs(attempt));
    this.retry.unref();
  }
}
