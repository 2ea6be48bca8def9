import type { DataSource } from 'typeorm';
import { applyScope, SYSTEM_SCOPE } from '#persistence';
import { ReferralAction, ReferralStatus, type AgencyCode } from '#domain';
import { LineJobName } from './line-jobs.js';
import type { LineProducer } from './line-producer.js';
import { outboxJobId } from './outbox-job-id.js';

interface PendingDelivery {
  outbox_id: string;
  referral_id: string;
  event_id: string;
  agency_code: AgencyCode;
}

/**
 * Rebuilds Redis from Postgres: every referral still REQUESTED gets its delivery job again, with
 * the same job id, so a job that still exists is left alone, one lost with Redis comes back, and one
 * that failed for good (its retries spent during an outage) runs again.
 */
export class Reconciler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: LineProducer,
    /** Leave fresh rows to the relay. */
    private readonly graceSeconds = 2,
  ) {}

  async reconcile(): Promise<number> {
    const rows = (await this.dataSource.transaction(async (manager) => {
      await applyScope(manager, SYSTEM_SCOPE);
      return manager.query(
        `SELECT o.id AS outbox_id, o.referral_id, o.event_id, o.agency_code
           FROM referral r
           JOIN outbox o ON o.referral_id = r.id
           JOIN referral_event e ON e.id = o.event_id AND e.type = $2
          WHERE r.status = $1
            AND o.dispatched_at IS NOT NULL
            AND o.dispatched_at < now() - make_interval(secs => $3)`,
        [ReferralStatus.REQUESTED, ReferralAction.SUBMIT, this.graceSeconds],
      );
    })) as PendingDelivery[];
    const missing: PendingDelivery[] = [];
    let retried = 0;
    for (const row of rows) {
      const job = await this.producer.queue(row.agency_code).getJob(outboxJobId(row.outbox_id));
      if (!job) missing.push(row);
      // Its attempts ran out while a store was away (a Postgres outage longer than the backoff): try again.
      else if (await job.isFailed()) {
        await job.retry();
        retried++;
      }
    }
    await this.producer.add(
      missing.map((r) => ({
        agency: r.agency_code,
        name: LineJobName.DELIVER_REFERRAL,
        data: { outboxId: r.outbox_id, referralId: r.referral_id, eventId: r.event_id },
        jobId: outboxJobId(r.outbox_id),
      })),
    );
    return missing.length + retried;
  }
}
