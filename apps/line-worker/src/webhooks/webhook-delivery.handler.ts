import { Inject, Injectable, Logger } from '@nestjs/common';
import { DelayedError, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { DeliveryMode, ReferralStatus } from '#domain';
import { WEBHOOK_CONFIG, type WebhookConfig } from '#config';
import { publishDeliveryAlert, REDIS, referralCloudEvent, webhookBackoffMs, type WebhookJobData, WebhookSender } from '#lines';
import { WorkMetrics } from '#operations';
import { AgencyDeliveryRepository, type RaisedAlert, ScopedDatabase } from '#persistence';
import { ReferralDeliveryHandler } from '../referral-delivery.handler.js';

/** Longer Retry-After answers are taken as a day; the receiver can ask again then. */
const MAX_RETRY_AFTER_MS = 24 * 3_600_000;

/** A failed attempt; BullMQ retries it after the webhook backoff. Carries no response content. */
export class WebhookDeliveryError extends Error {
  override name = 'WebhookDeliveryError';
}

/**
 * Sends one referral event to its agency's system. At least once: a crash after the POST and
 * before completion sends again with the same id, which the receiver dedupes.
 */
@Injectable()
export class WebhookDeliveryHandler {
  private readonly logger = new Logger('WebhookDelivery');
  private readonly repository: AgencyDeliveryRepository;
  private readonly sender: WebhookSender;

  constructor(
    @Inject(ScopedDatabase) db: ScopedDatabase,
    @Inject(WEBHOOK_CONFIG) private readonly config: WebhookConfig,
    @Inject(ReferralDeliveryHandler) private readonly portal: ReferralDeliveryHandler,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(WorkMetrics) private readonly metrics: WorkMetrics,
  ) {
    this.repository = new AgencyDeliveryRepository(db);
    this.sender = new WebhookSender(config.timeoutMs);
  }

  async handle(job: Job<WebhookJobData>, token?: string): Promise<void> {
    const event = await this.repository.lineEvent(job.data.eventId);
    if (!event) return;
    const target = await this.repository.target(event.agencyCode, new Date());
    if (target.mode === DeliveryMode.PORTAL) {
      // Switched back to the inbox meanwhile: a waiting referral lands there as any other.
      if (event.toStatus === ReferralStatus.REQUESTED) await this.portal.receive(event.referralId);
      return;
    }
    const letter = { agencyCode: event.agencyCode, referralId: event.referralId, eventId: event.eventId, attempts: job.attemptsMade };
    if (target.disabledAt || !target.endpointUrl || target.secrets.length === 0) {
      await this.repository.deadLetter({ ...letter, lastError: 'endpoint disabled or not configured' }, false);
      this.metrics.webhookDelivery(event.agencyCode, 'not_configured');
      return;
    }
    const outcome = await this.sender.send({ endpointUrl: target.endpointUrl, secrets: target.secrets }, referralCloudEvent(event, this.config.source));
    const attempts = job.attemptsMade + 1;
    const lastAttempt = outcome.kind === 'failed' && attempts >= (job.opts.attempts ?? 1);
    this.metrics.webhookDelivery(event.agencyCode, lastAttempt ? 'dead_letter' : outcome.kind);
    switch (outcome.kind) {
      case 'delivered':
        return;
      case 'gone':
        await this.alert(await this.repository.disableEndpoint(event.agencyCode, 'endpoint answered 410 Gone'));
        await this.repository.deadLetter({ ...letter, attempts, lastError: 'HTTP 410' }, false);
        return;
      case 'throttled': {
        // Honour Retry-After without spending an attempt; a missing header waits as a retry would.
        const wait = Math.min(outcome.retryAfterMs ?? webhookBackoffMs(job.attemptsMade + 1, this.config.backoffBaseMs, this.config.backoffMaxMs), MAX_RETRY_AFTER_MS);
        await job.moveToDelayed(Date.now() + wait, token);
        throw new DelayedError();
      }
      case 'failed': {
        if (lastAttempt) await this.alert(await this.repository.deadLetter({ ...letter, attempts, lastError: outcome.reason }, true));
        throw new WebhookDeliveryError(outcome.reason);
      }
    }
  }

  /** Stored first, then announced; a lost announcement leaves the stored alert for ADMIN's query. */
  private async alert(alert: RaisedAlert | null): Promise<void> {
    if (!alert) return;
    this.logger.warn(`alert for ${alert.agencyCode}: ${alert.kind} ${alert.detail}`);
    await publishDeliveryAlert(this.redis, alert).catch((error: unknown) => this.logger.error(`alert not published: ${error instanceof Error ? error.name : 'unknown'}`));
  }
}
