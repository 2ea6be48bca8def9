import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import type { Redis } from 'ioredis';
import { AgencyCode, DeliveryMode, ReferralStatus } from '#domain';
import { createRedisConnection, LineJobName, LineProducer, outboxJobId, Reconciler, webhookJobId } from '#lines';
import { AgencyConnectionRepository, createDataSource, ScopedDatabase } from '#persistence';
import { ReferralDeliveryHandler } from '../../apps/line-worker/src/referral-delivery.handler.js';
import { Fixtures } from '../support/fixtures.js';
import { retireCopies } from '../support/retire-copies.js';

const AGENCY = AgencyCode.CAK;

// docs/decisions/0010-unacknowledged-system-deliveries.md
describe('a delivery to an agency system that does not acknowledge', () => {
  let db: DataSource;
  let redis: Redis;
  let producer: LineProducer;
  let fixtures: Fixtures;
  let handler: ReferralDeliveryHandler;

  beforeAll(async () => {
    db = await createDataSource({ url: process.env.DATABASE_URL!, poolSize: 3 }).initialize();
    redis = createRedisConnection(process.env.REDIS_URL!, 'test-redelivery');
    producer = new LineProducer(redis);
    fixtures = new Fixtures(db);
    handler = new ReferralDeliveryHandler(new ScopedDatabase(db), producer);
    await new AgencyConnectionRepository(db.manager).configure(AGENCY, DeliveryMode.SYSTEM, 'https://cak.example.org/hooks');
  });

  afterAll(async () => {
    await new AgencyConnectionRepository(db.manager).configure(AGENCY, DeliveryMode.PORTAL, null);
    await producer.close();
    redis.disconnect();
    await db.destroy();
  });

  it('is sent again under the same webhook id only once its webhook job is gone, and no more once acknowledged', async () => {
    const { referral } = await fixtures.submittedReferral(AGENCY);
    await db.query(`UPDATE outbox SET dispatched_at = now() - interval '1 minute' WHERE referral_id = $1`, [referral.id]);
    const [outbox] = (await db.query(`SELECT o.id, o.event_id FROM outbox o JOIN referral_event e ON e.id = o.event_id WHERE o.referral_id = $1 AND e.type = 'SUBMIT'`, [
      referral.id,
    ])) as { id: string; event_id: string }[];
    const deliveries = producer.queue(AGENCY);
    const webhooks = producer.webhookQueue(AGENCY);
    const reconciler = new Reconciler(db, producer, 0);
    try {
      // The relay's job, as the reconciler re-adds it; the line worker hands it to the agency's webhook queue.
      await reconciler.reconcile();
      const delivery = (await deliveries.getJob(outboxJobId(outbox!.id)))!;
      expect(delivery.name).toBe(LineJobName.DELIVER_REFERRAL);
      await handler.deliver(delivery.data);
      const sent = (await webhooks.getJob(webhookJobId(outbox!.event_id)))!;
      expect(sent.data).toEqual({ referralId: referral.id, eventId: outbox!.event_id });
      expect((await db.query(`SELECT status FROM referral WHERE id = $1`, [referral.id]))[0].status).toBe(ReferralStatus.REQUESTED);

      // An hour on, the completed delivery job is removed; the reconciler adds it again, but while the
      // webhook job is kept (a day), the agency's system is not sent the referral a second time.
      await delivery.remove();
      expect(await reconciler.reconcile()).toBeGreaterThanOrEqual(1);
      await handler.deliver((await deliveries.getJob(outboxJobId(outbox!.id)))!.data);
      expect((await webhooks.getJob(webhookJobId(outbox!.event_id)))!.timestamp).toBe(sent.timestamp);

      // A day on, still not acknowledged: sent again, under the same webhook id, so a system that did get it dedupes.
      await sent.remove();
      await (await deliveries.getJob(outboxJobId(outbox!.id)))!.remove();
      await reconciler.reconcile();
      await handler.deliver((await deliveries.getJob(outboxJobId(outbox!.id)))!.data);
      const again = (await webhooks.getJob(webhookJobId(outbox!.event_id)))!;
      expect(again.data).toEqual(sent.data);
      expect(again.timestamp).toBeGreaterThan(sent.timestamp);

      // Acknowledged: the reconciler leaves it be.
      await handler.receive(referral.id);
      await (await deliveries.getJob(outboxJobId(outbox!.id)))!.remove();
      await reconciler.reconcile();
      expect(await deliveries.getJob(outboxJobId(outbox!.id))).toBeUndefined();
    } finally {
      await deliveries.obliterate({ force: true });
      await webhooks.obliterate({ force: true });
      await retireCopies(db, referral.id);
    }
  });
});
