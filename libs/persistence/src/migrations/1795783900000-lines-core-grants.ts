import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DATABASE_ROLE } from '#config';

const APP = APP_DATABASE_ROLE;
/** Case tables of the lines core: they follow the referral they belong to. */
const FOLLOW_REFERRAL = ['referral_timer', 'referral_appointment'];

/**
 * The app role's access to the lines-core tables (created before the app role existed, so never
 * granted by default): SLA settings and line hours are catalogue data the services scope by agency;
 * timers and appointments get row-level security like the rest of a referral's rows.
 */
export class LinesCoreGrants1795783900000 implements MigrationInterface {
  name = 'LinesCoreGrants1795783900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON sla_setting TO ${APP}`);
    await queryRunner.query(`GRANT UPDATE (line_hours) ON agency TO ${APP}`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON referral_timer, referral_appointment TO ${APP}`);
    await queryRunner.query(`GRANT USAGE ON SEQUENCE referral_timer_id_seq TO ${APP}`);
    for (const table of FOLLOW_REFERRAL) {
      const parties = `app_scope() IN ('desk', 'agency') AND EXISTS (SELECT 1 FROM referral r WHERE r.id = ${table}.referral_id)`;
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY ${table}_system ON "${table}" USING (app_scope() = 'system') WITH CHECK (app_scope() = 'system')`);
      await queryRunner.query(`CREATE POLICY ${table}_parties ON "${table}" USING (${parties}) WITH CHECK (${parties})`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of FOLLOW_REFERRAL) {
      await queryRunner.query(`DROP POLICY ${table}_parties ON "${table}"`);
      await queryRunner.query(`DROP POLICY ${table}_system ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`REVOKE USAGE ON SEQUENCE referral_timer_id_seq FROM ${APP}`);
    await queryRunner.query(`REVOKE ALL ON referral_timer, referral_appointment FROM ${APP}`);
    await queryRunner.query(`REVOKE UPDATE (line_hours) ON agency FROM ${APP}`);
    await queryRunner.query(`REVOKE ALL ON sla_setting FROM ${APP}`);
  }
}
