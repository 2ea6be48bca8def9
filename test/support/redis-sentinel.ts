import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { hubPort } from './app-processes.js';
import { SpareRedis } from './spare-redis.js';

export const MASTER_NAME = 'loketlijn';

/**
 * A Redis master, one replica and one sentinel watching them, all on loopback. The sentinel is
 * redis-server in sentinel mode (the redis-server package ships no separate binary here); it
 * rewrites its config file, so that lives in a directory of its own. Stopped by the pids started.
 */
export class SentinelSetup {
  private constructor(
    readonly master: SpareRedis,
    readonly replica: SpareRedis,
    private readonly sentinel: ChildProcess,
    readonly sentinelPort: number,
    private readonly dir: string,
  ) {}

  static async start(): Promise<SentinelSetup> {
    const master = await SpareRedis.start(['--maxmemory-policy', 'noeviction']);
    const replica = await SpareRedis.start(['--maxmemory-policy', 'noeviction', '--replicaof', '127.0.0.1', String(master.port)]);
    const dir = mkdtempSync(join(tmpdir(), 'loketlijn-sentinel-'));
    const port = hubPort();
    const config = join(dir, 'sentinel.conf');
    writeFileSync(
      config,
      [
        `port ${port}`,
        'bind 127.0.0.1',
        `dir ${dir}`,
        `sentinel monitor ${MASTER_NAME} 127.0.0.1 ${master.port} 1`,
        `sentinel down-after-milliseconds ${MASTER_NAME} 1000`,
        `sentinel failover-timeout ${MASTER_NAME} 5000`,
        '',
      ].join('\n'),
    );
    const sentinel = spawn('redis-server', [config, '--sentinel'], { stdio: 'ignore' });
    const setup = new SentinelSetup(master, replica, sentinel, port, dir);
    for (let attempt = 0; (await setup.masterPort()) !== master.port; attempt++) {
      if (sentinel.exitCode !== null || attempt > 100) {
        await setup.stop();
        throw new Error('redis sentinel did not start');
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return setup;
  }

  get sentinels(): string {
    return `127.0.0.1:${this.sentinelPort}`;
  }

  /** The master's port as the sentinel names it; null while it does not answer. */
  async masterPort(): Promise<number | null> {
    const client = new Redis({ port: this.sentinelPort, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => undefined);
    try {
      await client.connect();
      const address = (await client.call('SENTINEL', 'get-master-addr-by-name', MASTER_NAME)) as [string, string] | null;
      return address ? Number(address[1]) : null;
    } catch {
      return null;
    } finally {
      client.disconnect();
    }
  }

  /** Makes the sentinel promote the replica now, as it would when the master dies. */
  async failover(): Promise<void> {
    const client = new Redis({ port: this.sentinelPort, host: '127.0.0.1' });
    try {
      await client.call('SENTINEL', 'failover', MASTER_NAME);
    } finally {
      client.disconnect();
    }
  }

  async stop(): Promise<void> {
    if (this.sentinel.exitCode === null && this.sentinel.signalCode === null) {
      await new Promise<void>((done) => {
        this.sentinel.once('exit', () => done());
        this.sentinel.kill('SIGTERM');
      });
    }
    await Promise.all([this.master.stop(), this.replica.stop()]);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
