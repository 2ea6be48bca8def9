import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '#config';
import { AbandonedVisits, KeyRotation, Retention } from '#privacy';

/**
 * Background privacy work on an interval: re-seal personal data still under an old field key, close
 * visits abandoned at the desk (so their retention period starts), and erase the personal data of
 * visits closed longer than the retention period, and forget expired idempotency keys. Each claims rows with SKIP LOCKED, so several
 * workers can run at once.
 */
@Injectable()
export class PrivacyMaintenanceService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PrivacyMaintenance');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    @Inject(KeyRotation) private readonly rotation: KeyRotation,
    @Inject(AbandonedVisits) private readonly abandoned: AbandonedVisits,
    @Inject(Retention) private readonly retention: Retention,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.sweep();
    this.timer = setInterval(() => this.sweep(), this.config.privacyIntervalMs);
  }

  private sweep(): void {
    if (this.running) return;
    this.running = (async () => {
      const rotated = await this.rotation.rotateAll();
      if (rotated.resealed > 0) this.logger.log(`re-sealed ${rotated.resealed} values under key ${this.config.fieldKeyCurrent}`);
      for (const [where, count] of Object.entries(rotated.unreadable)) {
        // Counts and column names only; such a value stays as it is until someone looks (tampering, or a key removed too soon).
        this.logger.warn(`${count} values in ${where} open under no configured field key; left under their old key`);
      }
      const closed = await this.abandoned.closeAbandoned(new Date());
      if (closed > 0) this.logger.log(`closed ${closed} abandoned visits`);
      const erased = await this.retention.eraseExpired(new Date());
      if (erased > 0) this.logger.log(`erased the personal data of ${erased} closed visits`);
      const forgotten = await this.retention.forgetExpiredIdempotencyKeys(new Date());
      if (forgotten > 0) this.logger.log(`forgot ${forgotten} expired idempotency keys`);
    })()
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
