import type { AgencyCode } from '#domain';

/** The one job an agency's webhook queue carries. Ids only, never personal data. */
export const WEBHOOK_JOB = 'referral.webhook';

export interface WebhookJobData {
  readonly referralId: string;
  /** The timeline event; also the CloudEvent id and the `webhook-id`, so every retry dedupes. */
  readonly eventId: string;
}

/** One queue per agency system, apart from the line itself, so its retries stay its own. */
export function webhookQueueName(agency: AgencyCode): string {
  return `{hook-${agency}}`;
}

export function webhookJobId(eventId: string): string {
  return `hook-${eventId}`;
}

/** Name of the custom backoff the webhook workers implement (see webhook-backoff.ts). */
export const WEBHOOK_BACKOFF = 'webhook-jitter';

export function webhookJobOptions(attempts: number) {
  return {
    attempts,
    backoff: { type: WEBHOOK_BACKOFF },
    removeOnComplete: { age: 24 * 3600, count: 10_000 },
    removeOnFail: { age: 30 * 24 * 3600 },
  } as const;
}
