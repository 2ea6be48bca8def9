import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DATABASE_ROLE } from '#config';

const APP = APP_DATABASE_ROLE;
/** Frozen copy of the value columns of monitor_day at the time of this migration. */
const COUNTS = ['submitted', 'received', 'received_in_time', 'accepted', 'accepted_in_time', 'rejected', 'cancelled', 'failed', 'rerouted', 'visits'];
const BUCKETS = ['rw', 'rb', 'aw', 'ab'].flatMap((h) => Array.from({ length: 18 }, (_, i) => `${h}_${String(i).padStart(2, '0')}`));
const VALUES = [...COUNTS, ...BUCKETS];
const DIMENSIONS = 'service_point_id, agency_code, topic_id, urgency, channel';

/**
 * Month cells beside the day cells (decision 0008, "Months for long periods"): monitor_month and
 * monitor_month_outcome have the day tables' groupings and columns, keyed by the month's first day
 * (Dutch time). The rollup writers recompute a month from its day cells whenever those change, so a
 * period of years reads whole months plus its edge days. Filled here from the day cells that exist.
 */
export class MonitorMonths1795796000000 implements MigrationInterface {
  name = 'MonitorMonths1795796000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [month, day] of [['monitor_month', 'monitor_day'], ['monitor_month_outcome', 'monitor_day_outcome']] as const) {
      await queryRunner.query(`CREATE TABLE ${month} (LIKE ${day} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)`);
      await queryRunner.query(`ALTER TABLE ${month} RENAME COLUMN day TO month`);
      await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${month} TO ${APP}`);
      await queryRunner.query(`ALTER TABLE ${month} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${month} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY ${month}_system ON ${month} USING (app_scope() = 'system') WITH CHECK (app_scope() = 'system')`);
      await queryRunner.query(`CREATE POLICY ${month}_monitor ON ${month} FOR SELECT USING (app_scope() = 'monitor')`);
    }
    // Row security is forced, the owner's too: fill in the system scope.
    await queryRunner.query(`SELECT set_config('loketlijn.scope', 'system', true)`);
    await queryRunner.query(`
      INSERT INTO monitor_month (grouping, month, ${DIMENSIONS}, ${VALUES.join(', ')})
      SELECT grouping, date_trunc('month', day)::date, ${DIMENSIONS}, ${VALUES.map((c) => `sum(${c})`).join(', ')}
        FROM monitor_day GROUP BY grouping, date_trunc('month', day), ${DIMENSIONS}`);
    await queryRunner.query(`
      INSERT INTO monitor_month_outcome (grouping, month, ${DIMENSIONS}, kind, code, n)
      SELECT grouping, date_trunc('month', day)::date, ${DIMENSIONS}, kind, code, sum(n)
        FROM monitor_day_outcome GROUP BY grouping, date_trunc('month', day), ${DIMENSIONS}, kind, code`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE monitor_month_outcome`);
    await queryRunner.query(`DROP TABLE monitor_month`);
  }
}
