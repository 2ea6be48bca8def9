import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { ListenConnection } from '#lines';

async function eventually(probe: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The role a listener logs in as; switching its LOGIN off makes every reconnect fail, as a Postgres still down does. */
const ROLE = 'listen_probe';

describe('a LISTEN connection across a Postgres that goes away and comes back', () => {
  let admin: pg.Client;
  let url: string;

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP ROLE IF EXISTS ${ROLE}`);
    await admin.query(`CREATE ROLE ${ROLE} LOGIN`);
    const parsed = new URL(process.env.DATABASE_URL!);
    parsed.username = ROLE;
    parsed.password = '';
    url = parsed.toString();
  });

  afterAll(async () => {
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '${ROLE}'`);
    await admin.query(`DROP ROLE IF EXISTS ${ROLE}`);
    await admin.end();
  });

  it('keeps trying while connecting fails, listens again once it can, and says so to catch up', async () => {
    const notified: number[] = [];
    const errors: unknown[] = [];
    let listenedTimes = 0;
    const listener = new ListenConnection(url, 'listen_probe_channel', 'listen-probe', {
      onNotification: () => notified.push(Date.now()),
      onListening: () => listenedTimes++,
      onError: (error) => errors.push(error),
    });
    await listener.open();
    try {
      expect(listenedTimes).toBe(1);
      await admin.query(`ALTER ROLE ${ROLE} NOLOGIN`);
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '${ROLE}'`);
      // The drop, then at least one refused reconnect: the old relay stopped trying after its first.
      await eventually(() => errors.length >= 2);
      expect(listener.listening).toBe(false);
      await admin.query(`ALTER ROLE ${ROLE} LOGIN`);
      await eventually(() => listener.listening);
      expect(listenedTimes).toBe(2);
      await admin.query(`NOTIFY listen_probe_channel`);
      await eventually(() => notified.length === 1);
    } finally {
      await listener.close();
    }
    expect(listener.listening).toBe(false);
  });
});
