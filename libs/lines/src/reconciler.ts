import type { DataSource } from 'typeorm';
import { OutboxRepository, ScopedDatabase, SYSTEM_SCOPE } from '#persistence';
import { LineJobName } from './line-jobs.js';
import type { LineProducer } from './line-producer.js';
import { outboxJobId } from './outbox-job-id.js';

/** Deliveries checked against Redis per round trip. */
const CHUNK = 1_000;

/**
 * Rebuilds Redis from Postgres: every referral still REQUESTED gets its delivery job again, with
 * the same job id, so a job that still exists is left alone, one lost with Redis comes back, and one
 * that failed for good (its retries spent during an outage) runs again.
 */
export class Reconciler {
  private readonly db: ScopedDatabase;

  constructor(
    dataSource: DataSource,
    private readonly producer: LineProducer,
    /** Leave fresh rows to the relay. */
    private readonly graceSeconds = 2,
  ) {
    this.db = new ScopedDatabase(dataSource);
  }

  async reconcile(): Promise<number> {
    const rows = await this.db.run(SYSTEM_SCOPE, (manager) => new OutboxRepository(manager).sentButStillRequested(this.graceSeconds));
    let restored = 0;
    // A line that was down for hours holds thousands of these: checked per chunk, not a round trip each.
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      const standing = await this.producer.standing(chunk.map((r) => ({ agency: r.agencyCode, jobId: outboxJobId(r.outboxId) })));
      const missing = chunk.filter((_, j) => standing[j] === 'missing');
      // Its attempts ran out while a store was away (a Postgres outage longer than the backoff): try again.
      for (const row of chunk.filter((_, j) => standing[j] === 'failed')) await (await this.producer.queue(row.agencyCode).getJob(outboxJobId(row.outboxId)))?.retry();
      await this.producer.add(
        missing.map((r) => ({
          agency: r.agencyCode,
          name: LineJobName.DELIVER_REFERRAL,
          data: { outboxId: r.outboxId, referralId: r.referralId, eventId: r.eventId },
          jobId: outboxJobId(r.outboxId),
        })),
      );
      restored += chunk.length - standing.filter((s) => s === 'present').length;
    }
    return restored;
  }
}
