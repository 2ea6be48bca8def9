import { type ChildProcess, spawn } from 'node:child_process';
import { Redis } from 'ioredis';
import { hubPort } from './app-processes.js';

/**
 * A throwaway Redis on a free port, without persistence, for tests that need one configured wrongly
 * on purpose (an eviction policy BullMQ cannot live with). Started in the foreground and stopped by its pid.
 */
export class SpareRedis {
  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  static async start(args: string[]): Promise<SpareRedis> {
    const port = hubPort();
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', '/tmp', ...args], { stdio: 'ignore' });
    const spare = new SpareRedis(child, port);
    for (let attempt = 0; !(await answers(spare.url)); attempt++) {
      if (child.exitCode !== null || attempt > 100) {
        await spare.stop();
        throw new Error(`redis-server on ${port} did not start`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    return spare;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    await new Promise<void>((done) => {
      this.child.once('exit', () => done());
      this.child.kill('SIGTERM');
    });
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}
