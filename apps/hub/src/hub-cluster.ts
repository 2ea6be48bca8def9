/**
 * The hub as HUB_PROCESSES processes sharing one port (node cluster); 1 (the default here) runs main.js
 * in this process. The hub is stateless: graphql-ws sockets stay with the process that accepted them,
 * events reach every process over Redis pub/sub, each process re-reads the revocations and runs an
 * outbox relay (rows are claimed with SKIP LOCKED). A process that dies takes the group down, so the
 * supervisor (npm start's restart policy, or the orchestrator) restarts it whole.
 */
import cluster from 'node:cluster';
import { fileURLToPath } from 'node:url';

const MAX_PROCESSES = 64;

function processCount(): number {
  const raw = process.env.HUB_PROCESSES ?? '1';
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1 || count > MAX_PROCESSES) throw new Error(`HUB_PROCESSES must be a whole number from 1 to ${MAX_PROCESSES}, not "${raw}"`);
  return count;
}

const count = processCount();
if (count === 1) {
  await import('./main.js');
} else {
  cluster.setupPrimary({ exec: fileURLToPath(new URL('./main.js', import.meta.url)) });
  let stopping = false;
  let listening = 0;
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(code);
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(code);
    });
    // Each process drains its own requests and sockets (graceful shutdown) before it exits.
    for (const worker of workers) worker?.process.kill('SIGTERM');
  };
  cluster.on('listening', () => {
    if (++listening === count) console.log(`[hub] all ${count} hub processes listening`);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.error(`[hub] hub process ${worker.process.pid} stopped (${signal ?? code}); stopping the group`);
    stop(1);
  });
  process.on('SIGTERM', () => stop(0));
  process.on('SIGINT', () => stop(0));
  for (let i = 0; i < count; i++) cluster.fork();
}
