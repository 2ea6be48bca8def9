/**
 * Escalation fire accuracy: 1,000 SLA escalation timers, each due at a known instant a few seconds
 * ahead, go through the real path (timer rows in Postgres, delayed BullMQ jobs from the scheduler,
 * the line worker's timer service with the system clock) and we compare when each was due with
 * when it fired. Not part of npm test.
 * Run: npm run build && node dist/test/bench/escalation-accuracy.js  (DATABASE_URL and REDIS_URL of
 * scratch services, or none for a private set under .data/bench).
 */
import 'reflect-metadata';
import { AgencyCode, AGENCY_CODES, SlaTimerKind, Urgency } from '#domain';
import type { AppConfig } from '#config';
import { createRedisConnection, SlaTimerScheduler, systemClock } from '#lines';
import { createDataSource } from '#persistence';
import { SlaTimerWorkerService } from '../../apps/line-worker/src/sla-timer-worker.service.js';
import { SlaTimerHandler } from '../../apps/line-worker/src/sla-timer.handler.js';
import { Fixtures } from '../support/fixtures.js';
import { benchServices } from './bench-environment.js';

const TIMERS = Number(process.env.TIMERS ?? 1000);
/** Deadlines spread over this window, starting this far ahead (room to schedule them all first). */
const LEAD_MS = 5_000;
const SPREAD_MS = 10_000;

const services = await benchServices();
const db = await createDataSource({ url: services.databaseUrl, poolSize: 20 }).initialize();
const redis = createRedisConnection(services.redisUrl, 'bench-escalation');
await redis.flushall();
const scheduler = new SlaTimerScheduler(db, redis, systemClock);
const fixtures = new Fixtures(db);

process.stdout.write(`creating ${TIMERS} submitted referrals...\n`);
const ids: string[] = [];
for (let i = 0; i < TIMERS; i++) {
  const { referral, desk } = await fixtures.draftReferral(AGENCY_CODES[i % AGENCY_CODES.length] as AgencyCode, Urgency.REGULAR);
  await fixtures.referrals.submit(desk, fixtures.trace, referral.id);
  ids.push(referral.id);
}
// Their escalation deadlines arrive now: spread evenly over the window, starting LEAD_MS from now.
const start = Date.now() + LEAD_MS;
await db.query(
  `UPDATE referral_timer t SET fire_at = to_timestamp(($3::float8 + $4::float8 * (array_position($1::uuid[], t.referral_id) - 1) / $5) / 1000)
    WHERE t.referral_id = ANY($1::uuid[]) AND t.kind = $2 AND t.settled_at IS NULL`,
  [ids, SlaTimerKind.ACCEPT_ESCALATION, start, SPREAD_MS, TIMERS],
);
await db.query(`UPDATE referral_timer SET settled_at = now(), outcome = 'SUPERSEDED' WHERE referral_id = ANY($1::uuid[]) AND kind <> $2 AND settled_at IS NULL`, [
  ids,
  SlaTimerKind.ACCEPT_ESCALATION,
]);
const scheduledAt = Date.now();
for (let i = 0; i < ids.length; i += 200) await scheduler.schedule(ids.slice(i, i + 200));
process.stdout.write(`scheduled in ${Date.now() - scheduledAt} ms; firing...\n`);

const worker = new SlaTimerWorkerService({ redisUrl: services.redisUrl } as AppConfig, new SlaTimerHandler(fixtures.scoped, systemClock));
worker.onApplicationBootstrap();
const deadline = start + SPREAD_MS + 30_000;
for (;;) {
  const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM referral_timer WHERE referral_id = ANY($1::uuid[]) AND kind = $2 AND settled_at IS NULL`, [
    ids,
    SlaTimerKind.ACCEPT_ESCALATION,
  ])) as [{ n: number }];
  if (n === 0 || Date.now() > deadline) break;
  await new Promise((r) => setTimeout(r, 200));
}
await worker.onApplicationShutdown();

const rows = (await db.query(
  `SELECT extract(epoch FROM (settled_at - fire_at)) * 1000 AS late_ms, outcome FROM referral_timer
    WHERE referral_id = ANY($1::uuid[]) AND kind = $2 AND settled_at IS NOT NULL`,
  [ids, SlaTimerKind.ACCEPT_ESCALATION],
)) as { late_ms: string; outcome: string }[];
const late = rows.map((r) => Number(r.late_ms)).sort((a, b) => a - b);
const pct = (p: number) => late[Math.min(late.length - 1, Math.ceil((p / 100) * late.length) - 1)]!;
const fired = rows.filter((r) => r.outcome === 'FIRED').length;
const [{ notes }] = (await db.query(`SELECT count(*)::int AS notes FROM referral_event WHERE referral_id = ANY($1::uuid[]) AND type = 'ESCALATED'`, [ids])) as [{ notes: number }];
process.stdout.write(
  JSON.stringify(
    {
      timers: TIMERS,
      settled: rows.length,
      fired,
      escalationNotes: notes,
      early: late.filter((l) => l < 0).length,
      latenessMs: { min: late[0], median: pct(50), p95: pct(95), p99: pct(99), max: late.at(-1) },
    },
    null,
    2,
  ) + '\n',
);
await scheduler.close();
redis.disconnect();
await db.destroy();
await services.stop();
