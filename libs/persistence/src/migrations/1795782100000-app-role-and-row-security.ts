import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DATABASE_ROLE } from '#config';

const APP = APP_DATABASE_ROLE;
/** Tables holding case data: row-level security enabled and forced (the owner obeys it too). */
const CASE_TABLES = ['visit', 'visit_citizen', 'referral', 'referral_consent', 'referral_event', 'outbox', 'processing_log'];

/**
 * Second line of defence. The hub and line worker connect as a login role that owns nothing and is
 * no superuser; every transaction states its scope (set_config(..., true)), and the policies below
 * return only rows in that scope, so a query that forgot its WHERE still sees nothing foreign.
 * Scopes: desk (one service point), agency (one agency, never DRAFT), monitor (referral rows for
 * aggregates), privacy (the processing log), system (line worker, relay, retention, rotation).
 * No scope set means no rows. Migrations keep running as the owner. The role is cluster-wide and
 * survives `down`; only its grants and the policies are removed.
 */
export class AppRoleAndRowSecurity1795782100000 implements MigrationInterface {
  name = 'AppRoleAndRowSecurity1795782100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP}') THEN
          CREATE ROLE ${APP} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
        END IF;
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO ${APP}', current_database());
      END $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ${APP}`);
    await queryRunner.query(`GRANT SELECT ON agency, topic, service_point, account TO ${APP}`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON visit, visit_citizen, referral, referral_consent TO ${APP}`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON outbox TO ${APP}`);
    // Append-only for the application: no UPDATE, no DELETE.
    await queryRunner.query(`GRANT SELECT, INSERT ON referral_event, processing_log TO ${APP}`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON referral_event, processing_log FROM ${APP}`);
    await queryRunner.query(`GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${APP}`);
    // Deny by default: a table a later migration creates is granted there, explicitly, or not at all.
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES REVOKE ALL ON TABLES FROM ${APP}`);
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES REVOKE ALL ON SEQUENCES FROM ${APP}`);

    await queryRunner.query(`
      CREATE FUNCTION app_scope() RETURNS text LANGUAGE sql STABLE AS
      $$ SELECT coalesce(current_setting('loketlijn.scope', true), '') $$`);
    await queryRunner.query(`
      CREATE FUNCTION app_service_point() RETURNS uuid LANGUAGE sql STABLE AS
      $$ SELECT nullif(current_setting('loketlijn.service_point', true), '')::uuid $$`);
    await queryRunner.query(`
      CREATE FUNCTION app_agency() RETURNS text LANGUAGE sql STABLE AS
      $$ SELECT nullif(current_setting('loketlijn.agency', true), '') $$`);

    for (const table of CASE_TABLES) {
      await queryRunner.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`CREATE POLICY ${table}_system ON "${table}" USING (app_scope() = 'system') WITH CHECK (app_scope() = 'system')`);
    }

    const deskVisit = `app_scope() = 'desk' AND service_point_id = app_service_point()`;
    await queryRunner.query(`CREATE POLICY visit_desk ON visit USING (${deskVisit}) WITH CHECK (${deskVisit})`);

    const deskReferral = `app_scope() = 'desk' AND service_point_id = app_service_point()`;
    const agencyReferral = `app_scope() = 'agency' AND agency_code = app_agency() AND status <> 'DRAFT'`;
    await queryRunner.query(`CREATE POLICY referral_desk ON referral USING (${deskReferral}) WITH CHECK (${deskReferral})`);
    await queryRunner.query(`CREATE POLICY referral_agency ON referral FOR SELECT USING (${agencyReferral})`);
    await queryRunner.query(`CREATE POLICY referral_agency_move ON referral FOR UPDATE USING (${agencyReferral}) WITH CHECK (${agencyReferral})`);
    await queryRunner.query(`CREATE POLICY referral_monitor ON referral FOR SELECT USING (app_scope() = 'monitor')`);

    // The rest follows the referral or visit it belongs to; their own policies apply inside EXISTS.
    const ownReferral = (column: string) => `EXISTS (SELECT 1 FROM referral r WHERE r.id = ${column})`;
    await queryRunner.query(`CREATE POLICY referral_consent_parties ON referral_consent FOR SELECT USING (app_scope() IN ('desk', 'agency') AND ${ownReferral('referral_consent.referral_id')})`);
    await queryRunner.query(`CREATE POLICY referral_consent_desk ON referral_consent USING (app_scope() = 'desk' AND ${ownReferral('referral_consent.referral_id')}) WITH CHECK (app_scope() = 'desk' AND ${ownReferral('referral_consent.referral_id')})`);
    for (const table of ['referral_event', 'outbox']) {
      const check = `app_scope() IN ('desk', 'agency') AND ${ownReferral(`${table}.referral_id`)}`;
      await queryRunner.query(`CREATE POLICY ${table}_parties_read ON ${table} FOR SELECT USING (${check})`);
      await queryRunner.query(`CREATE POLICY ${table}_parties_write ON ${table} FOR INSERT WITH CHECK (${check})`);
    }

    const deskCitizen = `app_scope() = 'desk' AND EXISTS (SELECT 1 FROM visit v WHERE v.id = visit_citizen.visit_id)`;
    await queryRunner.query(`CREATE POLICY visit_citizen_desk ON visit_citizen USING (${deskCitizen}) WITH CHECK (${deskCitizen})`);
    // An agency reaches a citizen only through its own submitted referral whose consent still stands.
    await queryRunner.query(`
      CREATE POLICY visit_citizen_agency ON visit_citizen FOR SELECT USING (
        app_scope() = 'agency' AND EXISTS (
          SELECT 1 FROM referral r JOIN referral_consent c ON c.referral_id = r.id
           WHERE r.visit_id = visit_citizen.visit_id AND c.withdrawn_at IS NULL))`);

    await queryRunner.query(`CREATE POLICY processing_log_write ON processing_log FOR INSERT WITH CHECK (app_scope() <> '')`);
    await queryRunner.query(`CREATE POLICY processing_log_privacy ON processing_log FOR SELECT USING (app_scope() = 'privacy')`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of CASE_TABLES) {
      const policies = (await queryRunner.query(`SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = $1`, [table])) as { policyname: string }[];
      for (const { policyname } of policies) await queryRunner.query(`DROP POLICY "${policyname}" ON "${table}"`);
      await queryRunner.query(`ALTER TABLE "${table}" NO FORCE ROW LEVEL SECURITY`);
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    await queryRunner.query(`DROP FUNCTION app_agency()`);
    await queryRunner.query(`DROP FUNCTION app_service_point()`);
    await queryRunner.query(`DROP FUNCTION app_scope()`);
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${APP}`);
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${APP}`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM ${APP}`);
  }
}
