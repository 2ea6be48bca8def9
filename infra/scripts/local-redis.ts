/** The private Redis server of a data dir, on 127.0.0.1 only, with an append-only file and no eviction. */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { runOk } from './run-command.js';
import { fileSize, processAlive, readTail, type ServiceHandle } from './service-process.js';
import { redisServerPath } from './system-packages.js';

const REDIS_MIN_MAJOR = 7;

function redisClient(port: number): Redis {
  const client = new Redis({
    host: '127.0.0.1',
    port,
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    connectTimeout: 1_000,
    commandTimeout: 2_000,
    // Resolve connect() on the TCP connection, so that a port held by something else shows up as
    // 'unusable' rather than as 'absent'.
    enableReadyCheck: false,
  });
  client.on('error', () => undefined);
  return client;
}

type PingResult =
  | { state: 'pong'; version: string; pid: number }
  | { state: 'absent' }
  | { state: 'loading' }
  | { state: 'unusable'; reason: string };

async function pingRedis(port: number): Promise<PingResult> {
  const client = redisClient(port);
  try {
    try {
      await client.connect();
    } catch {
      return { state: 'absent' };
    }
    try {
      const reply = await client.ping();
      if (reply !== 'PONG') return { state: 'unusable', reason: `PING answered ${reply}` };
      const info = await client.info('server');
      return {
        state: 'pong',
        version: /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown',
        pid: Number.parseInt(/process_id:(\d+)/.exec(info)?.[1] ?? '', 10),
      };
    } catch (error) {
      const message = (error as Error).message;
      // A server still loading its append-only file answers LOADING: it is there, just not ready.
      if (/^LOADING/.test(message)) return { state: 'loading' };
      if (/closed|ECONNRESET|writeable/i.test(message)) return { state: 'unusable', reason: 'connection closed without a Redis reply' };
      return { state: 'unusable', reason: message };
    }
  } finally {
    client.disconnect();
  }
}

/**
 * Polls until the server answers PONG (or the timeout ends); 'absent' and 'loading' are waited out.
 * `failed` lets the caller end the wait early (a daemonized redis-server reports bind errors only in its log).
 */
async function waitForRedis(port: number, timeoutMs: number, failed?: () => Promise<string | null>): Promise<PingResult> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await pingRedis(port);
    if (state.state === 'pong' || state.state === 'unusable' || Date.now() > deadline) return state;
    const reason = failed ? await failed() : null;
    if (reason) return { state: 'unusable', reason };
    await sleep(100);
  }
}

async function findRedisServer(): Promise<string> {
  const found = redisServerPath();
  if (!found) throw new Error('redis-server not found');
  const version = await runOk(found, ['--version']);
  const match = /v=(\d+)\.(\d+)\.(\d+)/.exec(version.stdout);
  if (!match || Number(match[1]) < REDIS_MIN_MAJOR) {
    throw new Error(`${found} is ${match ? match.slice(1).join('.') : 'of unknown version'}; Redis >= ${REDIS_MIN_MAJOR} is required`);
  }
  return found;
}

/** Starts a server on the port, or reuses the Redis already answering there. */
export async function startRedis(opts: { redisPort: number }, dataDir: string, log: (line: string) => void): Promise<ServiceHandle> {
  const port = opts.redisPort;
  let existing = await pingRedis(port);
  if (existing.state === 'loading') existing = await waitForRedis(port, 60_000);
  if (existing.state === 'unusable') {
    throw new Error(`something on 127.0.0.1:${port} is not a usable Redis: ${existing.reason}`);
  }
  if (existing.state === 'pong') {
    if (Number.parseInt(existing.version, 10) < REDIS_MIN_MAJOR) {
      throw new Error(`Redis on 127.0.0.1:${port} is ${existing.version}; Redis >= ${REDIS_MIN_MAJOR} is required`);
    }
    log(`reusing running Redis ${existing.version} on 127.0.0.1:${port} (pid ${existing.pid})`);
    return { stop: async () => undefined };
  }
  if (existing.state === 'loading') throw new Error(`Redis on 127.0.0.1:${port} is still loading after 60 s`);

  const server = await findRedisServer();
  const redisDir = join(dataDir, 'redis');
  const pidFile = join(redisDir, 'redis.pid');
  const logFile = join(redisDir, 'redis.log');
  await mkdir(redisDir, { recursive: true });
  const logOffset = await fileSize(logFile);
  log(`starting Redis on 127.0.0.1:${port}`);
  await runOk(server, [
    '--port', String(port),
    '--bind', '127.0.0.1',
    '--appendonly', 'yes',
    '--maxmemory-policy', 'noeviction',
    '--dir', redisDir,
    '--daemonize', 'yes',
    '--pidfile', pidFile,
    '--logfile', logFile,
    '--save', '',
  ]);

  // Log lines start with "<pid>:<role>"; once the daemon that wrote them is gone, stop waiting.
  const state = await waitForRedis(port, 60_000, async () => {
    const pids = [...(await readTail(logFile, 200, logOffset)).matchAll(/^(\d+):[A-Z] /gm)].map((m) => Number(m[1]));
    const last = pids.at(-1);
    return last !== undefined && !processAlive(last) ? `redis-server (pid ${last}) exited during start-up` : null;
  });
  if (state.state !== 'pong') {
    throw new Error(
      `Redis did not answer PING on 127.0.0.1:${port}${state.state === 'unusable' ? `: ${state.reason}` : ''}\n` +
        `--- ${logFile} ---\n${await readTail(logFile, 20, logOffset)}`,
    );
  }
  const startedPid = Number.parseInt(await readFile(pidFile, 'utf8').catch(() => ''), 10);
  if (startedPid !== state.pid) {
    // Another Redis took the port between our check and our start; ours has exited on the bind error.
    log(`Redis on 127.0.0.1:${port} is pid ${state.pid}, not the one just started; reusing it`);
    return { stop: async () => undefined };
  }

  let stopped: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      log(`stopping Redis on port ${port}`);
      const client = redisClient(port);
      try {
        await client.connect();
        // Plain SHUTDOWN: the append-only file keeps the data; no RDB snapshot is configured.
        await client.shutdown().catch(() => undefined);
      } catch {
        // already gone
      } finally {
        client.disconnect();
      }
      const until = Date.now() + 15_000;
      while ((await pingRedis(port)).state !== 'absent' || (Number.isInteger(startedPid) && processAlive(startedPid))) {
        if (Date.now() > until) {
          if (Number.isInteger(startedPid) && processAlive(startedPid)) {
            log(`Redis did not shut down; sending SIGTERM to pid ${startedPid}`);
            process.kill(startedPid, 'SIGTERM');
            await sleep(500);
          }
          break;
        }
        await sleep(100);
      }
    })();
    return stopped;
  };
  return { stop };
}
