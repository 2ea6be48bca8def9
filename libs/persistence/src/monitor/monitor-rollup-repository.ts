import type { EntityManager } from 'typeorm';
import type { MonitorContribution, MonitorReferral } from '#domain';
import { ALL, CELL_KEY, CELL_KEY_COLUMNS, cellAggregates, DIMENSIONS, type Grouping, GROUPINGS } from './monitor-cells.js';
import { MonitorMonthRepository } from './monitor-month-repository.js';

/** One advisory lock for every writer of the rollups: the drain and the rebuild never interleave. */
const ROLLUP_LOCK = 0x6d6f6e; // "mon"

const REFERRAL_COLUMNS = `
  r.id, r.service_point_id AS "servicePointId", r.agency_code AS "agencyCode", r.topic_id AS "topicId", r.urgency,
  v.channel, r.status, r.submitted_at AS "submittedAt", r.received_at AS "receivedAt", r.accepted_at AS "acceptedAt",
  r.receive_due_at AS "receiveDueAt", r.accept_due_at AS "acceptDueAt", r.reject_reason_code AS "rejectReasonCode",
  r.fail_reason_code AS "failReasonCode", src.agency_code AS "reroutedFromAgency",
  (r.submitted_at IS NOT NULL AND NOT EXISTS (
     SELECT 1 FROM referral o WHERE o.visit_id = r.visit_id AND o.submitted_at IS NOT NULL
        AND (o.submitted_at, o.id) < (r.submitted_at, r.id))) AS "firstOfVisit"`;
const REFERRAL_FROM = `referral r JOIN visit v ON v.id = r.visit_id LEFT JOIN referral src ON src.id = r.rerouted_from_id`;

const KEY_RECORD = `day date, service_point_id uuid, agency_code varchar, topic_id uuid, urgency text, channel text`;
const aggregates = cellAggregates();

/**
 * The monitor's rollups, written (decision 0008): claim the referrals the timeline marked, read them,
 * store their contributions and recompute the cells they touch. Run in the system scope, inside the
 * caller's transaction; the statements take the rollup lock so writers never interleave.
 */
export class MonitorRollupRepository {
  private readonly months = new MonitorMonthRepository();

  /** False when another writer holds the lock: the caller skips this round. */
  async tryLock(manager: EntityManager): Promise<boolean> {
    const [row] = (await manager.query(`SELECT pg_try_advisory_xact_lock($1) AS ok`, [ROLLUP_LOCK])) as { ok: boolean }[];
    return row!.ok;
  }

  async lock(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock($1)`, [ROLLUP_LOCK]);
  }

  /** Takes up to `limit` marks off the pending list; marks another transaction holds are skipped. */
  async claimPending(manager: EntityManager, limit: number): Promise<string[]> {
    // TypeORM answers a DELETE with [rows, count].
    const [rows] = (await manager.query(
      `DELETE FROM monitor_pending WHERE id IN (SELECT id FROM monitor_pending ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)
       RETURNING referral_id`,
      [limit],
    )) as [{ referral_id: string }[], number];
    return [...new Set(rows.map((row) => row.referral_id))];
  }

  /** The referrals and every other referral of their visits: which one counts the visit may change. */
  withVisitSiblings(manager: EntityManager, referralIds: readonly string[]): Promise<MonitorReferral[]> {
    return manager.query(
      `SELECT ${REFERRAL_COLUMNS} FROM ${REFERRAL_FROM}
        WHERE r.visit_id IN (SELECT visit_id FROM referral WHERE id = ANY($1::uuid[])) ORDER BY r.id`,
      [referralIds],
    );
  }

  /** Every referral submitted in [from, to). */
  submittedBetween(manager: EntityManager, from: Date, to: Date): Promise<MonitorReferral[]> {
    return manager.query(`SELECT ${REFERRAL_COLUMNS} FROM ${REFERRAL_FROM} WHERE r.submitted_at >= $1 AND r.submitted_at < $2 ORDER BY r.id`, [from, to]);
  }

  /** The cells the referrals are counted in now, before their contributions change (the day as text: pg reads a date at local midnight). */
  async cellsOf(manager: EntityManager, referralIds: readonly string[]): Promise<Record<string, unknown>[]> {
    return manager.query(`SELECT ${['day::text AS day', ...CELL_KEY_COLUMNS.slice(1)].join(', ')} FROM monitor_referral_fact WHERE referral_id = ANY($1::uuid[])`, [referralIds]);
  }

  /** Replaces the referrals' contributions; a referral without one (never submitted) is counted nowhere. */
  async replaceContributions(manager: EntityManager, referralIds: readonly string[], contributions: readonly MonitorContribution[]): Promise<void> {
    await manager.query(`DELETE FROM monitor_referral_fact WHERE referral_id = ANY($1::uuid[])`, [referralIds]);
    await this.insertContributions(manager, contributions);
  }

  /** Recomputes the given cells, at every grouping, from the contributions, and the months that hold them. */
  async recomputeCells(manager: EntityManager, cells: readonly Record<string, unknown>[]): Promise<void> {
    if (cells.length === 0) return;
    const params = [JSON.stringify(cells)];
    for (const grouping of GROUPINGS) {
      const key = ['day', ...grouping.dimensions].join(', ');
      const touched = `(${key}) IN (SELECT DISTINCT ${key} FROM json_to_recordset($1::json) AS k(${KEY_RECORD}))`;
      await manager.query(`DELETE FROM monitor_day WHERE grouping = ${grouping.id} AND ${touched}`, params);
      await manager.query(`DELETE FROM monitor_day_outcome WHERE grouping = ${grouping.id} AND ${touched}`, params);
      await this.fillCells(manager, grouping, `WHERE ${touched}`, params);
      await this.months.recomputeTouched(manager, grouping, params[0]!);
    }
  }

  /** Rebuilds one day from scratch: its contributions, every one of its cells, and its month. */
  async replaceDay(manager: EntityManager, day: string, contributions: readonly MonitorContribution[]): Promise<void> {
    await manager.query(`DELETE FROM monitor_referral_fact WHERE day = $1`, [day]);
    await manager.query(`DELETE FROM monitor_day WHERE day = $1`, [day]);
    await manager.query(`DELETE FROM monitor_day_outcome WHERE day = $1`, [day]);
    await this.insertContributions(manager, contributions);
    for (const grouping of GROUPINGS) await this.fillCells(manager, grouping, `WHERE day = $1`, [day]);
    await this.months.recomputeMonth(manager, day);
  }

  /**
   * Every cell of every grouping at once (a bulk load wrote the contributions), then every month. Only
   * the full cells are counted from the contributions; each coarser grouping sums the smallest finer
   * one already filled, which has far fewer rows and no per-bucket filters to evaluate.
   */
  async refillAll(manager: EntityManager): Promise<void> {
    // Millions of groups: aggregate sorted input as a stream (the output then comes in key order, so the
    // primary keys are appended to) rather than hash tables that spill; room for the sorts.
    await manager.query(`SET LOCAL enable_hashagg = off`);
    await manager.query(`SET LOCAL work_mem = '256MB'`);
    await manager.query(`DELETE FROM monitor_day`);
    await manager.query(`DELETE FROM monitor_day_outcome`);
    const filled: Grouping[] = [];
    for (const grouping of [...GROUPINGS].sort((a, b) => b.dimensions.length - a.dimensions.length)) {
      const source = filled.filter((g) => grouping.dimensions.every((d) => g.dimensions.includes(d))).sort((a, b) => a.id - b.id)[0];
      if (source) await this.sumCells(manager, grouping, source);
      else await this.fillCells(manager, grouping, `WHERE true`, []);
      filled.push(grouping);
    }
    await this.months.refillAll(manager);
  }

  /** The first and the last day with a submitted referral, or null when there is none. */
  async submittedDays(manager: EntityManager): Promise<{ first: Date; last: Date } | null> {
    const [row] = (await manager.query(`SELECT min(submitted_at) AS first, max(submitted_at) AS last FROM referral`)) as { first: Date | null; last: Date | null }[];
    return row?.first && row.last ? { first: row.first, last: row.last } : null;
  }

  /** Fills the grouping's rows by summing a finer grouping's rows. */
  private async sumCells(manager: EntityManager, grouping: Grouping, source: Grouping): Promise<void> {
    const kept = ['day', ...grouping.dimensions].join(', ');
    const projected = ['day', ...DIMENSIONS.map((d) => (grouping.dimensions.includes(d) ? d : ALL[d]))].join(', ');
    const values = aggregates.map((a) => a.column);
    await manager.query(
      `INSERT INTO monitor_day (grouping, ${CELL_KEY}, ${values.join(', ')})
       SELECT ${grouping.id}, ${projected}, ${values.map((v) => `sum(${v})`).join(', ')} FROM monitor_day WHERE grouping = ${source.id} GROUP BY ${kept}`,
    );
    await manager.query(
      `INSERT INTO monitor_day_outcome (grouping, ${CELL_KEY}, kind, code, n)
       SELECT ${grouping.id}, ${projected}, kind, code, sum(n) FROM monitor_day_outcome WHERE grouping = ${source.id} GROUP BY ${kept}, kind, code`,
    );
  }

  private async insertContributions(manager: EntityManager, contributions: readonly MonitorContribution[]): Promise<void> {
    if (contributions.length === 0) return;
    await manager.query(`INSERT INTO monitor_referral_fact SELECT * FROM json_populate_recordset(null::monitor_referral_fact, $1::json)`, [
      JSON.stringify(contributions.map(factRow)),
    ]);
  }

  /** Fills the grouping's rows from the contributions `narrowing` selects. */
  private async fillCells(manager: EntityManager, grouping: Grouping, narrowing: string, params: unknown[]): Promise<void> {
    const kept = ['day', ...grouping.dimensions].join(', ');
    const projected = ['day', ...DIMENSIONS.map((d) => (grouping.dimensions.includes(d) ? d : ALL[d]))].join(', ');
    await manager.query(
      `INSERT INTO monitor_day (grouping, ${CELL_KEY}, ${aggregates.map((a) => a.column).join(', ')})
       SELECT ${grouping.id}, ${projected}, ${aggregates.map((a) => a.aggregate).join(', ')}
         FROM monitor_referral_fact ${narrowing} GROUP BY ${kept}`,
      params,
    );
    await manager.query(
      `INSERT INTO monitor_day_outcome (grouping, ${CELL_KEY}, kind, code, n)
       SELECT ${grouping.id}, ${projected}, kind, code, count(*) FROM (
         SELECT ${CELL_KEY}, outcome AS kind, coalesce(outcome_code, '') AS code FROM monitor_referral_fact ${narrowing} AND outcome IS NOT NULL
         UNION ALL
         SELECT ${CELL_KEY}, 'REROUTED', rerouted_from_agency FROM monitor_referral_fact ${narrowing} AND rerouted_from_agency IS NOT NULL
       ) o GROUP BY ${kept}, kind, code`,
      params,
    );
  }
}

function factRow(c: MonitorContribution): Record<string, unknown> {
  return {
    referral_id: c.referralId,
    day: c.day,
    service_point_id: c.servicePointId,
    agency_code: c.agencyCode,
    topic_id: c.topicId,
    urgency: c.urgency,
    channel: c.channel,
    received: c.received,
    received_in_time: c.receivedInTime,
    accepted: c.accepted,
    accepted_in_time: c.acceptedInTime,
    outcome: c.outcome,
    outcome_code: c.outcomeCode,
    rerouted_from_agency: c.reroutedFromAgency,
    first_of_visit: c.firstOfVisit,
    rw: c.receiveWallBucket,
    rb: c.receiveBusinessBucket,
    aw: c.acceptWallBucket,
    ab: c.acceptBusinessBucket,
  };
}

/** A contribution's cell, as the recompute takes it. */
export function cellOf(c: MonitorContribution): Record<string, unknown> {
  return { day: c.day, service_point_id: c.servicePointId, agency_code: c.agencyCode, topic_id: c.topicId, urgency: c.urgency, channel: c.channel };
}
