import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DATABASE_ROLE } from '#config';

/** People who sign in through the identity provider get their account created and kept in step. */
export class OidcAccountGrants1795783100000 implements MigrationInterface {
  name = 'OidcAccountGrants1795783100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT INSERT, UPDATE ON account TO ${APP_DATABASE_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE INSERT, UPDATE ON account FROM ${APP_DATABASE_ROLE}`);
  }
}
