/**
 * `npm start`: the whole system on one machine. Without DATABASE_URL/REDIS_URL it starts its own
 * Postgres and Redis under .data/; builds the web app, migrates, seeds, and runs the hub (serving the
 * web app beside /graphql) and the line worker. A crashed hub or worker is restarted with backoff.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { APP_DATABASE_ROLE } from '#config';
import { DEMO_ACCOUNTS } from '#domain';
import { buildWebApp } from './build-web-app.js';
import { DEMO_PASSWORD, EMBEDDED } from './demo.js';
import { defaultHubProcesses } from './hub-processes.js';
import { startLocalServices } from './local-services.js';
import { prepareDatabase } from './prepare-database.js';
import { crashesInARow, restartDelayMs } from './restart-policy.js';

const log = (line: string) => console.log(`[loketlijn] ${line}`);
const root = process.cwd();

async function services() {
  const { DATABASE_URL, REDIS_URL } = process.env;
  if (DATABASE_URL && REDIS_URL) {
    log('using DATABASE_URL and REDIS_URL; starting nothing locally');
    return { databaseUrl: DATABASE_URL, redisUrl: REDIS_URL, stop: async () => undefined, embedded: false };
  }
  if (DATABASE_URL || REDIS_URL) throw new Error('Set both DATABASE_URL and REDIS_URL, or neither for the embedded default');
  const local = await startLocalServices({ dataDir: resolve(root, '.data'), pgPort: EMBEDDED.pgPort, redisPort: EMBEDDED.redisPort, fsync: true, database: EMBEDDED.database, log });
  return { ...local, embedded: true };
}

/** Runs one app and restarts it with backoff when it stops by itself; Ctrl-C stops it for good. */
function supervise(name: string, script: string, env: NodeJS.ProcessEnv, crashes = 0): void {
  const startedAt = Date.now();
  const child = spawn(process.execPath, ['--enable-source-maps', resolve(root, script)], { env, stdio: 'inherit' });
  children.set(name, child);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    const inARow = crashesInARow(crashes, Date.now() - startedAt);
    const delay = restartDelayMs(inARow);
    log(`${name} stopped unexpectedly (${signal ?? code}); restarting it in ${delay / 1000} s (crash ${inARow} in a row); the rest keeps running`);
    setTimeout(() => {
      if (!stopping) supervise(name, script, env, inARow);
    }, delay).unref();
  });
}

let stopping = false;
const children = new Map<string, ChildProcess>();
let stopServices: () => Promise<void> = async () => undefined;

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  log('shutting down');
  await Promise.all(
    [...children.values()].map(
      (child) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', () => done());
          child.kill('SIGTERM');
          // The apps finish their work within SHUTDOWN_GRACE_MS; a little more before the hard stop.
          setTimeout(() => child.kill('SIGKILL'), Number(process.env.SHUTDOWN_GRACE_MS || 10_000) + 5_000).unref();
        }),
    ),
  );
  await stopServices().catch((error: unknown) => log(`stopping services failed: ${String(error)}`));
  log('stopped');
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  await buildWebApp(root);
  log('web app built into apps/web/dist');
  const local = await services();
  stopServices = local.stop;
  const report = await prepareDatabase(local.databaseUrl, DEMO_PASSWORD);
  log(`database ready: ${report.migrations} migrations run, ${report.agencies} agencies, ${report.topics} topics, ${report.servicePoints} service points`);
  log(`hub and line worker connect as ${APP_DATABASE_ROLE} (row-level security applies); migrations ran as the owner`);
  const port = Number(process.env.PORT ?? EMBEDDED.hubPort);
  const env = { ...process.env, DATABASE_URL: local.databaseUrl, REDIS_URL: local.redisUrl, PORT: String(port) };
  // HUB_PROCESSES, or one per core less the one the embedded services need (apps/hub/src/hub-cluster.ts).
  const hubProcesses = process.env.HUB_PROCESSES ?? String(defaultHubProcesses(availableParallelism(), local.embedded));
  supervise('hub', 'dist/apps/hub/src/hub-cluster.js', { ...env, HUB_PROCESSES: hubProcesses });
  log(`hub: ${hubProcesses} process(es) on one port (HUB_PROCESSES)`);
  supervise('line-worker', 'dist/apps/line-worker/src/main.js', env);
  log(`Web app:   http://127.0.0.1:${port}/  (desk, line and monitor)`);
  log(`GraphQL:   http://127.0.0.1:${port}/graphql  (WebSocket subscriptions on the same URL)`);
  log(`Demo accounts, password "${DEMO_PASSWORD}":`);
  for (const account of DEMO_ACCOUNTS) log(`  ${account.username.padEnd(20)} ${account.role}${account.servicePointCode ? ` ${account.servicePointCode}` : ''}${account.agencyCode ? ` ${account.agencyCode}` : ''}`);
  log('A hub or line worker that crashes is restarted (waits double up to 30 s). Ctrl-C stops everything.');
} catch (error) {
  log(`could not start: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}
