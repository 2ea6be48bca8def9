/**
 * The private PostgreSQL cluster of a data dir, on 127.0.0.1 only. As root the server runs as the
 * postgres user (initdb and postgres refuse root); cluster-location says where its directory is.
 */
import { existsSync } from 'node:fs';
import { chown, mkdir, open, readFile, readdir, readlink, realpath, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { prepareClusterLocation, type PostgresIds } from './cluster-location.js';
import { isRoot, run, runOk, tail } from './run-command.js';
import { fileSize, isZombie, processAlive, readTail, type ServiceHandle } from './service-process.js';
import { listPgBins, PG_MIN_MAJOR, type PgBin } from './system-packages.js';

export interface PostgresOptions {
  pgPort: number;
  fsync: boolean;
  database: string;
}

/** sockaddr_un.sun_path is 108 bytes including the terminating NUL. */
const MAX_SOCKET_PATH = 107;

/** Shell-free invocation as the postgres OS user when root (initdb and postgres refuse to run as root). */
function asPostgres(cmd: string, args: readonly string[]): [string, string[]] {
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, [...args]];
}

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

/** Starts the cluster (initdb first when new), or reuses the one already running; makes sure the database exists. */
export async function startPostgres(opts: PostgresOptions, dataDir: string, log: (line: string) => void): Promise<ServiceHandle> {
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
