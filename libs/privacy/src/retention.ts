import { erasureCutoff, ProcessingActivity, ProcessingOperation } from '#domain';
import { type ScopedDatabase, SYSTEM_SCOPE } from '#persistence';
import type { PersonalDataVault } from './personal-data-vault.js';
import type { ProcessingLog } from './processing-log.js';
import { traceFrom } from './trace.js';

/**
 * Erases the personal data of visits closed longer than the retention period: contact data,
 * questions, question texts, outcomes, representatives, the timeline's free-text reasons and the
 * appointments' places and extra items go; the visit and referral rows with their statuses and
 * timestamps stay, so every figure is the same after erasure. Each erasure is itself logged. `now` is injected, so tests need no clock.
 */
export class Retention {
  constructor(
    private readonly db: ScopedDatabase,
    private readonly vault: PersonalDataVault,
    private readonly log: ProcessingLog,
    private readonly retentionDays: number,
    private readonly batchSize = 100,
  ) {}

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
      const visits = (await manager.query(
        `SELECT id, data_subject FROM visit
          WHERE status = 'CLOSED' AND erased_at IS NULL AND closed_at < $1
          ORDER BY closed_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [erasureCutoff(now, this.retentionDays), this.batchSize],
      )) as { id: string; data_subject: string | null }[];
      if (visits.length === 0) return 0;
      const ids = visits.map((v) => v.id);
      await this.log.record(
        manager,
        traceFrom(undefined),
        { id: null, role: 'SYSTEM' },
        visits.map((v) => ({
          activity: ProcessingActivity.RETENTION,
          operation: ProcessingOperation.ERASE,
          dataSubject: v.data_subject ?? this.vault.dataSubject(v.id, null),
        })),
      );
      await manager.query(`DELETE FROM visit_citizen WHERE visit_id = ANY($1::uuid[])`, [ids]);
      await manager.query(
        `UPDATE referral_consent SET representative_sealed = NULL WHERE referral_id IN (SELECT id FROM referral WHERE visit_id = ANY($1::uuid[]))`,
        [ids],
      );
      await manager.query(
        `UPDATE referral_appointment SET place = NULL, extra_items = '[]'::jsonb WHERE referral_id IN (SELECT id FROM referral WHERE visit_id = ANY($1::uuid[]))`,
        [ids],
      );
      await manager.query(`DELETE FROM referral_event_note WHERE referral_id IN (SELECT id FROM referral WHERE visit_id = ANY($1::uuid[]))`, [ids]);
      await manager.query(`UPDATE referral SET summary_sealed = NULL, outcome_sealed = NULL, data_subject = NULL WHERE visit_id = ANY($1::uuid[])`, [ids]);
      await manager.query(`UPDATE visit SET questions_sealed = NULL, data_subject = NULL, erased_at = $2 WHERE id = ANY($1::uuid[])`, [ids, now]);
      return visits.length;
    });
  }
}
