import { type ChildProcess, spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { resolve } from 'node:path';

/** A hub or line worker running as its own process from the compiled build, as in production. */
export class AppProcess {
  private output = '';

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    const collect = (chunk: Buffer) => {
      this.output += chunk.toString();
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    // Listed on the test file's global, where its jest environment (app-process-environment.mjs) finds what is left.
    const listed = ((globalThis as { __appProcesses?: Set<ChildProcess> }).__appProcesses ??= new Set());
    listed.add(child);
    child.once('exit', () => listed.delete(child));
  }

  /** `nodeArgs`: extra options for node itself (the bench's --cpu-prof, which NODE_OPTIONS refuses). */
  static async start(name: 'hub' | 'line-worker', env: Record<string, string> = {}, nodeArgs: readonly string[] = []): Promise<AppProcess> {
    // HUB_PROCESSES above 1: the cluster entry, which forks that many hubs on one port.
    const clustered = name === 'hub' && Number(env.HUB_PROCESSES ?? 1) > 1;
    const script = resolve(`dist/apps/${name}/src/${clustered ? 'hub-cluster' : 'main'}.js`);
    const child = spawn(process.execPath, ['--enable-source-maps', ...nodeArgs, script], {
      // Every test client calls from 127.0.0.1 and the limits count in the shared Redis: generous by
      // default, so suites do not throttle each other; tests of the limits set their own.
      // A worker's health port is picked free unless a test names one: suites run several workers at once.
      env: { ...process.env, NODE_ENV: 'test', RATE_LIMIT_IP_POINTS: '1000000', RATE_LIMIT_USER_POINTS: '1000000', WORKER_PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const app = new AppProcess(name, child);
    // Generous: a loaded CI machine boots a hub in seconds, a shared one sometimes in tens of seconds.
    await app.waitForOutput(clustered ? /all \d+ hub processes listening/ : name === 'hub' ? /GraphQL on/ : /processing the professional lines/, 60_000);
    return app;
  }

  /** The operating-system process id (for CPU and memory figures in the bench). */
  get pid(): number {
    return this.child.pid!;
  }

  get logs(): string {
    return this.output;
  }

  /** Where the process listens, from its start line (the hub's GraphQL URL, the worker's health URL). */
  get baseUrl(): string {
    const match = /(?:GraphQL on|health on) (http:\/\/[^/\s]+)/.exec(this.output);
    if (!match) throw new Error(`${this.name} has not said where it listens`);
    return match[1]!;
  }

  /** The exit code once the process has ended by itself or by a signal sent with stop(). */
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve({ code: this.child.exitCode, signal: this.child.signalCode });
    return new Promise((done) => this.child.once('exit', (code, signal) => done({ code, signal })));
  }

  /** Sends a signal without waiting for the exit. */
  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  async waitForOutput(pattern: RegExp, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(this.output)) {
      if (this.child.exitCode !== null) throw new Error(`${this.name} exited (${this.child.exitCode}):\n${this.output}`);
      if (Date.now() > deadline) throw new Error(`${this.name} did not print ${pattern} in time:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    await new Promise<void>((done) => {
      this.child.once('exit', () => done());
      this.child.kill(signal);
    });
  }
}

/** Ports in hubPort's range that Chromium refuses to open (ERR_UNSAFE_PORT): the browser suites must never get one. */
const BROWSER_BLOCKED_PORTS = new Set([10_080]);

/**
 * A port for one more hub. Random over a wide range rather than counted from the pid, so suites
 * and checkouts testing at the same time on one machine do not collide.
 */
export function hubPort(): number {
  for (;;) {
    const port = 10_000 + randomInt(20_000); // below the ephemeral range (32768+), where outgoing sockets take theirs
    if (!BROWSER_BLOCKED_PORTS.has(port)) return port;
  }
}
