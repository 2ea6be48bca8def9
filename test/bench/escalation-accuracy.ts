/**
 * Issue 3's figure: escalation fire accuracy. N escalation timers, due at known instants spread over
 * a few seconds ahead, go the production way: timer rows in Postgres, delayed BullMQ jobs added by
 * the scheduler the outbox relay uses, fired by the line worker process (system clock, app role,
 * row-level security). Lateness = when the worker fired the timer minus when it was due; a few
 * warm-up timers just before the measured ones open the worker's database pool and are not counted.
 */
import { AGENCY_CODES, SlaTimerKind, Urgency } from '#domain';
import { createRedisConnection, SlaTimerScheduler } from '#lines';
import { createDataSource } from '#persistence';
import { AppProcess } from '../support/app-processes.js';
import { Fixtures } from '../support/fixtures.js';
import { productionEnv } from '../support/production-env.js';
import { percentile, summary } from './stats.js';

/** The first deadline lies this far ahead (time to schedule them all); the rest follow evenly. */
const LEAD_MS = 6_000;
const SPREAD_MS = 10_000;
/** Timers fired just before the measured ones, so the worker's connection pool is open: not counted. */
const WARM_UP = 64;

export async function escalationAccuracy(count: number): Promise<void> {
  const db = await createDataSource({ url: process.env.DATABASE_URL!, poolSize: 10 }).initialize();
  const redis = createRedisConnection(process.env.REDIS_URL!, 'bench-escalation');
  const scheduler = new SlaTimerScheduler(db, redis);
  // Timer ids restart with each bench database; jobs kept from an earlier run would swallow the new ones.
  await scheduler.queue.obliterate({ force: true });
  // No periodic sweep during the run: it would schedule the timers before their deadlines are set.
  const worker = await AppProcess.start('line-worker', { ...productionEnv(process.env.DATABASE_URL!), RECONCILE_INTERVAL_MS: '3600000' });
  try {
    const fixtures = new Fixtures(db);
    const ids: string[] = [];
    const warmUp: string[] = [];
    for (let i = 0; i < count + WARM_UP; i++) {
      const { referral, desk } = await fixtures.draftReferral(AGENCY_CODES[i % AGENCY_CODES.length], Urgency.REGULAR);
      await fixtures.referrals.submit(desk, fixtures.trace, referral.id);
      (i < WARM_UP ? warmUp : ids).push(referral.id);
    }
    // Only the escalations take part: their deadlines arrive now, evenly spread; the other timers stand down.
    const start = Date.now() + LEAD_MS;
    const due = (referrals: string[], from: number, spread: number) =>
      db.query(
        `UPDATE referral_timer t SET fire_at = to_timestamp(($3::float8 + $4::float8 * (array_position($1::uuid[], t.referral_id) - 1) / $5) / 1000)
          WHERE t.referral_id = ANY($1::uuid[]) AND t.kind = $2 AND t.settled_at IS NULL`,
        [referrals, SlaTimerKind.ACCEPT_ESCALATION, from, spread, referrals.length],
      );
    await due(warmUp, start - 2_500, 1_000);
    await due(ids, start, SPREAD_MS);
    const all = [...warmUp, ...ids];
    await db.query(`UPDATE referral_timer SET settled_at = now(), outcome = 'SUPERSEDED' WHERE referral_id = ANY($1::uuid[]) AND kind <> $2 AND settled_at IS NULL`, [
      all,
      SlaTimerKind.ACCEPT_ESCALATION,
    ]);
    for (let i = 0; i < all.length; i += 200) await scheduler.schedule(all.slice(i, i + 200));
    if (Date.now() > start - 2_500) throw new Error('scheduling took longer than the lead time; raise LEAD_MS');

    const pending = async () =>
      ((await db.query(`SELECT count(*)::int AS n FROM referral_timer WHERE referral_id = ANY($1::uuid[]) AND kind = $2 AND settled_at IS NULL`, [
        ids,
        SlaTimerKind.ACCEPT_ESCALATION,
      ])) as [{ n: number }])[0].n;
    const giveUp = start + SPREAD_MS + 60_000;
    while ((await pending()) > 0 && Date.now() < giveUp) await new Promise((r) => setTimeout(r, 200));

    const rows = (await db.query(
      `SELECT extract(epoch FROM (settled_at - fire_at)) * 1000 AS late_ms, outcome FROM referral_timer
        WHERE referral_id = ANY($1::uuid[]) AND kind = $2 AND settled_at IS NOT NULL`,
      [ids, SlaTimerKind.ACCEPT_ESCALATION],
    )) as { late_ms: string; outcome: string }[];
    const late = rows.map((r) => Number(r.late_ms));
    const [{ notes }] = (await db.query(`SELECT count(*)::int AS notes FROM referral_event WHERE referral_id = ANY($1::uuid[]) AND type = 'ESCALATED'`, [ids])) as [
      { notes: number },
    ];
    console.log(
      `escalation accuracy: ${count} timers over ${SPREAD_MS / 1000} s, fired ${rows.filter((r) => r.outcome === 'FIRED').length}, ` +
        `escalation notes ${notes}, early ${late.filter((l) => l < 0).length}; lateness ${summary(late)} (median ${percentile(late, 50).toFixed(1)} ms)`,
    );
  } finally {
    if (process.env.BENCH_DEBUG) console.log(worker.logs);
    await worker.stop();
    await scheduler.close();
    redis.disconnect();
    await db.destroy();
  }
}
