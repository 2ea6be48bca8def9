import type { DataSource } from 'typeorm';
import { OutboxRepository, ScopedDatabase, type SentDelivery, SYSTEM_SCOPE } from '#persistence';
import { LineJobName } from './line-jobs.js';
import type { LineProducer } from './line-producer.js';
import { outboxJobId } from './outbox-job-id.js';

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
    const missing: SentDelivery[] = [];
    let retried = 0;
    for (const row of rows) {
      const job = await this.producer.queue(row.agencyCode).getJob(outboxJobId(row.outboxId));
      if (!job) missing.push(row);
      // Its attempts ran out while a store was away (a Postgres outage longer than the backoff): try again.
      else if (await job.isFailed()) {
        await job.retry();
        retried++;
      }
    }
    await this.producer.add(
      missing.map((r) => ({
        agency: r.agencyCode,
        name: LineJobName.DELIVER_REFERRAL,
        data: { outboxId: r.outboxId, referralId: r.referralId, eventId: r.eventId },
        jobId: outboxJobId(r.outboxId),
      })),
    );
    return missing.length + retried;
  }
}
