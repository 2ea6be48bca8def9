import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '#config';
import { EventPublisher, LineProducer, OutboxRelay, SlaTimerScheduler } from '#lines';
import { WorkMetrics } from '#operations';

/** Runs the outbox relay inside every hub instance; SKIP LOCKED keeps them out of each other's way. */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  readonly relay: OutboxRelay;

  constructor(
    @Inject(DataSource) db: DataSource,
    @Inject(LineProducer) producer: LineProducer,
    @Inject(EventPublisher) publisher: EventPublisher,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(SlaTimerScheduler) timers: SlaTimerScheduler,
    @Inject(WorkMetrics) metrics: WorkMetrics,
  ) {
    this.relay = new OutboxRelay(
      db,
      producer,
      publisher,
      config.appDatabaseUrl,
      (error) => this.logger.error(`relay error: ${error instanceof Error ? error.message : 'unknown'}`),
      undefined,
      timers,
      (steps) => metrics.handoffSteps(steps),
    );
  }

  onApplicationBootstrap(): Promise<void> {
    return this.relay.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.relay.stop();
  }
}
