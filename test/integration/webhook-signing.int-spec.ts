import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { AgencyCode, DeliveryMode, ReferralAction, ReferralStatus } from '#domain';
import { loadConfig, loadWebhookConfig } from '#config';
import { createRedisConnection, LineProducer, referralCloudEvent, signWebhook, WebhookSender } from '#lines';
import { AgencyDeliveryRepository, createDataSource, ScopedDatabase } from '#persistence';
import { AgencyConnectionsService } from '../../apps/hub/src/agency-systems/agency-connections.service.js';
import { ReferenceReceiver } from '../reference-receiver/reference-receiver.js';

const AGENCY = AgencyCode.DUO;
const SOURCE = 'urn:nl:loketlijn:hub';
const MINUTE = 60_000;

function lineEvent(toStatus = ReferralStatus.REQUESTED) {
  return { eventId: String(Math.floor(Math.random() * 1e12)), referralId: randomUUID(), agencyCode: AGENCY, type: ReferralAction.SUBMIT, fromStatus: ReferralStatus.DRAFT, toStatus, occurredAt: new Date() };
}

describe('webhook signing (Standard Webhooks) and envelope (CloudEvents) against a real receiver', () => {
  let db: DataSource;
  /** The app role, as hub and worker connect: the grants of the agency-system tables are under test too. */
  let app: DataSource;
  let admin: AgencyConnectionsService;
  let repository: AgencyDeliveryRepository;
  let producer: LineProducer;
  let redis: Redis;
  const receivers: ReferenceReceiver[] = [];

  async function receiver(secrets: string[]): Promise<{ receiver: ReferenceReceiver; url: string }> {
    const r = new ReferenceReceiver({ secrets });
    receivers.push(r);
    return { receiver: r, url: await r.start() };
  }

  beforeAll(async () => {
    db = await createDataSource({ url: process.env.DATABASE_URL!, poolSize: 3 }).initialize();
    app = await createDataSource({ url: loadConfig().appDatabaseUrl, poolSize: 3 }).initialize();
    redis = createRedisConnection(process.env.REDIS_URL!, 'test');
    producer = new LineProducer(redis);
    const scoped = new ScopedDatabase(app);
    admin = new AgencyConnectionsService(app, scoped, loadConfig(), loadWebhookConfig({ WEBHOOK_SECRET_OVERLAP_HOURS: '24' }), producer);
    repository = new AgencyDeliveryRepository(scoped);
    // Other suites share this database: start from an agency that never had a secret.
    await db.query('DELETE FROM agency_signing_secret WHERE agency_code = $1', [AGENCY]);
  });

  afterAll(async () => {
    await Promise.all(receivers.map((r) => r.stop()));
    await admin.configure({ agencyCode: AGENCY, mode: DeliveryMode.PORTAL, endpointUrl: null });
    await producer.close();
    redis.disconnect();
    await app.destroy();
    await db.destroy();
  });

  it('delivers a verified CloudEvents 1.0 envelope with a thin payload; the secret is shown once', async () => {
    const first = await receiver([]);
    const { signingSecret, connection } = await admin.configure({ agencyCode: AGENCY, mode: DeliveryMode.SYSTEM, endpointUrl: first.url });
    expect(signingSecret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(JSON.stringify(connection)).not.toContain(signingSecret!.slice(6));
    expect(JSON.stringify(await admin.list())).not.toContain(signingSecret!.slice(6));
    // Configuring again keeps the secret: nothing new to show.
    expect((await admin.configure({ agencyCode: AGENCY, mode: DeliveryMode.SYSTEM, endpointUrl: first.url })).signingSecret).toBeNull();

    const { receiver: r, url } = await receiver([signingSecret!]);
    const target = await repository.target(AGENCY, new Date());
    const event = lineEvent();
    const outcome = await new WebhookSender(2_000).send({ endpointUrl: url, secrets: target.secrets }, referralCloudEvent(event, SOURCE));
    expect(outcome).toEqual({ kind: 'delivered', status: 204 });
    const got = await r.waitFor((d) => d.event !== null);
    expect(got.webhookId).toBe(event.eventId);
    expect(got.event).toMatchObject({
      specversion: '1.0',
      id: event.eventId,
      type: 'nl.overheid.loketlijn.referral-requested',
      source: SOURCE,
      subject: event.referralId,
      datacontenttype: 'application/json',
      time: event.occurredAt.toISOString(),
    });
    expect(got.event!.data).toEqual({ referralId: event.referralId, agencyCode: AGENCY, status: 'REQUESTED', previousStatus: 'DRAFT' });
  });

  it('rejects a tampered body, a tampered id and a signature made with another secret', async () => {
    const [secret] = (await repository.target(AGENCY, new Date())).secrets;
    const { receiver: r, url } = await receiver([secret!]);
    const body = JSON.stringify({ specversion: '1.0', id: '1', source: SOURCE, type: 'nl.overheid.loketlijn.referral-requested', data: { status: 'REQUESTED' } });
    const headers = { 'content-type': 'application/cloudevents+json', ...signWebhook([secret!], '1', new Date(), body) };
    const post = (h: Record<string, string>, b: string) => fetch(url, { method: 'POST', headers: h, body: b }).then((res) => res.status);

    expect(await post(headers, body)).toBe(204);
    expect(await post(headers, body.replace('REQUESTED"}', 'ACCEPTED"}'))).toBe(401);
    expect(await post({ ...headers, 'webhook-id': '2' }, body)).toBe(401);
    const forged = signWebhook(['whsec_' + Buffer.alloc(32, 7).toString('base64')], '1', new Date(), body);
    expect(await post({ ...headers, ...forged }, body)).toBe(401);
    expect(r.deliveries.map((d) => d.rejected)).toEqual([null, 'No matching signature found', 'No matching signature found', 'No matching signature found']);
  });

  it('rejects a timestamp more than five minutes old or ahead, and accepts one within', async () => {
    const target = await repository.target(AGENCY, new Date());
    const { receiver: r, url } = await receiver([...target.secrets]);
    const sendAt = (offsetMs: number) =>
      new WebhookSender(2_000, () => new Date(Date.now() + offsetMs)).send({ endpointUrl: url, secrets: target.secrets }, referralCloudEvent(lineEvent(), SOURCE));

    expect(await sendAt(-6 * MINUTE)).toEqual({ kind: 'failed', reason: 'HTTP 401' });
    expect(await sendAt(+6 * MINUTE)).toEqual({ kind: 'failed', reason: 'HTTP 401' });
    expect(await sendAt(-4 * MINUTE)).toEqual({ kind: 'delivered', status: 204 });
    expect(await sendAt(+4 * MINUTE)).toEqual({ kind: 'delivered', status: 204 });
    expect(r.deliveries.map((d) => d.rejected)).toEqual(['Message timestamp too old', 'Message timestamp too new', null, null]);
  });

  it('rotates: during the overlap both secrets sign, so a receiver with only the old or only the new one verifies', async () => {
    const [old] = (await repository.target(AGENCY, new Date())).secrets;
    const { signingSecret: fresh, connection } = await admin.rotate(AGENCY);
    expect(fresh).not.toBe(old);
    expect(connection.signingKeys).toHaveLength(2);
    expect(connection.signingKeys[0]!.expiresAt).toBeNull();
    expect(connection.signingKeys[1]!.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 23 * 60 * MINUTE);

    const now = new Date();
    const overlap = await repository.target(AGENCY, now);
    expect(overlap.secrets).toEqual([fresh, old]);
    const oldOnly = await receiver([old!]);
    const newOnly = await receiver([fresh]);
    const stranger = await receiver(['whsec_' + Buffer.alloc(32, 9).toString('base64')]);
    for (const { url } of [oldOnly, newOnly]) {
      expect(await new WebhookSender(2_000).send({ endpointUrl: url, secrets: overlap.secrets }, referralCloudEvent(lineEvent(), SOURCE))).toEqual({ kind: 'delivered', status: 204 });
    }
    expect(await new WebhookSender(2_000).send({ endpointUrl: stranger.url, secrets: overlap.secrets }, referralCloudEvent(lineEvent(), SOURCE))).toEqual({ kind: 'failed', reason: 'HTTP 401' });
    expect(oldOnly.receiver.deliveries[0]!.signatures).toBe(2);
    expect(newOnly.receiver.deliveries[0]!.rejected).toBeNull();

    // After the overlap only the new secret signs; the old-only receiver refuses from then on.
    const later = await repository.target(AGENCY, new Date(now.getTime() + 25 * 60 * MINUTE));
    expect(later.secrets).toEqual([fresh]);
    expect(await new WebhookSender(2_000).send({ endpointUrl: oldOnly.url, secrets: later.secrets }, referralCloudEvent(lineEvent(), SOURCE))).toEqual({ kind: 'failed', reason: 'HTTP 401' });

    // A second rotation retires the oldest at once: never more than two sign.
    const { signingSecret: third } = await admin.rotate(AGENCY);
    expect((await repository.target(AGENCY, new Date())).secrets).toEqual([third, fresh]);
  });
});
