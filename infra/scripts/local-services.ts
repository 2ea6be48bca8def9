/**
 * Embedded local services: a private PostgreSQL cluster and a Redis server, both
 * kept under one data directory and bound to 127.0.0.1 only.
 *
 * Uses the system binaries (Debian: /usr/lib/postgresql/<N>/bin, /usr/bin/redis-server), installed
 * through system-packages when missing. Reuses a server
 * that is already running for the same data dir / port, and stop() only stops what this
 * call started. Every child process is started with an explicit argument vector.
 */
import { existsSync, readFileSync } from 'node:fs';
import { chown, mkdir, open, readFile, readdir, readlink, realpath, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { Redis } from 'ioredis';
import { prepareClusterLocation, type PostgresIds } from './cluster-location.js';
import { isRoot, run, runOk, tail } from './run-command.js';
import { ensureSystemPackages, listPgBins, PG_MIN_MAJOR, type PgBin, redisServerPath } from './system-packages.js';

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

const REDIS_MIN_MAJOR = 7;
/** sockaddr_un.sun_path is 108 bytes including the terminating NUL. */
const MAX_SOCKET_PATH = 107;

/** The last lines of a log file, written after byte offset `from`. */
async function readTail(file: string, lines = 20, from = 0): Promise<string> {
  try {
    return tail((await readFile(file)).subarray(from).toString('utf8'), lines);
  } catch {
    return '';
  }
}

async function fileSize(file: string): Promise<number> {
  return stat(file).then((s) => s.size, () => 0);
}

/** State letter from /proc/<pid>/stat ('Z' for a zombie), or null where /proc does not tell. */
function procState(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) || null;
  } catch {
    return null;
  }
}

/** True for a running process; false for an exited one and for a zombie (an init that reaps slowly keeps those around). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return procState(pid) !== 'Z';
}

function isZombie(pid: number): boolean {
  return procState(pid) === 'Z';
}

/** Shell-free invocation as the postgres OS user when root (initdb and postgres refuse to run as root). */
function asPostgres(cmd: string, args: readonly string[]): [string, string[]] {
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, [...args]];
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
// PostgreSQL

/** The binaries for the cluster in pgDir (system-packages has made sure a recent enough version is installed). */
async function findPgBin(pgDir: string): Promise<PgBin> {
  const bins = listPgBins();
  // An existing cluster must be run by binaries of its own major version.
  const existing = await readFile(join(pgDir, 'PG_VERSION'), 'utf8').catch(() => null);
  if (existing !== null) {
    const major = Number.parseInt(existing.trim(), 10);
    const match = bins.find((b) => b.major === major);
    if (!match) {
      throw new Error(
        `${pgDir} holds a PostgreSQL ${major} cluster but only ${bins.map((b) => b.major).join(', ')} is installed; ` +
          `remove ${pgDir} to start afresh or install postgresql-${major}`,
      );
    }
    return match;
  }
  return bins.find((b) => b.major >= PG_MIN_MAJOR)!;
}

/** Single-quotes a word for /bin/sh (pg_ctl passes -o through a shell). */
function shq(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

async function readLockPid(file: string): Promise<{ pid: number; port: number } | null> {
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) return null;
  const lines = text.split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  const port = Number.parseInt(lines[3] ?? '', 10);
  return Number.isInteger(pid) ? { pid: Math.abs(pid), port } : null;
}

async function cwdOf(pid: number): Promise<string | null> {
  return readlink(`/proc/${pid}/cwd`).catch(() => null);
}

/** Whether pid is a live process of the cluster in pgDir (every Postgres process runs with the data dir as cwd). */
async function isClusterProcess(pid: number, pgDir: string): Promise<boolean> {
  if (!processAlive(pid)) return false;
  if (!existsSync('/proc/self')) return true;
  const cwd = await cwdOf(pid);
  if (cwd !== null) return cwd === (await realpath(pgDir));
  const comm = (await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '')).trim();
  return comm === 'postgres' || comm === 'postmaster';
}

/** Live processes working in pgDir: backends of a killed postmaster linger for a moment. */
async function clusterProcesses(pgDir: string): Promise<number[]> {
  const real = await realpath(pgDir);
  const pids = (await readdir('/proc').catch(() => [] as string[])).filter((n) => /^\d+$/.test(n)).map(Number);
  const found: number[] = [];
  for (const pid of pids) {
    if ((await cwdOf(pid)) === real && processAlive(pid)) found.push(pid);
  }
  return found;
}

/**
 * Lock files (postmaster.pid, .s.PGSQL.<port>.lock) whose PID is a zombie or now belongs to another
 * process (typical after a container restart) make pg_ctl status report a running server and the
 * postmaster refuse to start. Remove them, but only once no process of the old cluster is left, so
 * Postgres' own check against orphaned backends on the old shared memory is never bypassed.
 * Lock files naming a pid that has simply exited are left to pg_ctl and Postgres.
 */
async function clearStaleLockFiles(pgDir: string, socketDir: string, port: number, log: (line: string) => void): Promise<void> {
  if (!existsSync('/proc/self')) return;
  const files = [join(pgDir, 'postmaster.pid')];
  if (socketDir) files.push(join(socketDir, `.s.PGSQL.${port}.lock`));
  for (const file of files) {
    const info = await readLockPid(file);
    if (!info) continue;
    // A postmaster killed a moment ago stays a zombie until init reaps it.
    for (let i = 0; i < 50 && isZombie(info.pid); i++) await sleep(100);
    if (!isZombie(info.pid) && (!processAlive(info.pid) || (await isClusterProcess(info.pid, pgDir)))) continue;
    for (let i = 0; i < 100 && (await clusterProcesses(pgDir)).length > 0; i++) await sleep(100);
    const left = await clusterProcesses(pgDir);
    if (left.length > 0) {
      throw new Error(`processes ${left.join(', ')} of an old postmaster still run in ${pgDir}; stop them first`);
    }
    log(`removing stale ${file} (pid ${info.pid} is not this cluster's postmaster)`);
    await unlink(file).catch(() => undefined);
  }
}

async function connectPg(port: number, database: string, timeoutMs: number): Promise<Client> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new Client({ host: '127.0.0.1', port, user: 'postgres', database, connectionTimeoutMillis: 5_000 });
    try {
      await client.connect();
      return client;
    } catch (error) {
      await client.end().catch(() => undefined);
      const code = (error as { code?: string }).code;
      const transient = code === 'ECONNREFUSED' || code === '57P03' || code === 'ECONNRESET';
      if (!transient || Date.now() > deadline) throw error;
      await sleep(200);
    }
  }
}

async function ensureDatabase(port: number, database: string, log: (line: string) => void): Promise<void> {
  const client = await connectPg(port, 'postgres', 30_000);
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount) return;
    log(`creating database ${database}`);
    try {
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
    } catch (error) {
      // Another process may have created it in between.
      const code = (error as { code?: string }).code;
      if (code !== '42P04' && code !== '23505') throw error;
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

interface PgHandle {
  stop(): Promise<void>;
}

async function startPostgres(opts: LocalServicesOptions, dataDir: string, log: (line: string) => void): Promise<PgHandle> {
  const postgresUid = isRoot() ? await lookupPostgresIds() : null;
  const { pgDir, logFile } = await prepareClusterLocation(dataDir, postgresUid, log);
  const { major, bin } = await findPgBin(pgDir);
  const pgCtl = join(bin, 'pg_ctl');

  if (!existsSync(join(pgDir, 'PG_VERSION'))) {
    log(`initdb PostgreSQL ${major} in ${pgDir}`);
    await mkdir(pgDir, { recursive: true, mode: 0o700 });
    if (postgresUid) {
      await chown(pgDir, postgresUid.uid, postgresUid.gid);
      const access = await run('runuser', ['-u', 'postgres', '--', 'test', '-w', pgDir]);
      if (access.code !== 0) {
        throw new Error(`the postgres user cannot write ${pgDir}`);
      }
    }
    const [cmd, args] = asPostgres(join(bin, 'initdb'), [
      '-D', pgDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8',
    ]);
    await runOk(cmd, args);
  }

  let socketDir = pgDir;
  if (`${pgDir}/.s.PGSQL.${opts.pgPort}`.length > MAX_SOCKET_PATH) socketDir = '';

  await clearStaleLockFiles(pgDir, socketDir, opts.pgPort, log);
  const [statusCmd, statusArgs] = asPostgres(pgCtl, ['-D', pgDir, 'status']);
  const status = await run(statusCmd, statusArgs);
  if (status.code === 0) {
    const info = await readLockPid(join(pgDir, 'postmaster.pid'));
    if (info && Number.isInteger(info.port) && info.port !== opts.pgPort) {
      throw new Error(
        `a postmaster (pid ${info.pid}) already runs for ${pgDir} on port ${info.port}, not ${opts.pgPort}; ` +
          `stop it with: runuser -u postgres -- ${pgCtl} -D ${pgDir} stop -m fast`,
      );
    }
    log(`reusing running PostgreSQL on 127.0.0.1:${opts.pgPort} (pid ${info?.pid ?? '?'})`);
    await ensureDatabase(opts.pgPort, opts.database, log);
    return { stop: async () => undefined };
  }

  // The log file is opened by the shell pg_ctl starts as the postgres user.
  const logHandle = await open(logFile, 'a');
  await logHandle.close();
  if (postgresUid) await chown(logFile, postgresUid.uid, postgresUid.gid);
  const logOffset = await fileSize(logFile);

  if (!socketDir) log(`socket path under ${pgDir} is too long; Unix socket disabled (TCP only)`);
  const fsync = opts.fsync ? 'on' : 'off';
  const settings = [
    '-p', String(opts.pgPort),
    '-k', socketDir,
    '-c', 'listen_addresses=127.0.0.1',
    '-c', `fsync=${fsync}`,
    '-c', 'max_connections=200',
    ...(opts.fsync ? [] : ['-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
  ];
  log(`starting PostgreSQL ${major} on 127.0.0.1:${opts.pgPort} (fsync=${fsync})`);
  const [startCmd, startArgs] = asPostgres(pgCtl, [
    '-D', pgDir, '-l', logFile, '-w', '-t', '60', '-o', settings.map(shq).join(' '), 'start',
  ]);
  const started = await run(startCmd, startArgs);
  if (started.code !== 0) {
    throw new Error(
      `pg_ctl start failed (exit ${started.code}): ${tail(`${started.stdout}\n${started.stderr}`, 5)}\n` +
        `--- ${logFile} ---\n${await readTail(logFile, 20, logOffset)}`,
    );
  }

  let stopped: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      log(`stopping PostgreSQL on port ${opts.pgPort}`);
      const [cmd, args] = asPostgres(pgCtl, ['-D', pgDir, '-m', 'fast', '-w', 'stop']);
      const result = await run(cmd, args);
      // Exit 1 with "PID file ... does not exist" means it is already stopped.
      if (result.code !== 0 && existsSync(join(pgDir, 'postmaster.pid'))) {
        throw new Error(`pg_ctl stop failed: ${tail(`${result.stdout}\n${result.stderr}`, 5)}`);
      }
    })();
    return stopped;
  };

  try {
    await ensureDatabase(opts.pgPort, opts.database, log);
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  return { stop };
}

async function lookupPostgresIds(): Promise<PostgresIds> {
  const result = await run('id', ['-u', 'postgres']);
  const group = await run('id', ['-g', 'postgres']);
  if (result.code !== 0 || group.code !== 0) {
    throw new Error('no "postgres" OS user exists; install PostgreSQL with: apt-get install -y postgresql');
  }
  return { uid: Number(result.stdout.trim()), gid: Number(group.stdout.trim()) };
}

// ---------------------------------------------------------------------------------------------
// Redis

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

interface RedisHandle {
  stop(): Promise<void>;
}

async function startRedis(opts: LocalServicesOptions, dataDir: string, log: (line: string) => void): Promise<RedisHandle> {
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
    let redis: RedisHandle;
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
