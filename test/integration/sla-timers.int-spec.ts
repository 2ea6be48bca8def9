import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import type { Redis } from 'ioredis';
import { AgencyCode, BusinessCalendar, DEFAULT_SLA_TARGETS, Party, planSla, ReferralAction, ReferralNote, SlaTimerKind, Urgency } from '#domain';
import type { AppConfig } from '#config';
import { WorkMetrics } from '#operations';
import { Registry } from 'prom-client';
import { createRedisConnection, EventPublisher, LineProducer, OutboxRelay, Reconciler, slaTimerJobId, SlaTimerScheduler } from '#lines';
import { AgencyEntity, createDataSource, fireSlaTimer, moveReferral, ReferralTimerEntity, SYSTEM_SCOPE, TimerOutcome } from '#persistence';
import { SlaTimerWorkerService } from '../../apps/line-worker/src/sla-timer-worker.service.js';
import { SlaTimerHandler } from '../../apps/line-worker/src/sla-timer.handler.js';
import { Fixtures } from '../support/fixtures.js';
import { eventually } from '../support/eventually.js';
import { commandsDuring } from '../support/redis-commands.js';
import { retireCopies } from '../support/retire-copies.js';

const HOUR = 3_600_000;

describe('SLA timers: planned at submit, scheduled after commit, fired by an injected clock, rebuilt after a Redis wipe', () => {
  let db: DataSource;
  let redis: Redis;
  let producer: LineProducer;
  let fixtures: Fixtures;
  /** The clock the scheduler and the worker see; tests move it instead of sleeping. */
  let now = new Date();
  const clock = () => now;
  let scheduler: SlaTimerScheduler;

  beforeAll(async () => {
    db = await createDataSource({ url: process.env.DATABASE_URL!, poolSize: 5 }).initialize();
    redis = createRedisConnection(process.env.REDIS_URL!, 'test-timers');
    producer = new LineProducer(redis);
    scheduler = new SlaTimerScheduler(db, redis, clock);
    fixtures = new Fixtures(db);
  });

  afterAll(async () => {
    await scheduler.close();
    await producer.close();
    redis.disconnect();
    await db.destroy();
  });

  const timers = async (referralId: string) =>
    new Map((await db.getRepository(ReferralTimerEntity).findBy({ referralId })).filter((t) => !t.settledAt || t.outcome !== TimerOutcome.SUPERSEDED).map((t) => [t.kind, t]));
  const notes = async (referralId: string) =>
    (await fixtures.referrals.timeline(await fixtures.actor('desk.utrecht'), fixtures.trace, referralId)).filter((e) => (Object.values(ReferralNote) as string[]).includes(e.type)).map((e) => e.type);

  it('plans the deadlines at submit from the agency\'s calendar and SLA, with four timers', async () => {
    const { referral: draft, desk } = await fixtures.draftReferral(AgencyCode.SVB, Urgency.LIVE);
    const referral = await fixtures.referrals.submit(desk, fixtures.trace, draft.id);
    const agency = await db.getRepository(AgencyEntity).findOneByOrFail({ code: AgencyCode.SVB });
    const plan = planSla(referral.submittedAt!, DEFAULT_SLA_TARGETS[Urgency.LIVE], new BusinessCalendar(agency.lineHours));
    expect(referral.acceptDueAt).toEqual(plan.acceptDueAt);
    expect(referral.receiveDueAt).toEqual(plan.receiveDueAt);
    const rows = await timers(referral.id);
    expect([...rows.keys()].sort()).toEqual(Object.values(SlaTimerKind).sort());
    expect(rows.get(SlaTimerKind.ACCEPT_ESCALATION)!.fireAt).toEqual(plan.timers[3]!.fireAt);
  });

  it('schedules the timers as delayed jobs through the relay, after commit, ids only, deduplicated', async () => {
    const relay = new OutboxRelay(db, producer, new EventPublisher(redis), process.env.DATABASE_URL!, (e) => { throw e; }, HOUR, scheduler);
    await relay.start();
    try {
      now = new Date();
      const { referral } = await fixtures.submittedReferral(AgencyCode.DUO);
      const rows = await timers(referral.id);
      const accept = rows.get(SlaTimerKind.ACCEPT_REMINDER)!;
      const job = await eventually(() => scheduler.queue.getJob(slaTimerJobId(accept.id)));
      expect(job.data).toEqual({ timerId: accept.id, referralId: referral.id });
      expect(job.opts.delay).toBe(accept.fireAt.getTime() - now.getTime());
      expect(await job.getState()).toBe('delayed');
      // The reconciler finds nothing missing for it, and adding again is a no-op.
      expect(await scheduler.schedule([referral.id])).toBe(4);
      expect((await scheduler.queue.getJobs(['delayed'])).filter((j) => j.data.referralId === referral.id)).toHaveLength(4);
    } finally {
      await relay.stop();
    }
  });

  it('fires a promoted LIVE accept timer at the injected deadline: reminder to the line and an alert to the desk, once', async () => {
    const config = { redis: { kind: 'standalone', url: process.env.REDIS_URL! } } as AppConfig;
    const registry = new Registry();
    const metrics = new WorkMetrics(registry);
    const missed = async () => (await registry.getSingleMetric('loketlijn_deadlines_missed_total')!.get()).values.filter((v) => v.value > 0 && v.labels.line === 'CAK');
    const worker = new SlaTimerWorkerService(config, new SlaTimerHandler(fixtures.scoped, clock), metrics);
    now = new Date();
    const { referral: draft, desk } = await fixtures.draftReferral(AgencyCode.CAK, Urgency.LIVE);
    const referral = await fixtures.referrals.submit(desk, fixtures.trace, draft.id);
    await scheduler.schedule([referral.id]);
    const rows = await timers(referral.id);
    const reminder = rows.get(SlaTimerKind.ACCEPT_REMINDER)!;
    const escalation = rows.get(SlaTimerKind.ACCEPT_ESCALATION)!;
    worker.onApplicationBootstrap();
    try {
      // The clock stands at the reminder's deadline; the escalation is not due yet.
      now = reminder.fireAt;
      await (await scheduler.queue.getJob(slaTimerJobId(reminder.id)))!.promote();
      await eventually(async () => (await db.getRepository(ReferralTimerEntity).findOneByOrFail({ id: reminder.id })).settledAt);
      expect(await notes(referral.id)).toEqual([ReferralNote.REMINDED, ReferralNote.DESK_ALERTED]);
      expect(await missed()).toEqual([{ labels: { line: 'CAK', urgency: 'LIVE', deadline: 'ACCEPT' }, value: 1 }]);

      // Promoted too early (the job woke, the clock says not yet): it goes back to sleep, nothing fires.
      const early = (await scheduler.queue.getJob(slaTimerJobId(escalation.id)))!;
      await early.promote();
      await eventually(async () => (await scheduler.queue.getJob(slaTimerJobId(escalation.id)))?.getState().then((s) => s === 'delayed' && early.id));
      expect((await db.getRepository(ReferralTimerEntity).findOneByOrFail({ id: escalation.id })).settledAt).toBeNull();

      // At its own time it escalates to the coordinators.
      now = escalation.fireAt;
      await (await scheduler.queue.getJob(slaTimerJobId(escalation.id)))!.promote();
      await eventually(async () => (await db.getRepository(ReferralTimerEntity).findOneByOrFail({ id: escalation.id })).settledAt);
      expect(await notes(referral.id)).toEqual([ReferralNote.REMINDED, ReferralNote.DESK_ALERTED, ReferralNote.ESCALATED]);
      // The escalation is the same missed deadline: counted once.
      expect(await missed()).toEqual([{ labels: { line: 'CAK', urgency: 'LIVE', deadline: 'ACCEPT' }, value: 1 }]);

      // A duplicate firing (a job re-added by a reconciler) changes nothing.
      expect(await fireSlaTimer(fixtures.scoped, reminder.id, escalation.fireAt)).toEqual({ result: 'SETTLED' });
      expect(await notes(referral.id)).toHaveLength(3);
    } finally {
      await worker.onApplicationShutdown();
    }
  });

  it('settles a timer as MET, without notes, when the referral moved on in time', async () => {
    const { referral } = await fixtures.submittedReferral(AgencyCode.BD);
    await moveReferral(fixtures.scoped, SYSTEM_SCOPE, { referralId: referral.id, action: ReferralAction.RECEIVE, party: Party.LINE, actor: { id: null, role: 'LINE' }, isVisible: () => true });
    const specialist = await fixtures.actor('specialist.bd');
    await fixtures.referrals.move(specialist, referral.id, ReferralAction.ACCEPT, { patch: { assignedTo: specialist.accountId } });
    const rows = await timers(referral.id);
    for (const kind of Object.values(SlaTimerKind)) {
      const timer = rows.get(kind)!;
      expect(await fireSlaTimer(fixtures.scoped, timer.id, timer.fireAt)).toEqual({ result: TimerOutcome.MET, notes: [], missed: null });
    }
    expect(await notes(referral.id)).toEqual([]);
  });

  it('rebuilds every pending timer job from Postgres after Redis is wiped', async () => {
    now = new Date();
    const { referral } = await fixtures.submittedReferral(AgencyCode.TSL);
    // Timers of referrals submitted without a relay in this file are brought in first; then all is in step.
    await scheduler.reconcile();
    expect(await scheduler.reconcile()).toBe(0);
    await redis.flushall();
    // The line worker's sweep runs both: deliveries and timers come back together.
    await new Reconciler(db, producer, 0).reconcile();
    const pending = (await db.query(`SELECT id FROM referral_timer WHERE settled_at IS NULL`)) as { id: string }[];
    expect(await scheduler.reconcile()).toBe(pending.length);
    for (const kind of Object.values(SlaTimerKind)) {
      const timer = (await timers(referral.id)).get(kind)!;
      const job = await scheduler.queue.getJob(slaTimerJobId(timer.id));
      expect(job?.data).toEqual({ timerId: timer.id, referralId: referral.id });
    }
    expect(await scheduler.reconcile()).toBe(0);
  });

  it('checks thousands of pending timers against Redis in pipelined chunks, not one round trip per timer', async () => {
    const { referral } = await fixtures.draftReferral(AgencyCode.TSL);
    const copies = 2_500;
    // Pending timers of many open referrals, as on a national morning (one live timer per kind and referral).
    const ids = (await db.query(
      `WITH copies AS (
         INSERT INTO referral (id, reference, visit_id, service_point_id, agency_code, topic_id, urgency, status, summary_sealed, data_subject, created_by)
         -- No summary: a sealed value only opens in the row it was sealed for.
         SELECT gen_random_uuid(), 'LL-TIMERS-' || g, visit_id, service_point_id, agency_code, topic_id, urgency, 'RECEIVED', NULL, data_subject, created_by
         FROM referral, generate_series(1, $2::int) g WHERE referral.id = $1 RETURNING id)
       INSERT INTO referral_timer (referral_id, kind, fire_at) SELECT id, 'ACCEPT_REMINDER', now() + interval '1 day' FROM copies RETURNING id`,
      [referral.id, copies],
    )) as { id: string }[];
    try {
      // This first sweep also schedules the timers other files left in the shared database: seconds, hence the 60 s limit.
      await scheduler.reconcile();
      const ran = await commandsDuring(redis, async () => expect(await scheduler.reconcile()).toBe(0));
      expect(ran('exists')).toBeGreaterThanOrEqual(copies);
      // BullMQ's getJob reads a job with HGETALL: a per-timer look-up would show thousands here.
      expect(ran('hgetall')).toBeLessThan(50);
      await redis.del(scheduler.queue.toKey(slaTimerJobId(ids[0]!.id)));
      expect(await scheduler.reconcile()).toBe(1);
    } finally {
      await db.query(`UPDATE referral_timer SET settled_at = now(), outcome = 'MET' WHERE id = ANY($1::bigint[])`, [ids.map((r) => r.id)]);
      await scheduler.queue.clean(0, 0, 'delayed');
      await retireCopies(db, referral.id);
    }
  }, 60_000);
});
