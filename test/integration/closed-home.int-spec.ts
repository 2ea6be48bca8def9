import { describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { clusterLocation } from '../../infra/scripts/cluster-location.js';
import { startLocalServices } from '../../infra/scripts/local-services.js';

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise((done) => server.close(done));
  return port;
}

// Only root runs Postgres as another user (postgres); anyone else owns their own checkout.
const asRoot = process.getuid?.() === 0 ? it : it.skip;

describe('a checkout inside a directory the postgres user cannot enter (root home, mode 700)', () => {
  asRoot(
    'runs its cluster under /var/lib/loketlijn and keeps Redis in the checkout, without opening the directory',
    async () => {
      const closed = await mkdtemp(join(tmpdir(), 'loketlijn-home-'));
      expect((await stat(closed)).mode & 0o777).toBe(0o700);
      const dataDir = join(closed, 'checkout', '.data');
      const { pgDir } = clusterLocation(dataDir, false);
      const lines: string[] = [];
      const services = await startLocalServices({
        dataDir,
        pgPort: await freePort(),
        redisPort: await freePort(),
        fsync: false,
        database: 'closed_home',
        log: (line) => lines.push(line),
      });
      try {
        const client = new pg.Client({ connectionString: services.databaseUrl });
        await client.connect();
        const { rows } = await client.query<{ data_directory: string }>('SHOW data_directory');
        await client.end();
        expect(rows[0]?.data_directory).toBe(pgDir);
        expect(lines).toContain(
          `the postgres user cannot reach ${dataDir} (a parent directory is closed to it); the PostgreSQL cluster lives in ${pgDir}`,
        );
        expect(existsSync(join(dataDir, 'redis', 'redis.pid'))).toBe(true);
        expect((await stat(closed)).mode & 0o777).toBe(0o700);
      } finally {
        await services.stop();
        await rm(closed, { recursive: true, force: true });
        await rm(dirname(pgDir), { recursive: true, force: true });
      }
    },
    120_000,
  );
});
