import type { EntityManager } from 'typeorm';
import { ALL, cellAggregates, DIMENSIONS, type Grouping } from './monitor-cells.js';

const DIMENSION_LIST = DIMENSIONS.join(', ');
const VALUES = cellAggregates().map((a) => a.column);
const KEY_RECORD = `day date, service_point_id uuid, agency_code varchar, topic_id uuid, urgency text, channel text`;

/** The day tables and the month tables that sum them, with what a row holds besides its key. */
const TABLES = [
  { day: 'monitor_day', month: 'monitor_month', keys: [] as string[], values: VALUES },
  { day: 'monitor_day_outcome', month: 'monitor_month_outcome', keys: ['kind', 'code'], values: ['n'] },
] as const;

/**
 * Month cells (decision 0008, "Months for long periods"): each row of monitor_month(_outcome) is the sum of
 * the day cells of its month with the same grouping and key, keyed by the month's first day (the days
 * are Dutch days already). Recomputed from the day cells, never updated by a delta, always by the rollup
 * writer that just changed those day cells, in its transaction and under its lock.
 */
export class MonitorMonthRepository {
  /**
   * Recomputes, at one grouping, the month cells holding the given day cells ($1: a JSON list of full
   * cell keys, as recomputeCells takes them). Each month cell reads its days by key: ~31 index probes.
   */
  async recomputeTouched(manager: EntityManager, grouping: Grouping, cellsParam: string): Promise<void> {
    const projected = DIMENSIONS.map((d) => (grouping.dimensions.includes(d) ? d : `${ALL[d]} AS ${d}`)).join(', ');
    const touched = `SELECT DISTINCT date_trunc('month', day)::date AS month, ${projected} FROM json_to_recordset($1::json) AS k(${KEY_RECORD})`;
    const sameKey = (a: string, b: string) => DIMENSIONS.map((d) => `${a}.${d} = ${b}.${d}`).join(' AND ');
    for (const table of TABLES) {
      await manager.query(
        `DELETE FROM ${table.month} m USING (${touched}) t WHERE m.grouping = ${grouping.id} AND m.month = t.month AND ${sameKey('m', 't')}`,
        [cellsParam],
      );
      const keys = table.keys.map((k) => `, ${k}`).join('');
      const dayKeys = table.keys.map((k) => `, d.${k}`).join('');
      await manager.query(
        `INSERT INTO ${table.month} (grouping, month, ${DIMENSION_LIST}${keys}, ${table.values.join(', ')})
         SELECT ${grouping.id}, t.month, ${DIMENSIONS.map((d) => `t.${d}`).join(', ')}${dayKeys}, ${table.values.map((v) => `sum(d.${v})`).join(', ')}
           FROM (${touched}) t
           CROSS JOIN generate_series(0, 30) AS s(i)
           JOIN ${table.day} d ON d.grouping = ${grouping.id} AND d.day = t.month + s.i AND ${sameKey('d', 't')}
          WHERE t.month + s.i < (t.month + interval '1 month')::date
          GROUP BY t.month, ${DIMENSIONS.map((d) => `t.${d}`).join(', ')}${dayKeys}`,
        [cellsParam],
      );
    }
  }

  /** Recomputes every cell of the month holding `day` (YYYY-MM-DD), at every grouping. */
  async recomputeMonth(manager: EntityManager, day: string): Promise<void> {
    const month = `date_trunc('month', $1::date)::date`;
    for (const table of TABLES) await manager.query(`DELETE FROM ${table.month} WHERE month = ${month}`, [day]);
    await this.fill(manager, `WHERE day >= ${month} AND day < (${month} + interval '1 month')::date`, [day]);
  }

  /** Every month cell from all day cells (after a bulk refill of the days). */
  async refillAll(manager: EntityManager): Promise<void> {
    for (const table of TABLES) await manager.query(`DELETE FROM ${table.month}`);
    await this.fill(manager, '', []);
  }

  private async fill(manager: EntityManager, narrowing: string, params: unknown[]): Promise<void> {
    for (const table of TABLES) {
      const keys = table.keys.map((k) => `, ${k}`).join('');
      await manager.query(
        `INSERT INTO ${table.month} (grouping, month, ${DIMENSION_LIST}${keys}, ${table.values.join(', ')})
         SELECT grouping, date_trunc('month', day)::date, ${DIMENSION_LIST}${keys}, ${table.values.map((v) => `sum(${v})`).join(', ')}
           FROM ${table.day} ${narrowing}
          GROUP BY grouping, date_trunc('month', day), ${DIMENSION_LIST}${keys}`,
        params,
      );
    }
  }
}
