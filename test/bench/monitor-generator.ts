import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { DateTime } from 'luxon';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import {
  AGENCY_FAIL_REASONS,
  AGENCY_REJECT_REASONS,
  type AgencyCode,
  BusinessCalendar,
  BusinessClock,
  Channel,
  type LineHours,
  monitorContribution,
  type MonitorContribution,
  MONITOR_TIME_ZONE,
  Urgency,
} from '#domain';

/**
 * Loads synthetic referrals for the monitor bench with COPY: visits and referrals over three years,
 * every agency, service point and topic, skewed as a country is (big and small service points, common
 * and rare topics, quiet weekends, growth), with statuses and durations per urgency in business hours.
 * It writes each referral's monitor contribution beside it (the same domain function the drain uses),
 * and the caller fills the rollup cells from those. Timeline events are not generated: the monitor's
 * figures and the naive aggregates read the referral and visit rows only.
 */
export interface GeneratedLoad {
  readonly referrals: number;
  readonly visits: number;
  readonly seconds: number;
}

/** Deterministic: the same seed gives the same country. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function zipf(n: number, s: number): number[] {
  const weights = Array.from({ length: n }, (_, i) => 1 / Math.pow(i + 1, s));
  const total = weights.reduce((a, b) => a + b, 0);
  let sum = 0;
  return weights.map((w) => (sum += w / total));
}

function pick(cdf: readonly number[], r: number): number {
  let low = 0;
  let high = cdf.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (cdf[mid]! < r) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Seconds, log-normal around `median`. */
function logNormal(rand: () => number, median: number, spread: number): number {
  const z = Math.sqrt(-2 * Math.log(rand() || 1e-9)) * Math.cos(2 * Math.PI * rand());
  return median * Math.exp(spread * z);
}

const RECEIVE_MEDIAN: Record<Urgency, number> = { LIVE: 20, CALLBACK: 120, REGULAR: 900 };
const ACCEPT_MEDIAN: Record<Urgency, number> = { LIVE: 240, CALLBACK: 5_400, REGULAR: 86_400 };
const ACCEPT_TARGET: Record<Urgency, number> = { LIVE: 900, CALLBACK: 4 * 3600, REGULAR: 3 * 86_400 };
const RECEIVE_TARGET: Record<Urgency, number> = { LIVE: 120, CALLBACK: 900, REGULAR: 4 * 3600 };

const csv = (value: string | number | boolean | null | undefined) => (value === null || value === undefined ? '\\N' : String(value));
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

interface Catalogue {
  servicePoints: string[];
  topics: { id: string; agency: AgencyCode }[];
  account: string;
  hours: Map<AgencyCode, LineHours>;
}

async function catalogue(client: pg.Client): Promise<Catalogue> {
  const sps = await client.query<{ id: string }>(`SELECT id FROM service_point ORDER BY code`);
  const topics = await client.query<{ id: string; agency_code: AgencyCode }>(`SELECT id, agency_code FROM topic ORDER BY agency_code, code`);
  const [account] = (await client.query<{ id: string }>(`SELECT id FROM account WHERE role = 'DESK_WORKER' ORDER BY username LIMIT 1`)).rows;
  const hours = await client.query<{ code: AgencyCode; line_hours: LineHours }>(`SELECT code, line_hours FROM agency`);
  return {
    servicePoints: sps.rows.map((r) => r.id),
    topics: topics.rows.map((r) => ({ id: r.id, agency: r.agency_code })),
    account: account!.id,
    hours: new Map(hours.rows.map((r) => [r.code, r.line_hours])),
  };
}

export async function generateMonitorLoad(databaseUrl: string, referrals: number, now = new Date()): Promise<GeneratedLoad> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // Bulk load as the owner: no triggers (foreign keys, timeline marks), the system scope for row security.
    await client.query(`SET session_replication_role = replica`);
    await client.query(`SELECT set_config('loketlijn.scope', 'system', false)`);
    const indexes = await dropSecondaryIndexes(client);
    let loaded: { referrals: number; visits: number };
    try {
      loaded = await load(client, referrals, now);
    } finally {
      await recreateIndexes(client, indexes);
    }
    return { ...loaded, seconds: (Date.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}

/** The tables the generator fills. */
const LOADED_TABLES = ['visit', 'referral', 'monitor_referral_fact'];

/**
 * Non-unique indexes of the loaded tables, dropped for the load (PostgreSQL's advice for populating a
 * database): millions of random inserts into a dozen b-trees cost more than building each once, sorted.
 * Unique ones stay, so the load still proves its keys.
 */
async function dropSecondaryIndexes(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relname = ANY($1) AND t.relnamespace = 'public'::regnamespace AND NOT i.indisunique`,
    [LOADED_TABLES],
  );
  for (const row of rows) await client.query(`DROP INDEX ${pg.escapeIdentifier(row.name)}`);
  return rows.map((row) => row.definition);
}

async function recreateIndexes(client: pg.Client, definitions: readonly string[]): Promise<void> {
  await client.query(`SET maintenance_work_mem = '512MB'`);
  for (const definition of definitions) await client.query(definition);
  for (const table of LOADED_TABLES) await client.query(`ANALYZE ${table}`);
}

async function load(client: pg.Client, referrals: number, now: Date): Promise<{ referrals: number; visits: number }> {
  const cat = await catalogue(client);
  const rand = random(20261202);
  const spCdf = zipf(cat.servicePoints.length, 0.8);
  const topicCdf = zipf(cat.topics.length, 1.0);
  const end = DateTime.fromJSDate(now, { zone: MONITOR_TIME_ZONE }).startOf('day');
  const start = end.minus({ days: 3 * 365 });
  const days: { open: number; weight: number }[] = [];
  for (let d = start; d < end; d = d.plus({ days: 1 })) {
    const weekend = d.weekday >= 6;
    const growth = 0.7 + 0.6 * (d.diff(start, 'days').days / (3 * 365));
    days.push({ open: d.set({ hour: 8, minute: 30 }).toMillis(), weight: (weekend ? 0.08 : 1) * growth });
  }
  const totalWeight = days.reduce((a, d) => a + d.weight, 0);
  const clocks = new Map([...cat.hours].map(([code, h]) => [code, new BusinessClock(new BusinessCalendar(h), start.minus({ days: 2 }).toJSDate(), now)]));
  const businessMs = (agency: AgencyCode, from: Date, to: Date) => clocks.get(agency)!.businessMsBetween(from, to);
  const recentFrom = end.minus({ days: 21 }).toMillis();
  let made = 0;
  let visits = 0;
  let reference = 0;
  const visitRows: string[] = [];
  const referralRows: string[] = [];
  const factRows: string[] = [];

  const addReferral = (visitId: string, sp: string, channel: Channel, submitted: number, topic: { id: string; agency: AgencyCode }, first: boolean, reroutedFrom: { id: string; agency: AgencyCode } | null) => {
    const id = randomUUID();
    const r = rand();
    const urgency = r < 0.15 ? Urgency.LIVE : r < 0.45 ? Urgency.CALLBACK : Urgency.REGULAR;
    const received = submitted + Math.max(1, logNormal(rand, RECEIVE_MEDIAN[urgency], 0.9)) * 1000;
    const accepted = received + Math.max(5, logNormal(rand, ACCEPT_MEDIAN[urgency], 1.0)) * 1000;
    const recent = submitted >= recentFrom;
    const o = rand();
    let status: string;
    let rec: number | null = received;
    let acc: number | null = accepted;
    let reject: string | null = null;
    let fail: string | null = null;
    if (o < 0.03) [status, rec, acc] = ['CANCELLED', o < 0.015 ? null : received, null];
    else if (o < 0.045) [status, rec, acc, fail] = ['FAILED', null, null, 'UNDELIVERABLE'];
    else if (o < 0.125) {
      const reasons = AGENCY_REJECT_REASONS[topic.agency];
      [status, acc, reject] = ['REJECTED', null, reasons[Math.floor(rand() * reasons.length)]!];
    } else if (o < 0.14) [status, fail] = ['FAILED', AGENCY_FAIL_REASONS[Math.floor(rand() * AGENCY_FAIL_REASONS.length)]!];
    else status = 'COMPLETED';
    // Recent work is still under way, and what is under way has not happened yet.
    if (recent && status === 'COMPLETED') {
      const age = now.getTime() - submitted;
      if (acc !== null && acc > now.getTime()) acc = null;
      if (rec !== null && rec > now.getTime()) rec = null;
      status = rec === null ? 'REQUESTED' : acc === null ? 'RECEIVED' : age < 7 * 86_400_000 ? 'IN_PROGRESS' : 'COMPLETED';
    }
    const terminal = ['COMPLETED', 'REJECTED', 'CANCELLED', 'FAILED'].includes(status);
    const closed = terminal ? Math.max(acc ?? rec ?? submitted, submitted) + 3_600_000 : null;
    const receiveDue = submitted + RECEIVE_TARGET[urgency] * 1000;
    const acceptDue = submitted + ACCEPT_TARGET[urgency] * 1000;
    const erased = closed !== null && closed < now.getTime() - 120 * 86_400_000 ? closed + 90 * 86_400_000 : null;
    reference++;
    referralRows.push(
      [id, `GEN-${reference}`, visitId, sp, topic.agency, topic.id, urgency, status, cat.account, iso(submitted), iso(closed ?? submitted), iso(submitted), iso(rec), iso(acc), iso(closed), iso(receiveDue), iso(acceptDue), reject, fail, reroutedFrom?.id ?? null, iso(erased)]
        .map(csv)
        .join('\t'),
    );
    const contribution = monitorContribution(
      {
        id, servicePointId: sp, agencyCode: topic.agency, topicId: topic.id, urgency, channel, status: status as never,
        submittedAt: new Date(submitted), receivedAt: rec === null ? null : new Date(rec), acceptedAt: acc === null ? null : new Date(acc),
        receiveDueAt: new Date(receiveDue), acceptDueAt: new Date(acceptDue), rejectReasonCode: reject, failReasonCode: fail,
        reroutedFromAgency: reroutedFrom?.agency ?? null, firstOfVisit: first,
      },
      businessMs,
    );
    factRows.push(factLine(contribution!));
    made++;
    if (status === 'REJECTED' && rand() < 0.6) {
      const others = cat.topics.filter((t) => t.agency !== topic.agency);
      addReferral(visitId, sp, channel, (acc ?? rec ?? submitted) + 1_800_000, others[Math.floor(rand() * others.length)]!, false, { id, agency: topic.agency });
    }
  };

  // COPY runs in the database's process while this one generates the next batch: two cores, both busy.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const batch = { visits: visitRows.splice(0), referrals: referralRows.splice(0), facts: factRows.splice(0) };
    await writing;
    writing = (async () => {
      await copy(client, `COPY visit (id, service_point_id, opened_by, channel, status, opened_at, closed_at, erased_at) FROM STDIN`, batch.visits);
      await copy(
        client,
        `COPY referral (id, reference, visit_id, service_point_id, agency_code, topic_id, urgency, status, created_by, created_at, updated_at, submitted_at, received_at, accepted_at, closed_at, receive_due_at, accept_due_at, reject_reason_code, fail_reason_code, rerouted_from_id, erased_at) FROM STDIN`,
        batch.referrals,
      );
      await copy(client, `COPY monitor_referral_fact FROM STDIN`, batch.facts);
    })();
    // Awaited at the next flush; until then a failure must not count as unhandled.
    writing.catch(() => undefined);
  };

  for (const day of days) {
    const target = Math.round((referrals * day.weight) / totalWeight);
    let inDay = 0;
    while (inDay < target && made < referrals) {
      const visitId = randomUUID();
      const sp = cat.servicePoints[pick(spCdf, rand())]!;
      const c = rand();
      const channel = c < 0.7 ? Channel.WALK_IN : c < 0.9 ? Channel.PHONE : Channel.ONLINE;
      const opened = day.open + rand() * 9 * 3_600_000;
      const size = rand() < 0.7 ? 1 : rand() < 0.75 ? 2 : 3;
      const before = made;
      for (let i = 0; i < size; i++) addReferral(visitId, sp, channel, opened + (i + 1) * 300_000, cat.topics[pick(topicCdf, rand())]!, i === 0, null);
      inDay += made - before;
      const open = opened >= recentFrom;
      visitRows.push([visitId, sp, cat.account, channel, open ? 'OPEN' : 'CLOSED', iso(opened), open ? null : iso(opened + 3 * 86_400_000), open || opened > now.getTime() - 120 * 86_400_000 ? null : iso(opened + 93 * 86_400_000)].map(csv).join('\t'));
      visits++;
      if (referralRows.length >= 50_000) await flush();
      // Let the socket take the batch being copied while generating.
      else if (visits % 1_000 === 0) await new Promise(setImmediate);
    }
  }
  await flush();
  await writing;
  return { referrals: made, visits };
}

function factLine(c: MonitorContribution): string {
  return [
    c.referralId, c.day, c.servicePointId, c.agencyCode, c.topicId, c.urgency, c.channel, c.received, c.receivedInTime, c.accepted, c.acceptedInTime,
    c.outcome, c.outcomeCode, c.reroutedFromAgency, c.firstOfVisit, c.receiveWallBucket, c.receiveBusinessBucket, c.acceptWallBucket, c.acceptBusinessBucket,
  ]
    .map(csv)
    .join('\t');
}

async function copy(client: pg.Client, sql: string, rows: readonly string[]): Promise<void> {
  if (rows.length === 0) return;
  await pipeline(Readable.from([rows.join('\n') + '\n']), client.query(copyFrom(sql)));
}
