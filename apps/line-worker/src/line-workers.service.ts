import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import { AGENCY_CODES } from '#domain';
import { APP_CONFIG, type AppConfig } from '#config';
import { createRedisConnection, type LineJobData, type LineJobHandlers, LineJobName, lineQueueName } from '#lines';
import { ReferralDeliveryHandler } from './referral-delivery.handler.js';

/** Refuses to start unless every job name has exactly one handler. */
export function assertHandlers(handlers: Record<string, unknown>): void {
  const expected = Object.values(LineJobName).sort();
  const actual = Object.keys(handlers).sort();
  if (JSON.stringify(expected) !== JSON.stringify(actual)) {
    throw new Error(`Line job handlers do not match the job map: expected ${expected.join(', ')}, got ${actual.join(', ')}`);
  }
}

/** One BullMQ worker per professional line, so a slow line never holds up the others. */
@Injectable()
export class LineWorkersService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('LineWorkers');
  private workers: Worker[] = [];
  private readonly handlers: LineJobHandlers;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ReferralDeliveryHandler) delivery: ReferralDeliveryHandler,
  ) {
    this.handlers = { [LineJobName.DELIVER_REFERRAL]: (data) => delivery.deliver(data) };
    assertHandlers(this.handlers);
  }

  onApplicationBootstrap(): void {
    const connection = createRedisConnection(this.config.redis, 'loketlijn-line-worker');
    this.workers = AGENCY_CODES.map((agency) => {
      const worker = new Worker(lineQueueName(agency), (job: Job<LineJobData>) => this.process(job), {
        connection,
        concurrency: 16,
      });
      worker.on('failed', (job, error) => this.logger.warn(`job ${job?.id ?? '?'} on ${agency} failed: ${error.name}`));
      worker.on('error', (error) => this.logger.error(`worker ${agency}: ${error.name}`));
      return worker;
    });
  }

  /** Every line's worker is running (readiness reports it). */
  get running(): boolean {
    return this.workers.length === AGENCY_CODES.length && this.workers.every((w) => w.isRunning());
  }

  private process(job: Job<LineJobData>): Promise<void> {
    const handler = this.handlers[job.name as LineJobName] as ((data: LineJobData) => Promise<void>) | undefined;
    if (!handler) throw new UnrecoverableError(`No handler for job ${job.name}`);
    return handler(job.data);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }
}
