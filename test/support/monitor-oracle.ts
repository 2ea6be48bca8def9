import { DateTime } from 'luxon';
import {
  type AgencyCode,
  BusinessCalendar,
  DURATION_BUCKET_COUNT,
  durationBucket,
  type LineHours,
  MONITOR_TIME_ZONE,
} from '#domain';
import { GROUPINGS, type MonitorCellSums, type ScopedDatabase, SYSTEM_SCOPE } from '#persistence';

interface RawReferral {
  id: string;
  visit_id: string;
  service_point_id: string;
  agency_code: AgencyCode;
  topic_id: string;
  urgency: string;
  channel: string;
  status: string;
  submitted_us: string;
  submitted_at: Date;
  received_at: Date | null;
  accepted_at: Date | null;
  receive_due_at: Date | null;
  accept_due_at: Date | null;
  reject_reason_code: string | null;
  fail_reason_code: string | null;
  src_agency: string | null;
}

const COUNTS = ['submitted', 'received', 'received_in_time', 'accepted', 'accepted_in_time', 'rejected', 'cancelled', 'failed', 'rerouted', 'visits'];
const HISTOGRAMS = ['rw', 'rb', 'aw', 'ab'];

/**
 * The monitor's cells computed straight from the raw tables, written apart from the rollup code: plain
 * loops, the calendar's own (slow) business time, first referral of a visit by microseconds. The
 * property test compares the rollups with this.
 */
export async function cellsFromRawTables(db: ScopedDatabase): Promise<{ cells: Map<string, Record<string, number>>; outcomes: Map<string, number> }> {
  const { rows, hours } = await db.run(SYSTEM_SCOPE, async (m) => ({
    rows: (await m.query(`
      SELECT r.id, r.visit_id, r.service_point_id, r.agency_code, r.topic_id, r.urgency, v.channel, r.status,
             (extract(epoch FROM r.submitted_at) * 1000000)::bigint::text AS submitted_us, r.submitted_at, r.received_at, r.accepted_at,
             r.receive_due_at, r.accept_due_at, r.reject_reason_code, r.fail_reason_code, src.agency_code AS src_agency
        FROM referral r JOIN visit v ON v.id = r.visit_id LEFT JOIN referral src ON src.id = r.rerouted_from_id
       WHERE r.submitted_at IS NOT NULL`)) as RawReferral[],
    hours: (await m.query(`SELECT code, line_hours FROM agency`)) as { code: AgencyCode; line_hours: LineHours }[],
  }));
  const calendars = new Map(hours.map((h) => [h.code, new BusinessCalendar(h.line_hours)]));
  const firstOfVisit = new Map<string, RawReferral>();
  for (const r of rows) {
    const first = firstOfVisit.get(r.visit_id);
    const earlier = !first || BigInt(r.submitted_us) < BigInt(first.submitted_us) || (r.submitted_us === first.submitted_us && r.id < first.id);
    if (earlier) firstOfVisit.set(r.visit_id, r);
  }
  const cells = new Map<string, Record<string, number>>();
  const outcomes = new Map<string, number>();
  for (const r of rows) {
    const key = [DateTime.fromJSDate(r.submitted_at, { zone: MONITOR_TIME_ZONE }).toISODate(), r.service_point_id, r.agency_code, r.topic_id, r.urgency, r.channel].join('|');
    const cell = cells.get(key) ?? Object.fromEntries([...COUNTS, ...HISTOGRAMS.flatMap((h) => Array.from({ length: DURATION_BUCKET_COUNT }, (_, i) => `${h}_${i}`))].map((c) => [c, 0]));
    const add = (column: string, when: boolean) => {
      if (when) cell[column]!++;
    };
    add('submitted', true);
    add('received', r.received_at !== null);
    add('received_in_time', r.received_at !== null && r.receive_due_at !== null && r.received_at <= r.receive_due_at);
    add('accepted', r.accepted_at !== null);
    add('accepted_in_time', r.accepted_at !== null && r.accept_due_at !== null && r.accepted_at <= r.accept_due_at);
    add('rejected', r.status === 'REJECTED');
    add('cancelled', r.status === 'CANCELLED');
    add('failed', r.status === 'FAILED');
    add('rerouted', r.src_agency !== null);
    add('visits', firstOfVisit.get(r.visit_id) === r);
    const calendar = calendars.get(r.agency_code)!;
    for (const [prefix, at] of [['r', r.received_at], ['a', r.accepted_at]] as const) {
      if (!at) continue;
      cell[`${prefix}w_${durationBucket(Math.max(0, at.getTime() - r.submitted_at.getTime()) / 1000)}`]!++;
      cell[`${prefix}b_${durationBucket(calendar.businessMsBetween(r.submitted_at, at) / 1000)}`]!++;
    }
    cells.set(key, cell);
    const outcome = r.status === 'REJECTED' ? ['REJECTED', r.reject_reason_code ?? ''] : r.status === 'FAILED' ? ['FAILED', r.fail_reason_code ?? ''] : r.status === 'CANCELLED' ? ['CANCELLED', ''] : null;
    if (outcome) outcomes.set(`${key}|${outcome.join('|')}`, (outcomes.get(`${key}|${outcome.join('|')}`) ?? 0) + 1);
    if (r.src_agency) outcomes.set(`${key}|REROUTED|${r.src_agency}`, (outcomes.get(`${key}|REROUTED|${r.src_agency}`) ?? 0) + 1);
  }
  return { cells, outcomes };
}

/** The rollup tables in the oracle's shape. */
export async function cellsFromRollups(db: ScopedDatabase): Promise<{ cells: Map<string, Record<string, number>>; outcomes: Map<string, number> }> {
  return db.run(SYSTEM_SCOPE, async (m) => {
    const days = (await m.query(`SELECT *, to_char(day, 'YYYY-MM-DD') AS day FROM monitor_day WHERE grouping = 5`)) as Record<string, string | number>[];
    const outcomeRows = (await m.query(`SELECT *, to_char(day, 'YYYY-MM-DD') AS day FROM monitor_day_outcome WHERE grouping = 5`)) as Record<string, string | number>[];
    const keyOf = (row: Record<string, string | number>) => [row.day, row.service_point_id, row.agency_code, row.topic_id, row.urgency, row.channel].join('|');
    const cells = new Map(
      days.map((row) => [
        keyOf(row),
        Object.fromEntries([
          ...COUNTS.map((c) => [c, Number(row[c])]),
          ...HISTOGRAMS.flatMap((h) => Array.from({ length: DURATION_BUCKET_COUNT }, (_, i) => [`${h}_${i}`, Number(row[`${h}_${String(i).padStart(2, '0')}`])])),
        ]) as Record<string, number>,
      ]),
    );
    const outcomes = new Map(outcomeRows.map((row) => [`${keyOf(row)}|${row.kind}|${row.code}`, Number(row.n)]));
    return { cells, outcomes };
  });
}

/** Rows of each coarser grouping that differ from the full cells summed up to it; none when they agree. */
export async function coarseGroupingMismatches(db: ScopedDatabase): Promise<number> {
  const full = GROUPINGS[GROUPINGS.length - 1]!;
  const values = `submitted, received, received_in_time, accepted, accepted_in_time, rejected, cancelled, failed, rerouted, visits, rw_00, ab_17`;
  const sums = values.split(', ').map((c) => `sum(${c})::int`).join(', ');
  let mismatches = 0;
  await db.run(SYSTEM_SCOPE, async (m) => {
    for (const g of GROUPINGS.filter((g) => g !== full)) {
      const key = ['day', ...g.dimensions].join(', ');
      const [row] = (await m.query(`
        SELECT count(*)::int AS n FROM (
          (SELECT ${key}, ${values} FROM monitor_day WHERE grouping = ${g.id}
           EXCEPT SELECT ${key}, ${sums} FROM monitor_day WHERE grouping = ${full.id} GROUP BY ${key})
          UNION ALL
          (SELECT ${key}, ${sums} FROM monitor_day WHERE grouping = ${full.id} GROUP BY ${key}
           EXCEPT SELECT ${key}, ${values} FROM monitor_day WHERE grouping = ${g.id})) d`)) as { n: number }[];
      const [outcomes] = (await m.query(`
        SELECT count(*)::int AS n FROM (
          (SELECT ${key}, kind, code, n FROM monitor_day_outcome WHERE grouping = ${g.id}
           EXCEPT SELECT ${key}, kind, code, sum(n)::int FROM monitor_day_outcome WHERE grouping = ${full.id} GROUP BY ${key}, kind, code)
          UNION ALL
          (SELECT ${key}, kind, code, sum(n)::int FROM monitor_day_outcome WHERE grouping = ${full.id} GROUP BY ${key}, kind, code
           EXCEPT SELECT ${key}, kind, code, n FROM monitor_day_outcome WHERE grouping = ${g.id})) d`)) as { n: number }[];
      mismatches += row!.n + outcomes!.n;
    }
  });
  return mismatches;
}

/** Month rows that differ from the sum of their month's day rows, at every grouping; none when they agree. */
export async function monthMismatches(db: ScopedDatabase): Promise<number> {
  const key = `grouping, service_point_id, agency_code, topic_id, urgency, channel`;
  const values = `submitted, received, received_in_time, accepted, accepted_in_time, rejected, cancelled, failed, rerouted, visits, rw_00, rb_05, aw_10, ab_17`;
  const sums = values.split(', ').map((c) => `sum(${c})::int`).join(', ');
  return db.run(SYSTEM_SCOPE, async (m) => {
    const count = async (month: string, day: string, columns: string, summed: string, extra: string) => {
      const [row] = (await m.query(`
        SELECT count(*)::int AS n FROM (
          (SELECT month, ${key}${extra}, ${columns} FROM ${month}
           EXCEPT SELECT date_trunc('month', day)::date, ${key}${extra}, ${summed} FROM ${day} GROUP BY 1, ${key}${extra})
          UNION ALL
          (SELECT date_trunc('month', day)::date, ${key}${extra}, ${summed} FROM ${day} GROUP BY 1, ${key}${extra}
           EXCEPT SELECT month, ${key}${extra}, ${columns} FROM ${month})) d`)) as { n: number }[];
      return row!.n;
    };
    return (await count('monitor_month', 'monitor_day', values, sums, '')) + (await count('monitor_month_outcome', 'monitor_day_outcome', 'n', 'sum(n)::int', ', kind, code'));
  });
}

type Cells = Map<string, Record<string, number>>;

/**
 * The oracle's cells of the days in a period (inclusive ISO dates), summed per group. `group` gets a
 * cell's key parts (day, service point, agency, topic, urgency, channel) and answers its group, or null
 * to leave the cell out (a filter).
 */
export function sumPeriod(cells: Cells, period: { from: string; to: string }, group: (parts: string[]) => string | null): Cells {
  const sums: Cells = new Map();
  for (const [key, cell] of cells) {
    const parts = key.split('|');
    const g = group(parts);
    if (g === null || parts[0]! < period.from || parts[0]! > period.to) continue;
    const sum = sums.get(g) ?? Object.fromEntries(Object.keys(cell).map((c) => [c, 0]));
    for (const [c, n] of Object.entries(cell)) sum[c]! += n;
    sums.set(g, sum);
  }
  return sums;
}

/** The oracle's outcomes of the days in a period as "kind|code|agency" -> count. */
export function outcomesOfPeriod(outcomes: Map<string, number>, period: { from: string; to: string }, keep: (parts: string[]) => boolean = () => true): Map<string, number> {
  const sums = new Map<string, number>();
  for (const [key, n] of outcomes) {
    const [day, , agency, , , , kind, code] = key.split('|');
    if (day! < period.from || day! > period.to || !keep(key.split('|'))) continue;
    sums.set(`${kind}|${code}|${agency}`, (sums.get(`${kind}|${code}|${agency}`) ?? 0) + n);
  }
  return sums;
}

const COUNT_OF: Record<string, keyof MonitorCellSums['counts']> = {
  submitted: 'submitted', received: 'received', received_in_time: 'receivedInTime', accepted: 'accepted', accepted_in_time: 'acceptedInTime',
  rejected: 'rejected', cancelled: 'cancelled', failed: 'failed', rerouted: 'rerouted', visits: 'visits',
};
const HISTOGRAM_OF: Record<string, keyof MonitorCellSums['histograms']> = { rw: 'receiveWall', rb: 'receiveBusiness', aw: 'acceptWall', ab: 'acceptBusiness' };

/** What the figures repository answered, in the oracle's shape. */
export function sumsAsCells(rows: readonly MonitorCellSums[]): Cells {
  return new Map(
    rows.map((row) => [
      row.key,
      Object.fromEntries([
        ...COUNTS.map((c) => [c, row.counts[COUNT_OF[c]!]]),
        ...HISTOGRAMS.flatMap((h) => Array.from({ length: DURATION_BUCKET_COUNT }, (_, i) => [`${h}_${i}`, row.histograms[HISTOGRAM_OF[h]!][i]!])),
      ]) as Record<string, number>,
    ]),
  );
}

const OPEN = ['REQUESTED', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD'];

/**
 * The live figures straight from the raw tables, in plain loops: every referral with its visit's own
 * channel and status, counted as the monitor describes them. For one channel, or all when null.
 */
export async function liveFromRawTables(db: ScopedDatabase, now: Date, channel: string | null): Promise<Record<string, number>> {
  const rows = (await db.run(SYSTEM_SCOPE, (m) =>
    m.query(`SELECT r.status, r.visit_id, r.receive_due_at, r.accept_due_at, v.channel, v.status AS visit_status FROM referral r JOIN visit v ON v.id = r.visit_id`),
  )) as { status: string; visit_id: string; receive_due_at: Date | null; accept_due_at: Date | null; channel: string; visit_status: string }[];
  const live = { openNow: 0, waitingNow: 0, overdueNow: 0, warmVisitsOpenNow: 0 };
  const warm = new Set<string>();
  for (const r of rows) {
    if (!OPEN.includes(r.status) || (channel !== null && r.channel !== channel)) continue;
    live.openNow++;
    const waiting = r.status === 'REQUESTED' || r.status === 'RECEIVED';
    if (waiting) live.waitingNow++;
    const late = (due: Date | null) => due !== null && due.getTime() < now.getTime();
    if ((r.status === 'REQUESTED' && late(r.receive_due_at)) || (waiting && late(r.accept_due_at))) live.overdueNow++;
    if (r.visit_status === 'OPEN') warm.add(r.visit_id);
  }
  live.warmVisitsOpenNow = warm.size;
  return live;
}
