import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { SpareRedis } from '../support/spare-redis.js';

type Check = { status: 'up' | 'down'; message?: string };
type Health = { status: 'ok' | 'error'; info?: Record<string, Check>; error?: Record<string, Check> };

async function probe(url: string): Promise<{ status: number; body: Health; text: string }> {
  const response = await fetch(url);
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as Health, text };
}

const READY_CHECKS = ['database', 'migrations', 'redis', 'queues'];

describe('health probes of hub and line worker', () => {
  const processes: AppProcess[] = [];
  let hub: AppProcess;
  let worker: AppProcess;
  let db: pg.Client;

  beforeAll(async () => {
    hub = await AppProcess.start('hub', { PORT: String(hubPort()) });
    worker = await AppProcess.start('line-worker');
    processes.push(hub, worker);
    db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
  }, 120_000);

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await db?.end();
  });

  it('answers live and ready on the hub and on the worker, without a token', async () => {
    for (const app of [hub, worker]) {
      const live = await probe(`${app.baseUrl}/health/live`);
      expect(live.status).toBe(200);
      expect(live.body.status).toBe('ok');
      const ready = await probe(`${app.baseUrl}/health/ready`);
      expect(ready.status).toBe(200);
      expect(ready.body.status).toBe('ok');
      expect(Object.keys(ready.body.info ?? {}).sort()).toEqual([...READY_CHECKS].sort());
    }
  });

  it('is not counted by the rate limits: a hub with one request a minute per address still answers its probes', async () => {
    const strict = await AppProcess.start('hub', { PORT: String(hubPort()), RATE_LIMIT_IP_POINTS: '1' });
    processes.push(strict);
    const graphql = () => fetch(`${strict.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
    await graphql();
    expect((await graphql()).status).toBe(429);
    for (let i = 0; i < 5; i++) expect((await probe(`${strict.baseUrl}/health/ready`)).status).toBe(200);
    await strict.stop();
  }, 120_000);

  it('is not ready on a Redis that may evict, and says it is the Redis policy', async () => {
    const lru = await SpareRedis.start(['--maxmemory-policy', 'allkeys-lru']);
    try {
      const misconfigured = await AppProcess.start('hub', { PORT: String(hubPort()), REDIS_URL: lru.url });
      processes.push(misconfigured);
      const ready = await probe(`${misconfigured.baseUrl}/health/ready`);
      expect(ready.status).toBe(503);
      expect(ready.body.status).toBe('error');
      expect(Object.keys(ready.body.error ?? {})).toEqual(['redis']);
      expect(ready.body.error!.redis!.message).toBe('maxmemory-policy is allkeys-lru; needs noeviction');
      expect(ready.text).not.toContain(process.env.DATABASE_URL!);
      expect((await probe(`${misconfigured.baseUrl}/health/live`)).status).toBe(200);
      await misconfigured.stop();
    } finally {
      await lru.stop();
    }
  }, 120_000);

  it('is not ready while a migration of this build has not run, and names it', async () => {
    const [last] = (await db.query(`SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1`)).rows as { id: number; timestamp: string; name: string }[];
    await db.query('DELETE FROM migrations WHERE id = $1', [last!.id]);
    try {
      for (const app of [hub, worker]) {
        const ready = await probe(`${app.baseUrl}/health/ready`);
        expect(ready.status).toBe(503);
        expect(Object.keys(ready.body.error ?? {})).toEqual(['migrations']);
        expect(ready.body.error!.migrations!.message).toBe(`1 pending: ${last!.name}`);
      }
    } finally {
      await db.query('INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)', [last!.id, last!.timestamp, last!.name]);
    }
    expect((await probe(`${hub.baseUrl}/health/ready`)).status).toBe(200);
  });
});
