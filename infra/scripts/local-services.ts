/**
 * Embedded local services: a private PostgreSQL cluster (local-postgres) and a Redis server
 * (local-redis) for one data directory, bound to 127.0.0.1 only.
 *
 * Uses the system binaries (Debian: /usr/lib/postgresql/<N>/bin, /usr/bin/redis-server), installed
 * through system-packages when missing. Reuses a server that is already running for the same data
 * dir / port, and stop() only stops what this call started. Every child process is started with an
 * explicit argument vector.
 */
import { mkdir, open, readFile, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startPostgres } from './local-postgres.js';
import { startRedis } from './local-redis.js';
import { processAlive, type ServiceHandle } from './service-process.js';
import { ensureSystemPackages } from './system-packages.js';

export interface LocalServicesOptions {
  dataDir: string;
  pgPort: number;
  redisPort: number;
  fsync: boolean;
  database: string;
  log?: (line: string) => void;
}

export interface LocalServices {
  databaseUrl: string;
  redisUrl: string;
  stop(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Start lock: two processes starting services for one data dir at the same moment would race on
// initdb and on the ports. The lock is held only while starting.

async function withStartLock<T>(dataDir: string, log: (line: string) => void, fn: () => Promise<T>): Promise<T> {
  const lockFile = join(dataDir, '.local-services.lock');
  const deadline = Date.now() + 180_000;
  let emptySeen = 0;
  let announced = false;
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const content = (await readFile(lockFile, 'utf8').catch(() => '')).trim();
    const holder = Number.parseInt(content, 10);
    if (!content) {
      // Either just created and not yet written, or left empty by a crash.
      if (++emptySeen > 20) await unlink(lockFile).catch(() => undefined);
      await sleep(100);
      continue;
    }
    if (!Number.isInteger(holder) || holder <= 0 || !processAlive(holder)) {
      log(`removing stale start lock (pid ${content})`);
      await unlink(lockFile).catch(() => undefined);
      continue;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for start lock ${lockFile} held by pid ${holder}`);
    if (!announced) {
      log(`waiting for start lock held by pid ${holder}`);
      announced = true;
    }
    await sleep(200);
  }
  try {
    return await fn();
  } finally {
    await unlink(lockFile).catch(() => undefined);
  }
}


// ---------------------------------------------------------------------------------------------

export async function startLocalServices(opts: LocalServicesOptions): Promise<LocalServices> {
  const log = opts.log ?? (() => undefined);
  const dataDir = resolve(opts.dataDir);
  // pg_ctl runs the postmaster through /bin/sh and Postgres parses the socket directory as a list.
  if (/["$`\\,\n]/.test(dataDir)) {
    throw new Error(`dataDir must not contain any of " $ \` \\ , or a newline: ${dataDir}`);
  }
  for (const [name, port] of [['pgPort', opts.pgPort], ['redisPort', opts.redisPort]] as const) {
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name} is not a valid port: ${port}`);
  }
  if (!opts.database || opts.database.length > 63) throw new Error(`invalid database name: "${opts.database}"`);

  await ensureSystemPackages(['postgresql', 'redis-server'], { log });
  await mkdir(dataDir, { recursive: true });

  return withStartLock(dataDir, log, async () => {
    const pg = await startPostgres(opts, dataDir, log);
    let redis: ServiceHandle;
    try {
      redis = await startRedis(opts, dataDir, log);
    } catch (error) {
      await pg.stop().catch(() => undefined);
      throw error;
    }

    let stopped: Promise<void> | null = null;
    return {
      databaseUrl: `postgres://postgres@127.0.0.1:${opts.pgPort}/${encodeURIComponent(opts.database)}`,
      redisUrl: `redis://127.0.0.1:${opts.redisPort}`,
      stop(): Promise<void> {
        stopped ??= (async () => {
          const results = await Promise.allSettled([redis.stop(), pg.stop()]);
          const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
          if (failed) throw failed.reason;
        })();
        return stopped;
      },
    };
  });
}
