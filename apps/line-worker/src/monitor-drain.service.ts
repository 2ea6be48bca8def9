import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '#config';
import { MonitorRollups } from '#persistence';

/**
 * Folds the referrals the timeline marked into the monitor's rollups on an interval (decision 0008).
 * Several workers may run it: one holds the rollup lock per round, the others skip that round.
 */
@Injectable()
export class MonitorDrainService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MonitorDrain');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    @Inject(MonitorRollups) private readonly rollups: MonitorRollups,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.round(), this.config.monitorDrainIntervalMs);
  }

  private round(): void {
    if (this.running) return;
    this.running = this.rollups
      .drainAll()
      .catch((error: unknown) => this.logger.error(`drain failed: ${error instanceof Error ? error.name : 'unknown'}`))
      .finally(() => {
        this.running = null;
      });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }
}
