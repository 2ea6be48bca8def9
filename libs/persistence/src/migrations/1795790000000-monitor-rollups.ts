import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DATABASE_ROLE } from '#config';

const APP = APP_DATABASE_ROLE;
/** Frozen copy of DURATION_BUCKET_COUNT at the time of this migration. */
const BUCKETS = 18;
/** Histograms: time to receive / accept, wall-clock / business time. */
const HISTOGRAMS = ['rw', 'rb', 'aw', 'ab'];
const CELL_KEY = 'day, service_point_id, agency_code, topic_id, urgency, channel';
/** Rollup rows: the grouping (which dimensions it keeps; the others hold "all") comes first in the key. */
const ROLLUP_KEY = `grouping, ${CELL_KEY}`;
const CELL_COLUMNS = `
  day date NOT NULL, service_point_id uuid NOT NULL, agency_code varchar(8) NOT NULL, topic_id uuid NOT NULL,
  urgency text NOT NULL, channel text NOT NULL`;
const OPEN = `('REQUESTED', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD')`;

function bucketColumns(): string {
  return HISTOGRAMS.flatMap((h) => Array.from({ length: BUCKETS }, (_, i) => `${h}_${String(i).padStart(2, '0')} integer NOT NULL DEFAULT 0`)).join(', ');
}

/**
 * Monitor rollups (decision 0008). A trigger on the timeline only appends the referral's id to
 * monitor_pending, in the move's own transaction: no shared counter on the submit path. The line
 * worker drains it: it recomputes each touched referral's contribution (monitor_referral_fact) from the
 * referral row and then recomputes every cell it left or entered from the facts, so the rollups are
 * the same whatever order moves, re-routes, cancellations and erasures arrive in.
 * Each cell is also kept at a few coarser groupings (all service points, all topics ...), so a query
 * reads the smallest grouping that holds its filters and breakdown (decision 0008).
 * Live figures ("open now") read the referral table through the partial index below instead.
 */
export class MonitorRollups1795790000000 implements MigrationInterface {
  name = 'MonitorRollups1795790000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE monitor_pending (id bigserial PRIMARY KEY, referral_id uuid NOT NULL)`);
    await queryRunner.query(`
      CREATE FUNCTION monitor_mark_pending() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO monitor_pending (referral_id) VALUES (NEW.referral_id);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER referral_event_monitor_pending AFTER INSERT ON referral_event FOR EACH ROW EXECUTE FUNCTION monitor_mark_pending()`);

    await queryRunner.query(`
      CREATE TABLE monitor_referral_fact (
        referral_id uuid PRIMARY KEY, ${CELL_COLUMNS},
        received boolean NOT NULL, received_in_time boolean NOT NULL, accepted boolean NOT NULL, accepted_in_time boolean NOT NULL,
        outcome text, outcome_code text, rerouted_from_agency varchar(8), first_of_visit boolean NOT NULL,
        rw smallint, rb smallint, aw smallint, ab smallint)`);
    await queryRunner.query(`CREATE INDEX ix_monitor_referral_fact_cell ON monitor_referral_fact (${CELL_KEY})`);

    await queryRunner.query(`
      CREATE TABLE monitor_day (
        grouping smallint NOT NULL, ${CELL_COLUMNS},
        submitted integer NOT NULL, received integer NOT NULL, received_in_time integer NOT NULL,
        accepted integer NOT NULL, accepted_in_time integer NOT NULL, rejected integer NOT NULL, cancelled integer NOT NULL,
        failed integer NOT NULL, rerouted integer NOT NULL, visits integer NOT NULL,
        ${bucketColumns()},
        PRIMARY KEY (${ROLLUP_KEY}))`);
    // Rejections and failures by reason, cancellations, and re-routes by the agency they came from.
    await queryRunner.query(`
      CREATE TABLE monitor_day_outcome (
        grouping smallint NOT NULL, ${CELL_COLUMNS}, kind text NOT NULL, code text NOT NULL, n integer NOT NULL,
        PRIMARY KEY (${ROLLUP_KEY}, kind, code))`);

    await queryRunner.query(`CREATE INDEX ix_referral_submitted ON referral (submitted_at) WHERE submitted_at IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX ix_referral_monitor_open ON referral (agency_code, service_point_id) INCLUDE (topic_id, urgency, status, visit_id, receive_due_at, accept_due_at) WHERE status IN ${OPEN}`);

    // Any scope's move appends through the trigger; only the system scope claims (FOR UPDATE) and takes rows out.
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON monitor_pending TO ${APP}`);
    await queryRunner.query(`GRANT USAGE ON SEQUENCE monitor_pending_id_seq TO ${APP}`);
    for (const table of ['monitor_referral_fact', 'monitor_day', 'monitor_day_outcome']) {
      await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ${table} TO ${APP}`);
      await queryRunner.query(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY ${table}_system ON ${table} USING (app_scope() = 'system') WITH CHECK (app_scope() = 'system')`);
      await queryRunner.query(`CREATE POLICY ${table}_monitor ON ${table} FOR SELECT USING (app_scope() = 'monitor')`);
    }
    await queryRunner.query(`ALTER TABLE monitor_pending ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE monitor_pending FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY monitor_pending_append ON monitor_pending FOR INSERT WITH CHECK (app_scope() <> '')`);
    await queryRunner.query(`CREATE POLICY monitor_pending_system ON monitor_pending USING (app_scope() = 'system')`);
    // Live figures by channel read the visit's channel (the monitor's code selects nothing else).
    await queryRunner.query(`CREATE POLICY visit_monitor ON visit FOR SELECT USING (app_scope() = 'monitor')`);

    // Referrals that already exist are counted by the first rebuild (npm run monitor:rebuild).
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY visit_monitor ON visit`);
    await queryRunner.query(`DROP INDEX ix_referral_monitor_open`);
    await queryRunner.query(`DROP INDEX ix_referral_submitted`);
    await queryRunner.query(`DROP TABLE monitor_day_outcome`);
    await queryRunner.query(`DROP TABLE monitor_day`);
    await queryRunner.query(`DROP TABLE monitor_referral_fact`);
    await queryRunner.query(`DROP TRIGGER referral_event_monitor_pending ON referral_event`);
    await queryRunner.query(`DROP FUNCTION monitor_mark_pending()`);
    await queryRunner.query(`DROP TABLE monitor_pending`);
  }
}
