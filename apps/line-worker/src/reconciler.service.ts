import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '#config';
import { LineProducer, Reconciler, SlaTimerScheduler } from '#lines';

/** Sweeps at start and on an interval, re-enqueuing deliveries and SLA timers Redis lost. */
@Injectable()
export class ReconcilerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Reconciler');
  private readonly reconciler: Reconciler;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    @Inject(DataSource) db: DataSource,
    @Inject(LineProducer) producer: LineProducer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SlaTimerScheduler) private readonly timers: SlaTimerScheduler,
  ) {
    this.reconciler = new Reconciler(db, producer);
  }

  onApplicationBootstrap(): void {
    this.sweep();
    this.timer = setInterval(() => this.sweep(), this.config.reconcileIntervalMs);
  }

  private sweep(): void {
    if (this.running) return;
    this.running = Promise.all([this.reconciler.reconcile(), this.timers.reconcile()])
      .then(([deliveries, timers]) => {
        if (deliveries > 0) this.logger.log(`re-enqueued ${deliveries} deliveries`);
        if (timers > 0) this.logger.log(`re-scheduled ${timers} SLA timers`);
      })
      .catch((error: unknown) => this.logger.error(`sweep failed: ${error instanceof Error ? error.name : 'unknown'}`))
      .finally(() => {
        this.running = null;
      });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
