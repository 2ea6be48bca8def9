/**
 * Issue 10's figures, in one run against one hub and one line worker (separate processes, real
 * Postgres and Redis, fsync on): the raw node-postgres floor of the submit's write set, the submit
 * and intake over GraphQL, the open-loop handoff latency, accept to the desk, CPU and memory.
 * Parts: floor, intake, submit, handoff, accept (BENCH_SECTIONS); BENCH_SCALE scales the counts;
 * BENCH_CPU_PROF=<dir> profiles the hub.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { ProcessingActivity, ProcessingOperation, SlaTimerKind } from '#domain';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { GqlClient, type Subscription } from '../support/graphql-client.js';
import { productionEnv } from '../support/production-env.js';
import { ACCEPT, ADD_REFERRAL, type EventPayload, LINE_EVENTS, OPEN_VISIT, SERVICE_POINT_EVENTS, SUBMIT, TOPICS } from '../support/story-operations.js';
import type { BenchResults } from './bench-results.js';
import { closedLoop, openLoop } from './load.js';
import { CpuMeter, idleCpu, peakRssMb, rssMb } from './process-usage.js';
import { percentile } from './stats.js';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const count = (n: number) => Math.max(10, Math.round(n * SCALE));
const CLIENTS = [8, 32] as const;
/** 10/s shows the path's own latency; 50 and 200 are the rates. */
const RATES = [10, 50, 200] as const;
/** Seconds of offered load per handoff rate. */
const HANDOFF_SECONDS = 5;

type Part = 'floor' | 'intake' | 'submit' | 'handoff' | 'accept';

export async function submitPath(results: BenchResults, parts: ReadonlySet<Part>, section = 'submit path', hubProcesses = 1): Promise<void> {
  const env: Record<string, string> = { ...productionEnv(process.env.DATABASE_URL!), HUB_PROCESSES: String(hubProcesses) };
  // A random port: other checkouts on this machine run benches and tests too.
  const port = hubPort();
  // BENCH_CPU_PROF=<dir>: the hub writes a V8 CPU profile there when it stops (docs/performance.md).
  const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const owner = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 32 });
  // Referrals an earlier run left on the line would be delivered (and their timers scheduled) during this one.
  await retire(owner);
  const hub = await AppProcess.start('hub', { PORT: String(port), ...env }, profile);
  let worker: AppProcess | null = null;
  const row = results.section(section, { appNodeEnv: env.NODE_ENV, hubProcesses });
  try {
    const base = `http://127.0.0.1:${port}`;
    const desk = await GqlClient.signIn(base, 'desk.utrecht');
    const uwv = await GqlClient.signIn(base, 'specialist.uwv');
    const topicId = (await desk.data<{ topics: { id: string }[] }>(TOPICS, { a: 'UWV' })).topics[0]!.id;
    const intake = async () => {
      const { openVisit } = await desk.data<{ openVisit: { id: string } }>(OPEN_VISIT, { input: { channel: 'WALK_IN', questions: ['Benchmarkvraag'] } });
      const { addReferral } = await desk.data<{ addReferral: { id: string } }>(ADD_REFERRAL, {
        input: { visitId: openVisit.id, agencyCode: 'UWV', topicId, urgency: 'LIVE', summary: 'Benchmark', consent: { categories: [], method: 'VERBAL' } },
      });
      return addReferral.id;
    };
    const submit = (id: string) => desk.data(SUBMIT, { id });
    const template = await intake();

    // The floor runs before the line worker starts: its referrals sit in REQUESTED with their outbox rows
    // marked sent, which the worker's reconciler would take for lost deliveries.
    if (parts.has('floor')) {
      for (const clients of CLIENTS) row(`(a) raw node-postgres floor, ${clients} clients`, await rawFloor(owner, await copyDrafts(owner, template, count(1500)), clients), 'tx/s');
      await retire(owner);
    }
    worker = await AppProcess.start('line-worker', env);
    // A cold worker compiles and sweeps for seconds after it reports ready; the figures start once it rests.
    await settled(worker.pid);

    // Warm-up first so JIT and pools are ready.
    const warm = await Promise.all(Array.from({ length: 40 }, intake));
    await closedLoop(warm, 8, submit);
    // What each process burns doing nothing (timers, polls, sweeps) is taken out of the per-submit figures;
    // first the line finishes the warm-up's deliveries.
    await new Promise((r) => setTimeout(r, 3_000));
    const [hubIdle, workerIdle] = await idleCpu([hub.pid, worker.pid]);
    row('(f) hub CPU at rest', hubIdle * 1000, 'ms per s');
    row('(f) worker CPU at rest', workerIdle * 1000, 'ms per s');
    if (parts.has('intake')) {
      for (const clients of CLIENTS) row(`(c) intake (openVisit + addReferral), ${clients} clients`, await closedLoop(Array.from({ length: count(200) }), clients, intake), 'per s');
    }
    // Drafts for the submits: copies of one real draft (the submit reads no consent), so a loaded machine
    // spends its minutes on the figures, not on setting up.
    const lineParts = parts.has('handoff') || parts.has('accept');
    const wanted = (parts.has('submit') ? 2 * count(300) : 0) + (lineParts ? RATES.reduce((sum, rate) => sum + Math.round(rate * HANDOFF_SECONDS * SCALE), 0) : 0);
    const drafts = await copyDrafts(owner, template, wanted);

    const submitted: string[] = [];
    if (parts.has('submit')) {
      // The framework's own floor on this machine: a query that touches no table (HTTP, Apollo, token, rate limit).
      const trivial = Array.from({ length: count(600) });
      const trivialCpu = new CpuMeter(hub.pid);
      row('(b0) trivial query `{ __typename }`, 8 clients', await closedLoop(trivial, 8, () => desk.data('{ __typename }')), 'per s');
      row('(f) hub CPU per trivial query, 8 clients, raw', trivialCpu.perOperation(trivial.length, 0), 'ms');
      for (const clients of CLIENTS) {
        const batch = drafts.splice(0, count(300));
        submitted.push(...batch);
        const hubCpu = new CpuMeter(hub.pid);
        const rate = await closedLoop(batch, clients, submit);
        row(`(b) submit mutation, ${clients} clients`, rate, 'per s');
        if (clients === 8) {
          row('(f) hub CPU per submit, submit at 8 clients, less CPU at rest', hubCpu.perOperation(batch.length, hubIdle), 'ms');
          row('(f) hub CPU per submit, submit at 8 clients, raw', hubCpu.perOperation(batch.length, 0), 'ms');
        }
        const floor = results.value(section, `(a) raw node-postgres floor, ${clients} clients`);
        if (floor) row(`(b)/(a) at ${clients} clients`, rate / floor, 'ratio');
      }
    }
    if (lineParts) {
      // The submits above left deliveries behind; the handoff is measured from an empty line.
      await drained(owner, submitted);
      const line = await uwv.subscribe<{ lineEvents: EventPayload }>(LINE_EVENTS);
      const received: string[] = [];
      for (const rate of RATES) {
        const batch = drafts.splice(0, Math.round(rate * HANDOFF_SECONDS * SCALE));
        const [hubCpu, workerCpu] = [new CpuMeter(hub.pid), new CpuMeter(worker.pid)];
        const { sentAt, answeredAt, achieved } = await timed(batch, rate, submit);
        const seen = await arrivals(line, (e) => e.lineEvents, 'RECEIVED', batch);
        if (parts.has('handoff')) {
          row(`(d) handoff at ${rate}/s offered: achieved`, achieved, 'per s');
          for (const [from, start] of [['submit answered', answeredAt], ['submit offered', sentAt]] as const) {
            const ms = batch.map((id) => seen.get(id)! - start.get(id)!);
            for (const p of [50, 95, 99]) row(`(d) handoff at ${rate}/s, ${from} -> RECEIVED at agency, p${p}`, percentile(ms, p), 'ms');
          }
          row(`(f) hub CPU per submit, handoff at ${rate}/s, less CPU at rest`, hubCpu.perOperation(batch.length, hubIdle), 'ms');
          row(`(f) worker CPU per submit, handoff at ${rate}/s, less CPU at rest`, workerCpu.perOperation(batch.length, workerIdle), 'ms');
          row(`(f) hub CPU per submit, handoff at ${rate}/s, raw`, hubCpu.perOperation(batch.length, 0), 'ms');
          row(`(f) worker CPU per submit, handoff at ${rate}/s, raw`, workerCpu.perOperation(batch.length, 0), 'ms');
        }
        received.push(...batch);
      }
      await line.close();
      if (parts.has('accept')) {
        const deskEvents = await desk.subscribe<{ servicePointEvents: EventPayload }>(SERVICE_POINT_EVENTS);
        const batch = received.slice(0, count(200));
        const { sentAt, answeredAt } = await timed(batch, 50, (id) => uwv.data(ACCEPT, { id }));
        const seen = await arrivals(deskEvents, (e) => e.servicePointEvents, 'ACCEPTED', batch);
        for (const [from, start] of [['accept answered', answeredAt], ['accept offered', sentAt]] as const) {
          const ms = batch.map((id) => seen.get(id)! - start.get(id)!);
          for (const p of [50, 99]) row(`(e) ${from} -> desk subscription at 50/s, p${p}`, percentile(ms, p), 'ms');
        }
        await deskEvents.close();
      }
    }
    row('(f) hub peak RSS', peakRssMb(hub.pid), 'MB');
    row('(f) worker peak RSS', peakRssMb(worker.pid), 'MB');
    row('(f) hub RSS after the run', rssMb(hub.pid), 'MB');
    row('(f) worker RSS after the run', rssMb(worker.pid), 'MB');
  } finally {
    await Promise.all([hub.stop(), worker?.stop()]);
    await retire(owner);
    await owner.end();
  }
}

/** Open-loop calls with the moments they were offered and answered. */
async function timed(ids: readonly string[], perSecond: number, call: (id: string) => Promise<unknown>) {
  const sentAt = new Map<string, number>();
  const answeredAt = new Map<string, number>();
  const achieved = await openLoop(ids, perSecond, async (id, offeredAt) => {
    sentAt.set(id, offeredAt);
    await call(id);
    answeredAt.set(id, performance.now());
  });
  return { sentAt, answeredAt, achieved };
}

/** When each referral's event with `toStatus` reached the subscriber. */
async function arrivals<T>(subscription: Subscription<T>, payload: (value: T) => EventPayload, toStatus: string, ids: readonly string[]): Promise<Map<string, number>> {
  const wanted = new Set(ids);
  const seen = new Map<string, number>();
  const collect = () => {
    for (const event of subscription.events) {
      const { referralId, toStatus: to } = payload(event.value);
      if (to === toStatus && wanted.has(referralId) && !seen.has(referralId)) seen.set(referralId, event.at);
    }
    return seen.size === wanted.size;
  };
  await subscription.waitFor(() => collect(), 120_000);
  return seen;
}

/** Waits until a process burns under 5 % of a core for a second (at most 30 s). */
async function settled(pid: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && (await idleCpu([pid], 1_000))[0]! > 0.05);
}

/** Waits until the line worker has delivered these submitted referrals (none left in REQUESTED). */
async function drained(pool: pg.Pool, ids: readonly string[]): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM referral WHERE status = 'REQUESTED' AND id = ANY($1::uuid[])`, [ids]);
    if (rows[0]!.n === 0) return;
    if (Date.now() > deadline) throw new Error(`${rows[0]!.n} referrals still wait for delivery after 120 s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Takes the bench's referrals off the line (cancelled, timers settled, visits closed), as their owner. */
async function retire(pool: pg.Pool): Promise<void> {
  await pool.query(
    `WITH retired AS (
       UPDATE referral SET status = 'CANCELLED', closed_at = now() WHERE reference LIKE 'LL-BENCH-%' AND status IN ('DRAFT', 'REQUESTED', 'RECEIVED')
       RETURNING id, visit_id
     ), settled AS (
       UPDATE referral_timer SET settled_at = now(), outcome = 'MET' FROM retired WHERE referral_id = retired.id AND settled_at IS NULL
     )
     UPDATE visit SET status = 'CLOSED', closed_at = now() WHERE status = 'OPEN' AND id IN (SELECT visit_id FROM retired)`,
  );
}

/**
 * Copies of one real draft referral, each in a visit of its own (a copy of the draft's visit), as their owner
 * (no row-level security). One visit per referral, as at the desk: the monitor reads a referral together with
 * its visit's other referrals.
 */
async function copyDrafts(pool: pg.Pool, templateId: string, n: number): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(
    `WITH source AS (
       SELECT r.*, v.opened_by, v.channel AS visit_channel, v.data_subject AS visit_subject FROM referral r JOIN visit v ON v.id = r.visit_id WHERE r.id = $1
     ), visits AS (
       -- Without the questions: they are sealed to the visit they were asked in.
       INSERT INTO visit (service_point_id, opened_by, channel, data_subject)
       SELECT service_point_id, opened_by, visit_channel, visit_subject FROM source, generate_series(1, $3::int)
       RETURNING id
     )
     INSERT INTO referral (id, reference, visit_id, service_point_id, agency_code, topic_id, urgency, status, summary_sealed, data_subject, created_by)
     SELECT gen_random_uuid(), 'LL-BENCH-' || $2 || '-' || row_number() OVER (), visits.id, service_point_id, agency_code, topic_id, urgency, 'DRAFT',
            summary_sealed, data_subject, created_by
       FROM visits, source RETURNING id`,
    [templateId, randomUUID(), n],
  );
  return rows.map((r) => r.id);
}

/**
 * The physical floor: the submit's write set as raw node-postgres transactions on the same database
 * (as its owner: no row-level security; the processing log's chaining trigger does run): select, the
 * compare-and-set update with its timeline event and outbox row, one processing-log row, four timer
 * rows, re-read. Its outbox rows are written as dispatched, so the relay and the line worker of the
 * sections after it do not carry them.
 */
async function rawFloor(pool: pg.Pool, ids: readonly string[], clients: number): Promise<number> {
  const kinds = Object.values(SlaTimerKind);
  return closedLoop(ids, clients, async (id) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const [current] = (await client.query<{ status: string; data_subject: string }>('SELECT * FROM referral WHERE id = $1', [id])).rows;
      await client.query(
        `WITH moved AS (
           UPDATE referral SET status = 'REQUESTED', version = version + 1, updated_at = now(), submitted_at = now(),
             receive_due_at = now() + interval '15 minutes', accept_due_at = now() + interval '1 hour'
           WHERE id = $1 AND status = $2 RETURNING *
         ), event AS (
           INSERT INTO referral_event (referral_id, type, from_status, to_status, actor_id, actor_role, reason)
           SELECT id, 'SUBMIT', $2, status, created_by, 'DESK', NULL FROM moved RETURNING id
         ), queued AS (
           INSERT INTO outbox (referral_id, event_id, agency_code, dispatched_at) SELECT moved.id, event.id, moved.agency_code, now() FROM moved, event
         )
         SELECT moved.id FROM moved`,
        [id, current!.status],
      );
      const [type, ref] = current!.data_subject.split(':');
      await client.query(
        `INSERT INTO processing_log (trace_id, span_id, activity, operation, actor_id, actor_role, subject_type, subject_ref, referral_id)
         VALUES ($1, $2, $3, $4, NULL, 'DESK', $5, $6, $7)`,
        [randomUUID().replaceAll('-', ''), randomUUID().replaceAll('-', '').slice(0, 16), ProcessingActivity.WARM_HANDOFF, ProcessingOperation.DELIVER, type, ref, id],
      );
      await client.query(
        `INSERT INTO referral_timer (referral_id, kind, fire_at) SELECT $1, kind, now() + interval '1 hour' FROM unnest($2::text[]) kind`,
        [id, kinds],
      );
      await client.query('SELECT * FROM referral WHERE id = $1', [id]);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  });
}
