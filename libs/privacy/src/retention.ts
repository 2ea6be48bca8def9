import { erasureCutoff, ProcessingActivity } from '#domain';
import { IdempotencyKeyRepository, type ScopedDatabase, SYSTEM_SCOPE, type VisitErasureRepository } from '#persistence';
import { traceFrom } from './trace.js';
import type { VisitEraser } from './visit-eraser.js';

/**
 * Erases the personal data of visits closed longer than the retention period (VisitErasureRepository.erase
 * says what goes and what stays); each erasure is itself logged. `now` is injected, so tests need no clock.
 */
export class Retention {
  constructor(
    private readonly db: ScopedDatabase,
    private readonly repository: VisitErasureRepository,
    private readonly eraser: VisitEraser,
    private readonly retentionDays: number,
    private readonly batchSize = 100,
    private readonly idempotencyKeys = new IdempotencyKeyRepository(),
  ) {}

  /** Idempotency keys past their expiry hold no personal data, but need not stay; returns how many went. */
  forgetExpiredIdempotencyKeys(now: Date): Promise<number> {
    return this.idempotencyKeys.forgetExpired(this.db.dataSource, now);
  }

  /** Returns how many visits were erased. */
  async eraseExpired(now: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const erased = await this.eraseBatch(now);
      total += erased;
      if (erased < this.batchSize) return total;
    }
  }

  private eraseBatch(now: Date): Promise<number> {
    return this.db.run(SYSTEM_SCOPE, async (manager) => {
      const visits = await this.repository.claimExpired(manager, erasureCutoff(now, this.retentionDays), this.batchSize);
      await this.eraser.erase(manager, traceFrom(undefined), { id: null, role: 'SYSTEM' }, ProcessingActivity.RETENTION, visits, now);
      return visits.length;
    });
  }
}
