/**
 * A reference agency system: what an agency builds to take Loketlijn webhooks. It verifies the
 * Standard Webhooks signature with the public `standardwebhooks` library, reads the CloudEvent with
 * the CloudEvents SDK, dedupes on the event id, and calls the hub back as a machine client
 * (OAuth2 client credentials) to acknowledge, fetch and accept the referral.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CloudEventV1, HTTP } from 'cloudevents';
import { Webhook } from 'standardwebhooks';

export interface ReceivedDelivery {
  /** Date.now() when the request arrived. */
  readonly at: number;
  readonly webhookId: string | null;
  readonly signatures: number;
  /** Why the request was refused before reading it, if it was. */
  readonly rejected: string | null;
  readonly event: CloudEventV1<ReferralEventData> | null;
  readonly duplicate: boolean;
}

export interface ReferralEventData {
  referralId: string;
  agencyCode: string;
  status: string;
  previousStatus: string | null;
}

export interface Answer {
  readonly status: number;
  readonly headers?: Record<string, string>;
}

export interface ReceiverOptions {
  /** The whsec_ secrets this system trusts: one, or two while it switches after a rotation. */
  readonly secrets: readonly string[];
  /** The hub to call back; without it the receiver only verifies, dedupes and answers. */
  readonly hub?: { readonly url: string; readonly clientId: string; readonly clientSecret: string };
  /** Accept after acknowledging (pickup by the system). */
  readonly accept?: boolean;
  /** Scripted answer for a verified, new event before it is processed (500, 410, 429, a hang...). */
  readonly before?: (event: CloudEventV1<ReferralEventData>, delivery: number) => Promise<Answer | null> | Answer | null;
  /** Runs after processing and before answering (e.g. to crash the sender meanwhile). */
  readonly after?: (event: CloudEventV1<ReferralEventData>) => Promise<void> | void;
}

const REQUESTED = 'nl.overheid.loketlijn.referral-requested';

export class ReferenceReceiver {
  readonly deliveries: ReceivedDelivery[] = [];
  /** Event ids processed; a redelivery of one is answered 200 and not processed again. */
  readonly processed = new Set<string>();
  /** GraphQL errors the hub answered to the callbacks, by code. */
  readonly callbackErrors: string[] = [];
  private server: Server | null = null;
  private token: Promise<{ value: string; until: number }> | null = null;
  private waiters: (() => void)[] = [];

  constructor(private options: ReceiverOptions) {}

  /** Changes what the receiver trusts or calls, e.g. once ADMIN has issued its secret and client. */
  configure(options: Partial<ReceiverOptions>): void {
    this.options = { ...this.options, ...options };
    this.token = null;
  }

  async start(port = 0): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.handle(req.headers, Buffer.concat(chunks).toString('utf8')).then(
          (answer) => {
            if (res.destroyed) return;
            res.writeHead(answer.status, answer.headers ?? {}).end();
          },
          () => {
            if (!res.destroyed) res.writeHead(500).end();
          },
        );
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/loketlijn/events`;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  /** Resolves when a delivery matching `predicate` has arrived. */
  async waitFor(predicate: (d: ReceivedDelivery) => boolean, timeoutMs = 10_000): Promise<ReceivedDelivery> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.deliveries.find(predicate);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching delivery within ${timeoutMs} ms; got ${JSON.stringify(this.deliveries.map((d) => [d.webhookId, d.rejected, d.duplicate]))}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private record(delivery: ReceivedDelivery): void {
    this.deliveries.push(delivery);
    this.waiters.splice(0).forEach((w) => w());
  }

  private verify(headers: IncomingHttpHeaders, body: string): string | null {
    let reason = 'no secret';
    for (const secret of this.options.secrets) {
      try {
        new Webhook(secret).verify(body, headers as Record<string, string>);
        return null;
      } catch (error) {
        reason = error instanceof Error ? error.message : String(error);
      }
    }
    return reason;
  }

  private async handle(headers: IncomingHttpHeaders, body: string): Promise<Answer> {
    const at = Date.now();
    const webhookId = typeof headers['webhook-id'] === 'string' ? headers['webhook-id'] : null;
    const signatures = typeof headers['webhook-signature'] === 'string' ? headers['webhook-signature'].split(' ').length : 0;
    const rejected = this.verify(headers, body);
    if (rejected) {
      this.record({ at, webhookId, signatures, rejected, event: null, duplicate: false });
      return { status: 401 };
    }
    let event: CloudEventV1<ReferralEventData>;
    try {
      event = HTTP.toEvent<ReferralEventData>({ headers, body }) as CloudEventV1<ReferralEventData>;
    } catch {
      this.record({ at, webhookId, signatures, rejected: 'not a CloudEvent', event: null, duplicate: false });
      return { status: 400 };
    }
    const duplicate = this.processed.has(event.id);
    const delivery = this.deliveries.filter((d) => d.event?.id === event.id).length + 1;
    this.record({ at, webhookId, signatures, rejected: null, event, duplicate });
    if (duplicate) return { status: 200 };
    const scripted = await this.options.before?.(event, delivery);
    if (scripted) return scripted;
    await this.process(event);
    this.processed.add(event.id);
    await this.options.after?.(event);
    return { status: 204 };
  }

  /** Acknowledge, fetch what was consented, accept. A move already made answers CONFLICT: fine. */
  private async process(event: CloudEventV1<ReferralEventData>): Promise<void> {
    if (!this.options.hub || event.type !== REQUESTED || !event.subject) return;
    const id = event.subject;
    await this.call('mutation ($id: ID!) { acknowledgeReferral(id: $id) { id status } }', { id });
    await this.call('query ($id: ID!) { fetchReferral(id: $id) { id reference status citizen { name phone } } }', { id });
    if (this.options.accept ?? true) await this.call('mutation ($id: ID!) { acceptReferral(id: $id) { id status } }', { id });
  }

  private async call(query: string, variables: Record<string, unknown>): Promise<void> {
    const hub = this.options.hub!;
    const response = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await this.accessToken()}` },
      body: JSON.stringify({ query, variables }),
    });
    const result = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    for (const error of result.errors ?? []) {
      const code = error.extensions?.code ?? 'UNKNOWN';
      this.callbackErrors.push(code);
      if (code !== 'CONFLICT') throw new Error(`hub answered ${code}`);
    }
  }

  /** One token request at a time, reused until shortly before it expires. */
  private async accessToken(): Promise<string> {
    this.token ??= this.requestToken();
    const pending = this.token;
    try {
      const token = await pending;
      if (token.until > Date.now() + 10_000) return token.value;
      if (this.token === pending) this.token = this.requestToken();
      return (await this.token).value;
    } catch (error) {
      if (this.token === pending) this.token = null;
      throw error;
    }
  }

  private async requestToken(): Promise<{ value: string; until: number }> {
    const hub = this.options.hub!;
    const response = await fetch(`${hub.url}/oauth/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`${encodeURIComponent(hub.clientId)}:${encodeURIComponent(hub.clientSecret)}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
    });
    if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
    const token = (await response.json()) as { access_token: string; expires_in: number };
    return { value: token.access_token, until: Date.now() + token.expires_in * 1000 };
  }
}
