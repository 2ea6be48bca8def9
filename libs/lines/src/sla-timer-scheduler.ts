import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { type PendingTimer, ScopedDatabase, SYSTEM_SCOPE, TimerRepository } from '#persistence';
import { type Clock, systemClock } from './clock.js';
import { SLA_TIMER_QUEUE, slaTimerJobId, TIMER_JOB_OPTIONS, TimerJobName } from './timer-jobs.js';

/**
 * Turns the unsettled timer rows of Postgres into BullMQ delayed jobs. Called by the outbox relay
 * after commit and by the reconciler; the job id is the timer id, so calling twice adds nothing.
 * Timer rows are case data: read in the system scope, as the relay and reconciler do.
 */
export class SlaTimerScheduler {
  readonly queue: Queue;
  private readonly db: ScopedDatabase;

  constructor(
    dataSource: DataSource,
    connection: Redis,
    private readonly clock: Clock = systemClock,
  ) {
    this.db = new ScopedDatabase(dataSource);
    this.queue = new Queue(SLA_TIMER_QUEUE, { connection });
  }

  /** Schedules the pending timers of these referrals. */
  async schedule(referralIds: readonly string[]): Promise<number> {
    if (referralIds.length === 0) return 0;
    const rows = await this.db.run(SYSTEM_SCOPE, (manager) => new TimerRepository(manager).pendingOf(referralIds));
    await this.add(rows);
    return rows.length;
  }

  /** Re-adds the job of every pending timer Redis does not know (for instance after a wipe). */
  async reconcile(): Promise<number> {
    const rows = await this.db.run(SYSTEM_SCOPE, (manager) => new TimerRepository(manager).allPending());
    const missing: PendingTimer[] = [];
    for (const row of rows) {
      if (!(await this.queue.getJob(slaTimerJobId(row.id)))) missing.push(row);
    }
    await this.add(missing);
    return missing.length;
  }

  private async add(rows: readonly PendingTimer[]): Promise<void> {
    if (rows.length === 0) return;
    const now = this.clock().getTime();
    await this.queue.addBulk(
      rows.map((r) => ({
        name: TimerJobName.FIRE_SLA_TIMER,
        data: { timerId: r.id, referralId: r.referralId },
        opts: { ...TIMER_JOB_OPTIONS, jobId: slaTimerJobId(r.id), delay: Math.max(0, r.fireAt.getTime() - now) },
      })),
    );
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}
