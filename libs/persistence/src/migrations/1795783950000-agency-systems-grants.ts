import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DATABASE_ROLE } from '#config';

const APP = APP_DATABASE_ROLE;

/**
 * The app role's access to the agency-system tables (created before the app role existed, so never
 * granted by default; hence a timestamp after the role's migration). They hold configuration, machine
 * clients and delivery bookkeeping (ids, codes, HTTP outcomes), no personal data and no case content:
 * grants only, no row-level security. What an agency system reads of a case goes through the referral
 * tables' policies in the agency's scope, and its reads are processing-log records.
 */
export class AgencySystemsGrants1795783950000 implements MigrationInterface {
  name = 'AgencySystemsGrants1795783950000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT SELECT, INSERT ON agency_client TO ${APP}`);
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE ON agency_connection, agency_signing_secret, delivery_alert TO ${APP}`);
    // Dead letters are removed once ADMIN has sent them again.
    await queryRunner.query(`GRANT SELECT, INSERT, DELETE ON webhook_dead_letter TO ${APP}`);
    await queryRunner.query(`GRANT USAGE ON SEQUENCE delivery_alert_id_seq, webhook_dead_letter_id_seq TO ${APP}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE USAGE ON SEQUENCE delivery_alert_id_seq, webhook_dead_letter_id_seq FROM ${APP}`);
    await queryRunner.query(`REVOKE ALL ON agency_client, agency_connection, agency_signing_secret, delivery_alert, webhook_dead_letter FROM ${APP}`);
  }
}
