import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { syntheticBsn } from '#domain';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { GqlClient } from '../support/graphql-client.js';
import { ADD_REFERRAL, OPEN_VISIT, SUBMIT, TOPICS } from '../support/story-operations.js';

type Added = { addReferral: { id: string } };

describe('creating mutations with an Idempotency-Key', () => {
  let hub: AppProcess;
  let db: pg.Client;
  let utrecht: GqlClient;
  let amersfoort: GqlClient;
  let topicId: string;

  beforeAll(async () => {
    hub = await AppProcess.start('hub', { PORT: String(hubPort()) });
    db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    [utrecht, amersfoort] = await Promise.all([GqlClient.signIn(hub.baseUrl, 'desk.utrecht'), GqlClient.signIn(hub.baseUrl, 'desk.amersfoort')]);
    const { topics } = await utrecht.data<{ topics: { id: string; code: string }[] }>(TOPICS, { a: 'UWV' });
    topicId = topics.find((t) => t.code === 'ww-uitkering')!.id;
  }, 60_000);

  afterAll(async () => {
    await hub?.stop();
    await db?.end();
  });

  const key = () => `k-${randomUUID()}`;
  const withKey = (k: string) => ({ 'Idempotency-Key': k });
  const visitInput = (seed: number) => ({ input: { channel: 'WALK_IN', questions: ['Hoe vraag ik WW aan?'], citizen: { name: 'Testpersoon Synthetisch', bsn: syntheticBsn(seed) } } });
  const referralInput = (visitId: string, summary = 'Ontslagen per 1 december, wil WW aanvragen.') => ({
    input: { visitId, agencyCode: 'UWV', topicId, urgency: 'REGULAR', summary, consent: { categories: ['CONTACT_DETAILS'], method: 'VERBAL' } },
  });
  const openVisit = async (client: GqlClient, seed: number) => (await client.data<{ openVisit: { id: string } }>(OPEN_VISIT, visitInput(seed))).openVisit.id;
  const referralsOf = async (visitId: string) => Number((await db.query('SELECT count(*) FROM referral WHERE visit_id = $1', [visitId])).rows[0].count);

  it('answers a retried openVisit and addReferral with the first result and creates nothing more', async () => {
    const visitKey = key();
    const first = await utrecht.data<{ openVisit: { id: string } }>(OPEN_VISIT, visitInput(31), withKey(visitKey));
    const retry = await utrecht.data<{ openVisit: { id: string } }>(OPEN_VISIT, visitInput(31), withKey(visitKey));
    expect(retry.openVisit.id).toBe(first.openVisit.id);
    const visitId = first.openVisit.id;
    // Tests in a file run one at a time: nothing else opens a visit at this point meanwhile.
    const opened = await db.query(`SELECT count(*) FROM visit v, visit f WHERE f.id = $1 AND v.service_point_id = f.service_point_id AND v.opened_at >= f.opened_at`, [visitId]);
    expect(Number(opened.rows[0].count)).toBe(1);

    const referralKey = key();
    const added = await utrecht.data<Added>(ADD_REFERRAL, referralInput(visitId), withKey(referralKey));
    const again = await utrecht.data<Added>(ADD_REFERRAL, referralInput(visitId), withKey(referralKey));
    expect(again.addReferral.id).toBe(added.addReferral.id);
    expect(await referralsOf(visitId)).toBe(1);
  });

  it('refuses the same key with another body or another operation, with a typed error', async () => {
    const visitId = await openVisit(utrecht, 32);
    const k = key();
    const { addReferral } = await utrecht.data<Added>(ADD_REFERRAL, referralInput(visitId), withKey(k));
    const otherBody = await utrecht.request(ADD_REFERRAL, referralInput(visitId, 'Een andere vraag over WW.'), withKey(k));
    expect(otherBody.data).toBeNull();
    expect(otherBody.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const otherOperation = await utrecht.request(SUBMIT, { id: addReferral.id }, withKey(k));
    expect(otherOperation.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await referralsOf(visitId)).toBe(1);
    const { rows } = await db.query('SELECT status FROM referral WHERE id = $1', [addReferral.id]);
    expect(rows[0].status).toBe('DRAFT');
  });

  it('refuses a malformed key before doing anything, naming the header', async () => {
    for (const bad of ['short', 'has spaces in it', 'x'.repeat(129)]) {
      const res = await utrecht.request(OPEN_VISIT, visitInput(33), withKey(bad));
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['Idempotency-Key'] }] });
    }
  });

  it('creates exactly one referral when 50 copies of one request arrive at once, and moves it once', async () => {
    const visitId = await openVisit(utrecht, 34);
    const addKey = key();
    const adds = await Promise.all(Array.from({ length: 50 }, () => utrecht.request<Added>(ADD_REFERRAL, referralInput(visitId), withKey(addKey))));
    expect(adds.flatMap((r) => r.errors ?? [])).toEqual([]);
    const ids = new Set(adds.map((r) => r.data!.addReferral.id));
    expect(ids.size).toBe(1);
    expect(await referralsOf(visitId)).toBe(1);

    const [id] = [...ids];
    const submitKey = key();
    const submits = await Promise.all(Array.from({ length: 50 }, () => utrecht.request(SUBMIT, { id }, withKey(submitKey))));
    expect(submits.flatMap((r) => r.errors ?? [])).toEqual([]);
    const moves = await db.query(`SELECT count(*) FROM referral_event WHERE referral_id = $1 AND to_status = 'REQUESTED'`, [id]);
    expect(Number(moves.rows[0].count)).toBe(1);
  }, 60_000);

  it('keeps keys per account: another desk\'s same key creates its own and learns nothing of the first', async () => {
    const k = key();
    const mine = await openVisit(utrecht, 35);
    const theirs = await openVisit(amersfoort, 36);
    const { addReferral: first } = await utrecht.data<Added>(ADD_REFERRAL, referralInput(mine), withKey(k));
    // Same key, even the same body aimed at Utrecht's visit: Amersfoort gets not-found, not Utrecht's referral.
    const probe = await amersfoort.request<Added>(ADD_REFERRAL, referralInput(mine), withKey(k));
    expect(probe.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const own = await amersfoort.data<Added>(ADD_REFERRAL, referralInput(theirs), withKey(k));
    expect(own.addReferral.id).not.toBe(first.id);
    expect(await referralsOf(mine)).toBe(1);
    expect(await referralsOf(theirs)).toBe(1);
  });
});
