import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import pg from 'pg';
import { syntheticBsn } from '#domain';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { eventually } from '../support/eventually.js';
import { GqlClient } from '../support/graphql-client.js';
import { MASTER_NAME, SentinelSetup } from '../support/redis-sentinel.js';
import { ADD_REFERRAL, OPEN_VISIT, SUBMIT, TOPICS } from '../support/story-operations.js';

describe('Redis through Sentinel: hub and worker find the master by asking the sentinel', () => {
  let sentinel: SentinelSetup;
  let hub: AppProcess;
  let worker: AppProcess;
  let db: pg.Client;
  let desk: GqlClient;
  let topicId: string;

  beforeAll(async () => {
    sentinel = await SentinelSetup.start();
    // No address of the master anywhere: only the sentinel, once as variables and once as a URL.
    hub = await AppProcess.start('hub', { PORT: String(hubPort()), REDIS_URL: '', REDIS_SENTINELS: sentinel.sentinels, REDIS_SENTINEL_NAME: MASTER_NAME });
    worker = await AppProcess.start('line-worker', { REDIS_URL: `redis+sentinel://${sentinel.sentinels}/${MASTER_NAME}`, RECONCILE_INTERVAL_MS: '300' });
    db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    desk = await GqlClient.signIn(hub.baseUrl, 'desk.utrecht');
    topicId = (await desk.data<{ topics: { id: string; code: string }[] }>(TOPICS, { a: 'UWV' })).topics.find((t) => t.code === 'ww-uitkering')!.id;
  }, 120_000);

  // A hub drains its requests and sockets before it exits (up to SHUTDOWN_GRACE_MS): more than jest's 5 s.
  afterAll(async () => {
    await Promise.all([hub, worker].map((p) => p?.stop()));
    await db?.end();
    await sentinel?.stop();
  }, 60_000);

  async function handoff(seed: number): Promise<void> {
    const citizen = { name: 'Testpersoon Synthetisch', phone: '06 1234 5678', bsn: syntheticBsn(seed) };
    const visitId = (await desk.data<{ openVisit: { id: string } }>(OPEN_VISIT, { input: { channel: 'WALK_IN', questions: ['Vraag over WW'], citizen } })).openVisit.id;
    const input = { visitId, agencyCode: 'UWV', topicId, urgency: 'REGULAR', summary: 'Wil WW aanvragen.', consent: { categories: ['CONTACT_DETAILS'], method: 'VERBAL' } };
    const id = (await desk.data<{ addReferral: { id: string } }>(ADD_REFERRAL, { input })).addReferral.id;
    await desk.data(SUBMIT, { id });
    // Relay (hub) -> BullMQ line queue -> line worker -> RECEIVED: every hop through the sentinel's master.
    await eventually(async () => (await db.query('SELECT status FROM referral WHERE id = $1', [id])).rows[0]?.status === 'RECEIVED', 30_000);
  }

  async function connectionNames(port: number): Promise<string[]> {
    const client = new Redis({ host: '127.0.0.1', port });
    try {
      const list = (await client.call('CLIENT', 'LIST')) as string;
      return [...list.matchAll(/ name=(\S+)/g)].map((m) => m[1]!);
    } finally {
      client.disconnect();
    }
  }

  it('is ready and hands off through the master the sentinel names', async () => {
    for (const app of [hub, worker]) expect((await fetch(`${app.baseUrl}/health/ready`)).status).toBe(200);
    await handoff(41);
    const names = await connectionNames(sentinel.master.port);
    expect(names).toEqual(expect.arrayContaining(['loketlijn', 'loketlijn-hub-pub', 'loketlijn-hub-sub', 'loketlijn-line-worker']));
    const master = new Redis(sentinel.master.url);
    try {
      expect(await master.keys('bull:{line-UWV}:*')).not.toEqual([]);
    } finally {
      master.disconnect();
    }
  }, 60_000);

  it('follows a failover: after the sentinel promotes the replica, handoffs go on through the new master', async () => {
    const before = sentinel.master.port;
    await sentinel.failover();
    await eventually(async () => (await sentinel.masterPort()) !== before);
    expect(await sentinel.masterPort()).toBe(sentinel.replica.port);
    // The apps hear +switch-master from the sentinel and reconnect to the new master by themselves.
    const moved = ['loketlijn', 'loketlijn-hub-pub', 'loketlijn-line-worker'];
    const names = await eventually(async () => {
      const now = await connectionNames(sentinel.replica.port);
      return moved.every((name) => now.includes(name)) && now;
    });
    expect(names).toEqual(expect.arrayContaining(moved));
    await handoff(42);
    expect((await fetch(`${hub.baseUrl}/health/ready`)).status).toBe(200);
  }, 60_000);
});
