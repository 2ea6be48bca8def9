import { type CloudEvent, HTTP } from 'cloudevents';
import { Webhook } from 'standardwebhooks';
import { retryAfterMs } from './webhook-backoff.js';

/** Where one agency system listens, and every secret that currently signs for it. */
export interface WebhookTarget {
  readonly endpointUrl: string;
  /** `whsec_...`; two during a rotation overlap, giving two signatures. */
  readonly secrets: readonly string[];
}

export type WebhookOutcome =
  | { readonly kind: 'delivered'; readonly status: number }
  | { readonly kind: 'gone' }
  | { readonly kind: 'throttled'; readonly retryAfterMs: number | null }
  | { readonly kind: 'failed'; readonly reason: string };

/** The Standard Webhooks headers for one message, signed with every given secret. */
export function signWebhook(secrets: readonly string[], id: string, timestamp: Date, body: string): Record<string, string> {
  if (secrets.length === 0) throw new Error('No signing secret');
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(id, timestamp, body)).join(' '),
  };
}

/**
 * POSTs a CloudEvent in structured mode, signed per Standard Webhooks. Never follows redirects and
 * never reads the answer's body: only its status (and Retry-After) count.
 */
export class WebhookSender {
  constructor(
    private readonly timeoutMs: number,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async send(target: WebhookTarget, event: CloudEvent<unknown>): Promise<WebhookOutcome> {
    const message = HTTP.structured(event);
    const body = message.body as string;
    const now = this.clock();
    let response: Response;
    try {
      response = await fetch(target.endpointUrl, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
        headers: {
          ...(message.headers as Record<string, string>),
          'user-agent': 'Loketlijn-Webhooks/1',
          ...signWebhook(target.secrets, event.id, now, body),
        },
        body,
      });
    } catch (error) {
      const name = error instanceof Error ? error.name : 'Error';
      return { kind: 'failed', reason: name === 'TimeoutError' ? 'timeout' : `network ${name}` };
    }
    await response.body?.cancel().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) return { kind: 'delivered', status: response.status };
    if (response.status === 410) return { kind: 'gone' };
    if (response.status === 429) return { kind: 'throttled', retryAfterMs: retryAfterMs(response.headers.get('retry-after'), now.getTime()) };
    return { kind: 'failed', reason: `HTTP ${response.status}` };
  }
}
