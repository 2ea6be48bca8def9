import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DelayedError, type Job, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '#config';
import { createRedisConnection, SLA_TIMER_QUEUE, type TimerJobData, TimerJobName } from '#lines';
import { WorkMetrics } from '#operations';
import type { TimerFiring } from '#persistence';
import { SlaTimerHandler } from './sla-timer.handler.js';

type Handlers = { readonly [K in TimerJobName]: (data: TimerJobData) => Promise<TimerFiring> };

/** Refuses to start unless every timer job name has exactly one handler. */
export function assertTimerHandlers(handlers: Record<string, unknown>): void {
  const expected = Object.values(TimerJobName).sort();
  const actual = Object.keys(handlers).sort();
  if (JSON.stringify(expected) !== JSON.stringify(actual)) {
    throw new Error(`Timer job handlers do not match the job map: expected ${expected.join(', ')}, got ${actual.join(', ')}`);
  }
}

/** Runs the SLA timer queue: reminders, escalations and desk alerts when a line does not pick up in time. */
@Injectable()
export class SlaTimerWorkerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SlaTimers');
  private worker: Worker | null = null;
  private connection: Redis | null = null;
  private readonly handlers: Handlers;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SlaTimerHandler) timers: SlaTimerHandler,
    @Inject(WorkMetrics) private readonly metrics: WorkMetrics,
  ) {
    this.handlers = { [TimerJobName.FIRE_SLA_TIMER]: (data) => timers.fire(data) };
    assertTimerHandlers(this.handlers);
  }

  onApplicationBootstrap(): void {
    this.connection = createRedisConnection(this.config.redis, 'loketlijn-sla-timers');
    this.worker = new Worker(SLA_TIMER_QUEUE, (job: Job<TimerJobData>, token?: string) => this.process(job, token), {
      connection: this.connection,
      concurrency: 16,
    });
    this.worker.on('failed', (job, error) => this.logger.warn(`timer job ${job?.id ?? '?'} failed: ${error.name}`));
    this.worker.on('error', (error) => this.logger.error(`timer worker: ${error.name}`));
  }

  get running(): boolean {
    return this.worker?.isRunning() ?? false;
  }

  private async process(job: Job<TimerJobData>, token: string | undefined): Promise<TimerFiring> {
    const handler = this.handlers[job.name as TimerJobName] as Handlers[TimerJobName] | undefined;
    if (!handler) throw new UnrecoverableError(`No handler for job ${job.name}`);
    const firing = await handler(job.data);
    if (firing.result === 'EARLY') {
      // Woken before its time (promoted, or a clock ahead of ours): sleep again until the timer's time.
      await job.moveToDelayed(firing.fireAt.getTime(), token);
      throw new DelayedError();
    }
    if (firing.result !== 'SETTLED' && firing.missed) this.metrics.deadlineMissed(firing.missed.agencyCode, firing.missed.urgency, firing.missed.deadline);
    return firing;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
    await this.connection?.quit().catch(() => undefined);
  }
}
