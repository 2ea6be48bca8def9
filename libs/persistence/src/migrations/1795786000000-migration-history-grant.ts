import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DATABASE_ROLE } from '#config';

/** Readiness compares the migrations this build knows with those the database ran: the app role may read the history. */
export class MigrationHistoryGrant1795786000000 implements MigrationInterface {
  name = 'MigrationHistoryGrant1795786000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT SELECT ON "migrations" TO ${APP_DATABASE_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE SELECT ON "migrations" FROM ${APP_DATABASE_ROLE}`);
  }
}
