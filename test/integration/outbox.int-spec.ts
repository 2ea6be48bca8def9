import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import type { Redis } from 'ioredis';
import { UnrecoverableError, Worker } from 'bullmq';
import { AgencyCode, Party, ReferralAction, ReferralStatus } from '#domain';
import { createRedisConnection, EventPublisher, LineProducer, outboxJobId, OutboxRelay, Reconciler } from '#lines';
import { createDataSource, moveReferral, OutboxEntity, ReferralEntity, ReferralEventEntity, SYSTEM_SCOPE } from '#persistence';
import { Fixtures } from '../support/fixtures.js';
import { eventually } from '../support/eventually.js';
import { commandsDuring } from '../support/redis-commands.js';
import { retireCopies } from '../support/retire-copies.js';

const HOUR = 3_600_000;

describe('outbox, relay and reconciler against real Postgres and Redis', () => {
  let db: DataSource;
  let redis: Redis;
  let producer: LineProducer;
  let fixtures: Fixtures;

  beforeAll(async () => {
    db = await createDataSource({ url: process.env.DATABASE_URL!, poolSize: 5 }).initialize();
    redis = createRedisConnection(process.env.REDIS_URL!, 'test');
    producer = new LineProducer(redis);
    fixtures = new Fixtures(db);
  });

  afterAll(async () => {
    await producer.close();
    redis.disconnect();
    await db.destroy();
  });

  it('commits a move, its timeline event and its outbox row together, or none of them', async () => {
    const { referral, desk } = await fixtures.draftReferral();
    await db.query(`
      CREATE FUNCTION fail_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.referral_id = '${referral.id}' THEN RAISE EXCEPTION 'injected outbox failure'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION fail_outbox();`);
    try {
      const events = await db.getRepository(ReferralEventEntity).countBy({ referralId: referral.id });
      await expect(fixtures.referrals.submit(desk, fixtures.trace, referral.id)).rejects.toThrow(/injected outbox failure/);
      expect((await db.getRepository(ReferralEntity).findOneByOrFail({ id: referral.id })).status).toBe(ReferralStatus.DRAFT);
      expect(await db.getRepository(ReferralEventEntity).countBy({ referralId: referral.id })).toBe(events);
    } finally {
      await db.query('DROP TRIGGER fail_outbox ON outbox; DROP FUNCTION fail_outbox();');
    }
    await fixtures.referrals.submit(desk, fixtures.trace, referral.id);
    expect(await db.getRepository(OutboxEntity).countBy({ referralId: referral.id })).toBe(2);
  });

  it('moves with compare-and-set: of ten concurrent accepts exactly one wins', async () => {
    const { referral } = await fixtures.submittedReferral();
    await moveReferral(fixtures.scoped, SYSTEM_SCOPE, { referralId: referral.id, action: ReferralAction.RECEIVE, party: Party.LINE, actor: { id: null, role: 'LINE' }, isVisible: () => true });
    const specialist = await fixtures.actor('specialist.uwv');
    const attempts = await Promise.allSettled(
      Array.from({ length: 10 }, () => fixtures.referrals.move(specialist, referral.id, ReferralAction.ACCEPT, { patch: { assignedTo: specialist.accountId } })),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    const timeline = await fixtures.referrals.timeline(specialist, fixtures.trace, referral.id);
    expect(timeline.filter((e) => e.type === ReferralAction.ACCEPT)).toHaveLength(1);
    expect((await db.getRepository(ReferralEntity).findOneByOrFail({ id: referral.id })).version).toBe(4);
  });

  it('wakes the relay by NOTIFY (its sweep is an hour away) and puts the delivery on the agency\'s own line', async () => {
    const relay = new OutboxRelay(db, producer, new EventPublisher(redis), process.env.DATABASE_URL!, (e) => { throw e; }, HOUR);
    await relay.start();
    try {
      // Let the start-up drain finish, so only a notification can dispatch what comes next.
      await eventually(async () => (await db.query('SELECT 1 FROM outbox WHERE dispatched_at IS NULL')).length === 0);
      const { referral } = await fixtures.submittedReferral(AgencyCode.CAK);
      const submitRow = await db.query(`SELECT o.id FROM outbox o JOIN referral_event e ON e.id = o.event_id WHERE o.referral_id = $1 AND e.type = 'SUBMIT'`, [referral.id]);
      const jobId = outboxJobId(submitRow[0].id);
      const job = await eventually(() => producer.queue(AgencyCode.CAK).getJob(jobId));
      expect(job.data).toEqual({ outboxId: submitRow[0].id, referralId: referral.id, eventId: expect.any(String) });
      expect(JSON.stringify(job.data)).not.toMatch(/Synthetisch|0612345678/);
      expect(await producer.queue(AgencyCode.UWV).getJob(jobId)).toBeUndefined();
      await eventually(async () => (await db.getRepository(OutboxEntity).findBy({ referralId: referral.id })).every((o) => o.dispatchedAt !== null));
    } finally {
      await relay.stop();
    }
  });

  it('listens again after its LISTEN connection is killed, and relays by NOTIFY once more (its sweep is an hour away)', async () => {
    const errors: unknown[] = [];
    const relay = new OutboxRelay(db, producer, new EventPublisher(redis), process.env.DATABASE_URL!, (e) => errors.push(e), HOUR);
    await relay.start();
    try {
      await eventually(async () => (await db.query('SELECT 1 FROM outbox WHERE dispatched_at IS NULL')).length === 0);
      // What a Postgres restart does to the relay's session; the drop is reported, then the relay reconnects.
      await db.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'loketlijn-outbox-relay'`);
      await eventually(async () => errors.length > 0);
      await eventually(async () => relay.listening && (await db.query(`SELECT 1 FROM pg_stat_activity WHERE application_name = 'loketlijn-outbox-relay'`)).length === 1, 10_000);
      const { referral } = await fixtures.submittedReferral(AgencyCode.SVB);
      await eventually(async () => (await db.getRepository(OutboxEntity).findBy({ referralId: referral.id })).every((o) => o.dispatchedAt !== null));
    } finally {
      await relay.stop();
    }
  });

  it('re-enqueues a lost delivery after Redis was wiped, and leaves existing jobs alone', async () => {
    const relay = new OutboxRelay(db, producer, new EventPublisher(redis), process.env.DATABASE_URL!, (e) => { throw e; }, HOUR);
    await relay.start();
    const { referral } = await fixtures.submittedReferral(AgencyCode.IND);
    await eventually(async () => (await db.getRepository(OutboxEntity).findBy({ referralId: referral.id })).every((o) => o.dispatchedAt !== null));
    await relay.stop();
    const reconciler = new Reconciler(db, producer, 0);
    // The first sweep also re-adds what other files left in the shared database; the second finds nothing.
    await reconciler.reconcile();
    expect(await reconciler.reconcile()).toBe(0);
    await redis.flushall();
    const restored = await reconciler.reconcile();
    expect(restored).toBeGreaterThanOrEqual(1);
    const jobs = await producer.queue(AgencyCode.IND).getJobs(['waiting']);
    expect(jobs.map((j) => j.data.referralId)).toContain(referral.id);
    expect(await reconciler.reconcile()).toBe(0);
  });

  it('checks thousands of stuck deliveries against Redis in pipelined chunks, and runs a failed one again', async () => {
    const agency = AgencyCode.DUO;
    const queue = producer.queue(agency);
    await queue.obliterate({ force: true });
    const { referral } = await fixtures.draftReferral(agency);
    const copies = 2_500;
    // Submitted referrals whose delivery jobs Redis lost, as after a long outage of the line.
    const ids = (
      (await db.query(
        `WITH copies AS (
           INSERT INTO referral (id, reference, visit_id, service_point_id, agency_code, topic_id, urgency, status, summary_sealed, data_subject, created_by)
           -- No summary: a sealed value only opens in the row it was sealed for.
           SELECT gen_random_uuid(), 'LL-STUCK-' || g, visit_id, service_point_id, agency_code, topic_id, urgency, 'REQUESTED', NULL, data_subject, created_by
           FROM referral, generate_series(1, $2::int) g WHERE referral.id = $1 RETURNING id, agency_code, created_by
         ), events AS (
           INSERT INTO referral_event (referral_id, type, from_status, to_status, actor_id, actor_role)
           SELECT id, 'SUBMIT', 'DRAFT', 'REQUESTED', created_by, 'DESK' FROM copies RETURNING id, referral_id
         )
         INSERT INTO outbox (referral_id, event_id, agency_code, dispatched_at)
         SELECT e.referral_id, e.id, c.agency_code, now() - interval '1 minute' FROM events e JOIN copies c ON c.id = e.referral_id RETURNING referral_id`,
        [referral.id, copies],
      )) as { referral_id: string }[]
    ).map((r) => r.referral_id);
    // BullMQ leaves a connection it was given open on close(): it is closed here, or jest never exits.
    const gaveUpConnection = createRedisConnection(process.env.REDIS_URL!, 'test-gave-up');
    const gaveUp = new Worker(queue.name, null, { connection: gaveUpConnection, autorun: false });
    try {
      const reconciler = new Reconciler(db, producer, 0);
      // This first sweep also re-adds the lost deliveries other files left in the shared database: seconds, hence the 60 s limit.
      expect(await reconciler.reconcile()).toBeGreaterThanOrEqual(copies);
      const ran = await commandsDuring(redis, async () => expect(await reconciler.reconcile()).toBe(0));
      expect(ran('exists')).toBeGreaterThanOrEqual(copies);
      // BullMQ's getJob reads a job with HGETALL: a look-up per delivery would show thousands here.
      expect(ran('hgetall')).toBeLessThan(50);

      // A job whose attempts ran out goes back on the line.
      const job = (await gaveUp.getNextJob('test-token'))!;
      await job.moveToFailed(new UnrecoverableError('gave up'), 'test-token');
      expect(await queue.getJobState(job.id!)).toBe('failed');
      expect(await reconciler.reconcile()).toBe(1);
      expect(await queue.getJobState(job.id!)).toBe('waiting');
    } finally {
      await gaveUp.close();
      gaveUpConnection.disconnect();
      await db.query(`UPDATE referral SET status = 'RECEIVED' WHERE id = ANY($1::uuid[])`, [ids]);
      await queue.obliterate({ force: true });
      await retireCopies(db, referral.id);
    }
  }, 60_000);
});
