import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why a visit was closed (the desk let go, it was abandoned, or erased on request), and an index for
 * the sweep that finds open visits nobody touched for a long time. Visits closed before this
 * migration were all closed by the desk.
 */
export class VisitCloseReason1795785100000 implements MigrationInterface {
  name = 'VisitCloseReason1795785100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "visit" ADD "close_reason" text`);
    // The owner obeys row-level security too (it is forced): state the system scope for this transaction.
    await queryRunner.query(`SELECT set_config('loketlijn.scope', 'system', true)`);
    await queryRunner.query(`UPDATE "visit" SET "close_reason" = 'LET_GO' WHERE "status" = 'CLOSED'`);
    await queryRunner.query(`CREATE INDEX "ix_visit_open_since" ON "visit" ("opened_at") WHERE status = 'OPEN'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_visit_open_since"`);
    await queryRunner.query(`ALTER TABLE "visit" DROP COLUMN "close_reason"`);
  }
}
