import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { DEMO_PASSWORD } from '../../infra/scripts/demo.js';

export interface GqlError {
  message: string;
  path?: string[];
  extensions?: { code?: string; currentStatus?: string; fields?: { path: string[]; message: string }[]; correlationId?: string };
}

export interface GqlResponse<T> {
  data?: T | null;
  errors?: GqlError[];
}

/** A minimal GraphQL-over-HTTP client for tests, signed in as one account. */
export class GqlClient {
  constructor(
    readonly baseUrl: string,
    readonly token: string | null = null,
  ) {}

  static async signIn(baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<GqlClient> {
    const res = await new GqlClient(baseUrl).request<{ signIn: { token: string } }>(
      'mutation ($u: String!, $p: String!) { signIn(input: { username: $u, password: $p }) { token } }',
      { u: username, p: password },
    );
    if (!res.data) throw new Error(`sign-in failed for ${username}: ${JSON.stringify(res.errors)}`);
    return new GqlClient(baseUrl, res.data.signIn.token);
  }

  async request<T>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GqlResponse<T>;
  }

  /** Returns `data`, failing loudly with the errors when there is none. */
  async data<T>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<T> {
    const res = await this.request<T>(query, variables, headers);
    if (!res.data || res.errors) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data;
  }

  /** Subscribes over graphql-ws; events are collected in arrival order. */
  async subscribe<T>(query: string): Promise<Subscription<T>> {
    const client = createClient({
      url: `${this.baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${this.token}` },
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: () => undefined,
    });
    const subscription = new Subscription<T>(client);
    await subscription.start(query);
    return subscription;
  }
}

export class Subscription<T> {
  readonly events: { at: number; value: T }[] = [];
  readonly errors: unknown[] = [];
  private waiters: (() => void)[] = [];
  private unsubscribe: () => void = () => undefined;
  /** How the server closed the socket, once it has. */
  readonly closed: Promise<{ code: number; reason: string }>;

  constructor(private readonly client: Client) {
    this.closed = new Promise((resolve) => {
      client.on('closed', (event) => {
        const { code, reason } = event as { code: number; reason: unknown };
        resolve({ code, reason: String(reason) });
      });
    });
  }

  async start(query: string): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.client.on('connected', () => resolve());
      this.client.on('closed', (event) => reject(new Error(`socket closed: ${(event as { code?: number }).code}`)));
      this.unsubscribe = this.client.subscribe<T>(
        { query },
        {
          next: (result) => {
            if (result.errors) this.errors.push(result.errors);
            if (result.data) this.events.push({ at: performance.now(), value: result.data as T });
            this.waiters.splice(0).forEach((w) => w());
          },
          error: (error) => this.errors.push(error),
          complete: () => undefined,
        },
      );
    });
    // graphql-ws acknowledges the socket before the subscription is registered with Redis.
    await new Promise((r) => setTimeout(r, 100));
  }

  /** Resolves with the first event (from the start) matching `predicate`. */
  async waitFor(predicate: (value: T) => boolean, timeoutMs = 5_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find((e) => predicate(e.value));
      if (found) return found.value;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching event within ${timeoutMs} ms; saw ${JSON.stringify(this.events.map((e) => e.value))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async close(): Promise<void> {
    this.unsubscribe();
    await this.client.dispose();
  }
}
