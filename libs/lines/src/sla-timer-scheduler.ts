import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { type PendingTimer, ScopedDatabase, SYSTEM_SCOPE, TimerRepository } from '#persistence';
import { type Clock, systemClock } from './clock.js';
import { SLA_TIMER_QUEUE, slaTimerJobId, TIMER_JOB_OPTIONS, TimerJobName } from './timer-jobs.js';

/** Timers checked against Redis per round trip while reconciling. */
const RECONCILE_CHUNK = 1_000;

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
    private readonly connection: Redis,
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
    let added = 0;
    for (let i = 0; i < rows.length; i += RECONCILE_CHUNK) {
      const missing = await this.unknownToRedis(rows.slice(i, i + RECONCILE_CHUNK));
      await this.add(missing);
      added += missing.length;
    }
    return added;
  }

  /**
   * The timers whose job Redis does not hold: one pipelined EXISTS per chunk. Every open referral has
   * pending timers, so a round trip per timer made each sweep grow with the country's open cases.
   */
  private async unknownToRedis(rows: readonly PendingTimer[]): Promise<PendingTimer[]> {
    const pipeline = this.connection.pipeline();
    for (const row of rows) pipeline.exists(this.queue.toKey(slaTimerJobId(row.id)));
    const answers = (await pipeline.exec()) ?? [];
    return rows.filter((_, i) => {
      const [error, exists] = answers[i] ?? [new Error('no answer')];
      if (error) throw error;
      return exists === 0;
    });
  }

  /** Adds a delayed job per timer row; an id Redis already holds is left alone. */
  async add(rows: readonly PendingTimer[]): Promise<void> {
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
