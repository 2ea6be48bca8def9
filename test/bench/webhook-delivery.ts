/**
 * Issue 3's webhook figure (part of `npm run bench`):
 *   1. p50/p99 from a committed submit to the signed webhook arriving at the reference receiver;
 *   2. the same for seven healthy agencies while the eighth (UWV) is poisoned: its endpoint hangs
 *      past the timeout, or answers 500, on every request.
 * Hub and line worker as their own processes on the bench services (app role, row-level security),
 * one reference receiver per agency that verifies, acknowledges, fetches and accepts. The hub runs
 * in test mode: production accepts https endpoints only, and the receivers listen on plain http.
 * Every agency goes back to the inbox (PORTAL) afterwards, as the other benchmarks expect.
 */
import { loadavg } from 'node:os';
import { AGENCY_CODES, AgencyCode } from '#domain';
import { createRedisConnection, LineProducer } from '#lines';
import { createDataSource } from '#persistence';
import { type Answer, ReferenceReceiver } from '../reference-receiver/reference-receiver.js';
import { connectAgencySystem, disconnectAgencySystem } from '../support/agency-system-operations.js';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { Fixtures } from '../support/fixtures.js';
import { GqlClient } from '../support/graphql-client.js';
import { percentile } from './stats.js';

/** Submits per second, spread evenly: a steady load the hub can carry, so queues show what poison adds. */
const RATE = Number(process.env.BENCH_WEBHOOK_RATE ?? 20);
const POISONED = AgencyCode.UWV;
const HEALTHY = AGENCY_CODES.filter((a) => a !== POISONED);
const ENV = { WEBHOOK_TIMEOUT_MS: '2000', WEBHOOK_BACKOFF_BASE_MS: '1000', WEBHOOK_CONCURRENCY: '8' };

type Poison = 'none' | 'hang' | '500';

function summary(latencies: number[]) {
  return { n: latencies.length, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: Math.max(...latencies) };
}

/** `perAgency` referrals per agency in each of the phases none, hang, 500; `quietCount` one at a time first. */
export async function webhookDelivery(perAgency: number, quietCount: number): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL!;
  const redisUrl = process.env.REDIS_URL!;
  const processes: AppProcess[] = [];
  const receivers = new Map<AgencyCode, ReferenceReceiver>();
  const db = await createDataSource({ url: databaseUrl, poolSize: 10 }).initialize();
  const queueConnection = createRedisConnection(redisUrl, 'bench-webhooks');
  const queues = new LineProducer(queueConnection);
  // Event ids restart with a fresh bench database; jobs kept from an earlier run would swallow new ones.
  for (const agency of AGENCY_CODES) await queues.webhookQueue(agency).obliterate({ force: true });
  const port = hubPort();
  const hubUrl = `http://127.0.0.1:${port}`;
  const env = { DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, ...ENV };
  let admin: GqlClient | null = null;
  try {
    processes.push(await AppProcess.start('hub', { ...env, PORT: String(port) }), await AppProcess.start('line-worker', env));
    const fixtures = new Fixtures(db);
    admin = await GqlClient.signIn(hubUrl, 'admin');

    let poison: Poison = 'none';
    const poisonAnswer = (): Promise<Answer | null> | Answer | null => {
      if (poison === 'hang') return new Promise((r) => setTimeout(() => r({ status: 503 }), 5_000));
      if (poison === '500') return { status: 500 };
      return null;
    };
    for (const agency of AGENCY_CODES) {
      const receiver = new ReferenceReceiver({ secrets: [], before: agency === POISONED ? poisonAnswer : undefined });
      const credentials = await connectAgencySystem(admin, agency, await receiver.start());
      receiver.configure({ secrets: [credentials.signingSecret], hub: { url: hubUrl, clientId: credentials.clientId, clientSecret: credentials.clientSecret } });
      receivers.set(agency, receiver);
    }

    async function phase(name: Poison, count = perAgency) {
      poison = name;
      const agencies = [...HEALTHY, POISONED];
      const drafts: Awaited<ReturnType<Fixtures['draftReferral']>>[] = [];
      for (let i = 0; i < count; i++) for (const agency of agencies) drafts.push(await fixtures.draftReferral(agency));
      const submittedAt = new Map<string, number>();
      const started = Date.now();
      await Promise.all(
        drafts.map(async (draft, i) => {
          await new Promise((r) => setTimeout(r, (i * 1000) / RATE));
          await fixtures.referrals.submit(draft.desk, fixtures.trace, draft.referral.id);
          submittedAt.set(draft.referral.id, Date.now());
        }),
      );
      const submitSeconds = (Date.now() - started) / 1000;
      const healthyIds = drafts.filter((d) => d.referral.agencyCode !== POISONED).map((d) => d.referral.id);
      const arrival = (id: string, agency: AgencyCode) =>
        receivers.get(agency)!.deliveries.find((d) => d.event?.subject === id && d.event.type.endsWith('referral-requested') && !d.rejected)?.at;
      const deadline = Date.now() + 120_000;
      while (healthyIds.some((id) => arrival(id, drafts.find((d) => d.referral.id === id)!.referral.agencyCode) === undefined) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
      }
      const latencies = drafts
        .filter((d) => d.referral.agencyCode !== POISONED)
        .map((d) => arrival(d.referral.id, d.referral.agencyCode)! - submittedAt.get(d.referral.id)!)
        .filter((n) => Number.isFinite(n));
      const healthyDrafts = drafts.filter((d) => d.referral.agencyCode !== POISONED);
      const relayRows = (await db.query(
        `SELECT o.referral_id, extract(epoch FROM o.dispatched_at - r.submitted_at) * 1000 AS ms FROM outbox o
           JOIN referral r ON r.id = o.referral_id JOIN referral_event e ON e.id = o.event_id
          WHERE e.type = 'SUBMIT' AND o.referral_id = ANY($1::uuid[])`,
        [healthyDrafts.map((d) => d.referral.id)],
      )) as { referral_id: string; ms: string }[];
      const relayLag = relayRows.map((r) => Math.round(Number(r.ms)));
      await settle();
      const poisonedRequests = receivers.get(POISONED)!.deliveries.filter((d) => drafts.some((x) => x.referral.id === d.event?.subject)).length;
      return { phase: name, submitted: drafts.length, submitPerSecond: Math.round(drafts.length / submitSeconds), healthy: summary(latencies), commitToRelay: summary(relayLag), missing: healthyIds.length - latencies.length, poisonedRequests };
    }

    /** One at a time, nothing else on the lines: the pipeline's own latency, split at the relay. */
    async function sequential(count: number) {
      const total: number[] = [];
      const relay: number[] = [];
      for (let i = 0; i < count; i++) {
        const { desk, referral } = await fixtures.draftReferral(AgencyCode.SVB);
        await fixtures.referrals.submit(desk, fixtures.trace, referral.id);
        const submitted = Date.now();
        const receiver = receivers.get(AgencyCode.SVB)!;
        const delivery = await receiver.waitFor((d) => d.event?.subject === referral.id && d.event.type.endsWith('referral-requested'), 30_000);
        total.push(delivery.at - submitted);
        const [row] = (await db.query(
          `SELECT extract(epoch FROM o.dispatched_at - r.submitted_at) * 1000 AS ms FROM outbox o JOIN referral r ON r.id = o.referral_id
            JOIN referral_event e ON e.id = o.event_id WHERE o.referral_id = $1 AND e.type = 'SUBMIT'`,
          [referral.id],
        )) as { ms: string }[];
        relay.push(Math.round(Number(row!.ms)));
      }
      return { total: summary(total), commitToRelay: summary(relay) };
    }

    /** Waits until the healthy lines and the outbox are idle, so the next phase starts clean. */
    async function settle() {
      const deadline = Date.now() + 180_000;
      for (;;) {
        let busy = Number(((await db.query('SELECT count(*) AS n FROM outbox WHERE dispatched_at IS NULL')) as { n: string }[])[0]!.n);
        for (const agency of HEALTHY) {
          for (const queue of [queues.queue(agency), queues.webhookQueue(agency)]) {
            const counts = await queue.getJobCounts('waiting', 'active', 'delayed');
            busy += (counts.waiting ?? 0) + (counts.active ?? 0) + (counts.delayed ?? 0);
          }
        }
        if (busy === 0 || Date.now() > deadline) return;
        await new Promise((r) => setTimeout(r, 250));
      }
    }

    const quiet = await sequential(quietCount);
    // Warm-up, not reported: every receiver's first token (argon2 on the hub) and first code paths.
    await phase('none', 2);
    const results = [];
    for (const name of ['none', 'hang', '500'] as const) {
      results.push(await phase(name));
    }
    console.log(`webhook delivery: ${perAgency} referrals per agency per phase, ${RATE} submits per second, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    console.log(`  one at a time, SVB only (ms): submit -> webhook at receiver ${JSON.stringify(quiet.total)}; of which commit -> relay dispatched ${JSON.stringify(quiet.commitToRelay)}`);
    console.log('  latency = committed submit -> signed webhook arrives at the reference receiver (ms), 7 healthy agencies');
    console.log('  phase (UWV endpoint)  n     p50    p95    p99    max    relay p50/p99  missing  UWV requests  submits/s');
    for (const r of results) {
      console.log(
        `  ${r.phase.padEnd(21)} ${String(r.healthy.n).padEnd(5)} ${String(r.healthy.p50).padEnd(6)} ${String(r.healthy.p95).padEnd(6)} ${String(r.healthy.p99).padEnd(6)} ${String(r.healthy.max).padEnd(6)} ${`${r.commitToRelay.p50}/${r.commitToRelay.p99}`.padEnd(14)} ${String(r.missing).padEnd(8)} ${String(r.poisonedRequests).padEnd(13)} ${r.submitPerSecond}`,
      );
    }
  } finally {
    for (const agency of receivers.keys()) await disconnectAgencySystem(admin!, agency);
    await Promise.all([...receivers.values()].map((r) => r.stop()));
    await Promise.all(processes.map((p) => p.stop()));
    // The poisoned agency's retries would outlive the run.
    for (const agency of AGENCY_CODES) await queues.webhookQueue(agency).obliterate({ force: true });
    await queues.close();
    queueConnection.disconnect();
    await db.destroy();
  }
}
