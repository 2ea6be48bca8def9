import type { EntityManager } from 'typeorm';
import {
  type AgencyCode,
  MonitorDimension,
  type MonitorCounts,
  type MonitorFilter,
  type MonitorPeriod,
  monitorPeriodParts,
  type MonitorSums,
} from '#domain';
import { bucketColumns, COUNT_COLUMN_NAMES, COUNT_NAMES, type Dimension, DIMENSIONS, groupingFor, type Histogram, HISTOGRAM_NAMES } from './monitor-cells.js';

/** How rows of monitor_day are grouped: a dimension, a calendar step, or not at all. */
export type MonitorGrouping = MonitorDimension | 'DAY' | 'WEEK' | 'NONE';

/** Summed counts and histograms of a group of cells. */
export interface MonitorCellSums extends MonitorSums {
  /** The group's value (an id, code, municipality or ISO date); '' for NONE. */
  readonly key: string;
}

export interface MonitorOutcomeRow {
  readonly kind: string;
  readonly code: string;
  readonly agencyCode: AgencyCode;
  readonly n: number;
}

export interface MonitorLiveRow {
  readonly openNow: number;
  readonly waitingNow: number;
  readonly overdueNow: number;
  readonly warmVisitsOpenNow: number;
}

const GROUP_EXPRESSION: Record<MonitorGrouping, string> = {
  [MonitorDimension.AGENCY]: 'agency_code',
  [MonitorDimension.SERVICE_POINT]: 'service_point_id::text',
  [MonitorDimension.MUNICIPALITY]: 'sp.municipality',
  [MonitorDimension.TOPIC]: 'topic_id::text',
  [MonitorDimension.URGENCY]: 'urgency',
  [MonitorDimension.CHANNEL]: 'channel',
  DAY: `to_char(day, 'YYYY-MM-DD')`,
  WEEK: `to_char(date_trunc('week', day), 'YYYY-MM-DD')`,
  NONE: `''`,
};

const GROUP_DIMENSION: Partial<Record<MonitorGrouping, Dimension>> = {
  [MonitorDimension.AGENCY]: 'agency_code',
  [MonitorDimension.SERVICE_POINT]: 'service_point_id',
  [MonitorDimension.MUNICIPALITY]: 'service_point_id',
  [MonitorDimension.TOPIC]: 'topic_id',
  [MonitorDimension.URGENCY]: 'urgency',
  [MonitorDimension.CHANNEL]: 'channel',
};

/** The rollup grouping to read: the smallest that keeps every dimension filtered on or grouped by. */
function groupingId(filter: MonitorFilter, grouping: MonitorGrouping): number {
  const needed = new Set<Dimension>();
  const used = (values: readonly unknown[] | undefined) => values !== undefined && values.length > 0;
  if (used(filter.servicePointIds) || used(filter.municipalities)) needed.add('service_point_id');
  if (used(filter.agencyCodes)) needed.add('agency_code');
  if (used(filter.topicIds)) needed.add('topic_id');
  if (used(filter.urgencies)) needed.add('urgency');
  if (used(filter.channels)) needed.add('channel');
  const dimension = GROUP_DIMENSION[grouping];
  if (dimension) needed.add(dimension);
  return groupingFor(needed).id;
}

const OPEN_STATUSES = `('REQUESTED', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD')`;

/** Conditions for a filter; `alias` prefixes the columns (the live query reads referral r). */
function filterConditions(filter: MonitorFilter, params: unknown[], alias = ''): string[] {
  const conditions: string[] = [];
  const add = (values: readonly string[] | undefined, sql: (p: string) => string, type: string) => {
    if (!values || values.length === 0) return;
    params.push(values);
    conditions.push(sql(`$${params.length}::${type}[]`));
  };
  add(filter.servicePointIds, (p) => `${alias}service_point_id = ANY(${p})`, 'uuid');
  add(filter.municipalities, (p) => `${alias}service_point_id IN (SELECT id FROM service_point WHERE municipality = ANY(${p}))`, 'text');
  add(filter.agencyCodes, (p) => `${alias}agency_code = ANY(${p})`, 'text');
  add(filter.topicIds, (p) => `${alias}topic_id = ANY(${p})`, 'uuid');
  add(filter.urgencies, (p) => `${alias}urgency = ANY(${p})`, 'text');
  add(filter.channels, (p) => `${alias}channel = ANY(${p})`, 'text');
  return conditions;
}

const SUM_COLUMNS = [...COUNT_COLUMN_NAMES, ...HISTOGRAM_NAMES.flatMap(bucketColumns)];

const CELL_TABLES = { day: 'monitor_day', month: 'monitor_month' };
const OUTCOME_TABLES = { day: 'monitor_day_outcome', month: 'monitor_month_outcome' };

/** A trend steps through days, so it reads day cells; every other grouping reads whole months as months. */
const BY_DAY: ReadonlySet<MonitorGrouping> = new Set(['DAY', 'WEEK']);

/**
 * The rows of a period at one grouping, as one UNION ALL of day cells for the edge days and month cells
 * for the whole months (decision 0008); each branch selects `day` and then `columns`. Adds its bounds to params.
 */
function periodCells(tables: { day: string; month: string }, columns: string, period: MonitorPeriod, byDay: boolean, where: readonly string[], params: unknown[]): string {
  const parts = byDay ? { months: null, days: [period] } : monitorPeriodParts(period);
  const branch = (table: string, column: string, span: MonitorPeriod) => {
    params.push(span.from, span.to);
    const bounds = `${column} BETWEEN $${params.length - 1}::date AND $${params.length}::date`;
    return `SELECT ${column} AS day, ${columns} FROM ${table} WHERE ${[bounds, ...where].join(' AND ')}`;
  };
  const branches = parts.days.map((span) => branch(tables.day, 'day', span));
  if (parts.months) branches.push(branch(tables.month, 'month', parts.months));
  return branches.join(' UNION ALL ');
}

/**
 * The monitor's figures, read (decision 0008): sums over the rollup cells of a period, and the live
 * figures from the referral table's partial index. Runs in the monitor scope; no row about one citizen.
 */
export class MonitorFiguresRepository {
  async sums(manager: EntityManager, period: MonitorPeriod, filter: MonitorFilter, grouping: MonitorGrouping): Promise<MonitorCellSums[]> {
    const params: unknown[] = [];
    const where = [`grouping = ${groupingId(filter, grouping)}`, ...filterConditions(filter, params)];
    const cells = periodCells(CELL_TABLES, [...DIMENSIONS, ...SUM_COLUMNS].join(', '), period, BY_DAY.has(grouping), where, params);
    const rows = (await manager.query(
      `SELECT ${GROUP_EXPRESSION[grouping]} AS key, ${SUM_COLUMNS.map((c) => `sum(d.${c})::int AS ${c}`).join(', ')}
         FROM (${cells}) d ${grouping === MonitorDimension.MUNICIPALITY ? 'JOIN service_point sp ON sp.id = d.service_point_id' : ''}
        GROUP BY 1 ORDER BY 1`,
      params,
    )) as Record<string, number | string | null>[];
    return rows.map((row) => ({
      key: String(row.key ?? ''),
      counts: Object.fromEntries(COUNT_COLUMN_NAMES.map((c) => [COUNT_NAMES[c], Number(row[c] ?? 0)])) as unknown as MonitorCounts,
      histograms: Object.fromEntries(
        HISTOGRAM_NAMES.map((h) => [h, bucketColumns(h).map((c) => Number(row[c] ?? 0))]),
      ) as unknown as Record<Histogram, number[]>,
    }));
  }

  /** Rejections and failures by reason, cancellations, and re-routes (code = the agency they came from) per agency. */
  async outcomes(manager: EntityManager, period: MonitorPeriod, filter: MonitorFilter): Promise<MonitorOutcomeRow[]> {
    const params: unknown[] = [];
    // Per agency always: re-routes go from one agency to another.
    const where = [`grouping = ${groupingId(filter, MonitorDimension.AGENCY)}`, ...filterConditions(filter, params)];
    const cells = periodCells(OUTCOME_TABLES, 'kind, code, agency_code, n', period, false, where, params);
    const rows = (await manager.query(
      `SELECT kind, code, agency_code AS "agencyCode", sum(n)::int AS n FROM (${cells}) o
        GROUP BY kind, code, agency_code ORDER BY kind, code, agency_code`,
      params,
    )) as MonitorOutcomeRow[];
    return rows;
  }

  /** Names of service points and topics, by id, for labels. */
  async names(manager: EntityManager): Promise<Map<string, string>> {
    const rows = (await manager.query(`SELECT id::text, name FROM service_point UNION ALL SELECT id::text, name FROM topic`)) as { id: string; name: string }[];
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /**
   * Open now, waiting for pickup now, past a deadline now, and visits still warm now: current state, not
   * rollups. One index-only scan of the open referrals, which carry their visit's channel and open state
   * (migration 1795797000000).
   */
  async live(manager: EntityManager, filter: MonitorFilter, now: Date): Promise<MonitorLiveRow> {
    const params: unknown[] = [now];
    const conditions = [`r.status IN ${OPEN_STATUSES}`, ...filterConditions(filter, params, 'r.')];
    const [row] = (await manager.query(
      `SELECT count(*)::int AS "openNow",
              count(*) FILTER (WHERE r.status IN ('REQUESTED', 'RECEIVED'))::int AS "waitingNow",
              count(*) FILTER (WHERE (r.status = 'REQUESTED' AND r.receive_due_at < $1)
                                  OR (r.status IN ('REQUESTED', 'RECEIVED') AND r.accept_due_at < $1))::int AS "overdueNow",
              count(DISTINCT r.visit_id) FILTER (WHERE r.visit_open)::int AS "warmVisitsOpenNow"
         FROM referral r
        WHERE ${conditions.join(' AND ')}`,
      params,
    )) as MonitorLiveRow[];
    return row!;
  }
}
