import { chmodSync, chownSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { isRoot, run, runOk, tail } from '../../infra/scripts/run-command.js';
import { listPgBins } from '../../infra/scripts/system-packages.js';
import { hubPort } from './app-processes.js';

/** As the postgres OS user when root: Postgres refuses to run as root. */
function asPostgres(cmd: string, args: string[]): [string, string[]] {
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
}

/**
 * A hot standby of the test cluster on loopback: pg_basebackup with -R (streaming replication), then
 * started on a port of its own. Read-only, with the primary's roles and row-level security. Its replay
 * can be paused, so a test can tell which server answered.
 */
export class PostgresStandby {
  private constructor(
    private readonly pgCtl: string,
    private readonly dir: string,
    readonly port: number,
  ) {}

  static async start(primaryUrl: string): Promise<PostgresStandby> {
    const primary = new URL(primaryUrl);
    const { major, maxConnections } = await primarySettings(primaryUrl);
    const bin = listPgBins().find((b) => b.major === major)?.bin;
    if (!bin) throw new Error(`no PostgreSQL ${major} binaries for the standby`);
    // The postgres user must reach the directory (mkdtemp makes it 700, owned by whoever runs the tests).
    const dir = mkdtempSync(join(tmpdir(), 'loketlijn-standby-'));
    chmodSync(dir, 0o755);
    if (isRoot()) {
      const uid = Number((await runOk('id', ['-u', 'postgres'])).stdout.trim());
      const gid = Number((await runOk('id', ['-g', 'postgres'])).stdout.trim());
      chownSync(dir, uid, gid);
    }
    const data = join(dir, 'data');
    const backup = ['-h', '127.0.0.1', '-p', primary.port, '-U', 'postgres', '-D', data, '-R', '-X', 'stream', '-c', 'fast'];
    await runOk(...asPostgres(join(bin, 'pg_basebackup'), backup));
    const port = hubPort();
    const standby = new PostgresStandby(join(bin, 'pg_ctl'), dir, port);
    // A standby needs at least the primary's max_connections (the test cluster sets it on the command line).
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=${maxConnections}`;
    const started = await run(...asPostgres(standby.pgCtl, ['-D', data, '-w', '-t', '60', '-l', join(dir, 'postgres.log'), '-o', options, 'start']));
    if (started.code !== 0) {
      const log = readFileSync(join(dir, 'postgres.log'), 'utf8');
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`the standby did not start:\n${tail(log, 10)}`);
    }
    return standby;
  }

  /** The same database and user as `url`, on the standby. */
  urlLike(url: string): string {
    const standby = new URL(url);
    standby.host = `127.0.0.1:${this.port}`;
    return standby.toString();
  }

  /** Stops applying the primary's changes, as a lagging replica would; resume() catches up. */
  async pauseReplay(database: string): Promise<void> {
    await this.query(database, 'SELECT pg_wal_replay_pause()');
  }

  async resumeReplay(database: string): Promise<void> {
    await this.query(database, 'SELECT pg_wal_replay_resume()');
  }

  async query<T>(database: string, sql: string): Promise<T[]> {
    const client = new pg.Client({ host: '127.0.0.1', port: this.port, user: 'postgres', database });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  }

  async stop(): Promise<void> {
    await run(...asPostgres(this.pgCtl, ['-D', join(this.dir, 'data'), '-m', 'immediate', 'stop']));
    rmSync(this.dir, { recursive: true, force: true });
  }
}

async function primarySettings(url: string): Promise<{ major: number; maxConnections: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string; connections: string }>(
      `SELECT current_setting('server_version_num') AS version, current_setting('max_connections') AS connections`,
    );
    return { major: Math.floor(Number(rows[0]!.version) / 10_000), maxConnections: Number(rows[0]!.connections) };
  } finally {
    await client.end();
  }
}
