import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { AGENCY_CODES } from '#domain';
import { APP_CONFIG, type AppConfig, WEBHOOK_CONFIG, type WebhookConfig } from '#config';
import { createRedisConnection, WEBHOOK_BACKOFF, webhookBackoffMs, type WebhookJobData, webhookQueueName } from '#lines';
import { WebhookDeliveryHandler } from './webhook-delivery.handler.js';

/**
 * One BullMQ worker per agency system, each with its own concurrency: an agency whose endpoint
 * hangs or fails fills only its own slots and its own retry schedule.
 */
@Injectable()
export class WebhookWorkersService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('WebhookWorkers');
  private workers: Worker[] = [];
  private connection: Redis | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WEBHOOK_CONFIG) private readonly webhooks: WebhookConfig,
    @Inject(WebhookDeliveryHandler) private readonly handler: WebhookDeliveryHandler,
  ) {}

  onApplicationBootstrap(): void {
    const connection = createRedisConnection(this.config.redis, 'loketlijn-webhook-worker');
    this.connection = connection;
    const { backoffBaseMs, backoffMaxMs, concurrency, lockMs } = this.webhooks;
    this.workers = AGENCY_CODES.map((agency) => {
      const worker = new Worker<WebhookJobData>(webhookQueueName(agency), (job: Job<WebhookJobData>, token?: string) => this.handler.handle(job, token), {
        connection,
        concurrency,
        lockDuration: lockMs,
        stalledInterval: lockMs,
        settings: {
          backoffStrategy: (attemptsMade: number, type?: string) => {
            if (type !== WEBHOOK_BACKOFF) throw new Error(`Unknown backoff ${type ?? ''}`);
            return webhookBackoffMs(attemptsMade, backoffBaseMs, backoffMaxMs);
          },
        },
      });
      worker.on('failed', (job, error) => this.logger.warn(`webhook ${job?.id ?? '?'} to ${agency} failed: ${error.message}`));
      worker.on('error', (error) => this.logger.error(`webhook worker ${agency}: ${error.name}`));
      return worker;
    });
  }

  /** Every agency system's worker is running (readiness reports it). */
  get running(): boolean {
    return this.workers.length === AGENCY_CODES.length && this.workers.every((w) => w.isRunning());
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
    this.connection?.disconnect();
  }
}
