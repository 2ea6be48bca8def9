import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Personal data only ever sealed: the plaintext columns go, sealed ones (key id in front of each
 * value) and the BSN blind index come, with the processing log. No production data exists yet, so
 * plaintext rows of demo and test databases are dropped rather than encrypted; the way back gives
 * empty plaintext columns, as SQL cannot open what the application sealed.
 */
export class SealedPersonalData1795782000000 implements MigrationInterface {
  name = 'SealedPersonalData1795782000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "processing_log" ("id" BIGSERIAL NOT NULL, "trace_id" character(32) NOT NULL, "span_id" character(16) NOT NULL, "activity" text NOT NULL, "operation" text NOT NULL, "actor_id" uuid, "actor_role" text NOT NULL, "subject_type" text NOT NULL, "subject_ref" text NOT NULL, "referral_id" uuid, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "chain" smallint NOT NULL, "seq" bigint NOT NULL, "prev_hash" bytea NOT NULL, "hash" bytea NOT NULL, CONSTRAINT "PK_ac2c2376d6246ad6b04b3323c25" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_processing_log_chain_seq" ON "processing_log"  ("chain", "seq") `);
    await queryRunner.query(`CREATE INDEX "ix_processing_log_subject" ON "processing_log"  ("subject_type", "subject_ref", "id") `);
    await queryRunner.query(`ALTER TABLE "visit" DROP COLUMN "questions"`);
    await queryRunner.query(`ALTER TABLE "visit_citizen" DROP COLUMN "name"`);
    await queryRunner.query(`ALTER TABLE "visit_citizen" DROP COLUMN "phone"`);
    await queryRunner.query(`ALTER TABLE "visit_citizen" DROP COLUMN "email"`);
    await queryRunner.query(`ALTER TABLE "visit_citizen" DROP COLUMN "bsn"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP COLUMN "summary"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP COLUMN "outcome"`);
    await queryRunner.query(`ALTER TABLE "visit" ADD "questions_sealed" text`);
    await queryRunner.query(`ALTER TABLE "visit" ADD "data_subject" text`);
    await queryRunner.query(`ALTER TABLE "visit" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "visit_citizen" ADD "name_sealed" text`);
    await queryRunner.query(`ALTER TABLE "visit_citizen" ADD "phone_sealed" text`);
    await queryRunner.query(`ALTER TABLE "visit_citizen" ADD "email_sealed" text`);
    await queryRunner.query(`ALTER TABLE "visit_citizen" ADD "bsn_sealed" text`);
    await queryRunner.query(`ALTER TABLE "visit_citizen" ADD "bsn_index" text`);
    await queryRunner.query(`ALTER TABLE "referral" ADD "summary_sealed" text`);
    await queryRunner.query(`ALTER TABLE "referral" ADD "data_subject" text`);
    await queryRunner.query(`ALTER TABLE "referral" ADD "outcome_sealed" text`);
    await queryRunner.query(`ALTER TABLE "referral_consent" ADD "representative_sealed" text`);
    await queryRunner.query(`ALTER TABLE "referral_consent" ADD "withdrawn_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "referral_consent" ADD "withdrawn_by" uuid`);
    await queryRunner.query(`CREATE INDEX "ix_visit_retention" ON "visit"  ("closed_at") WHERE status = 'CLOSED' AND erased_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "ix_visit_citizen_bsn_index" ON "visit_citizen"  ("bsn_index") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_visit_citizen_bsn_index"`);
    await queryRunner.query(`DROP INDEX "public"."ix_visit_retention"`);
    await queryRunner.query(`ALTER TABLE "referral_consent" DROP COLUMN "withdrawn_by"`);
    await queryRunner.query(`ALTER TABLE "referral_consent" DROP COLUMN "withdrawn_at"`);
    await queryRunner.query(`ALTER TABLE "referral_consent" DROP COLUMN "representative_sealed"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP COLUMN "outcome_sealed"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP COLUMN "data_subject"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP COLUMN "summary_sealed"`);
    await queryRunner.query(`ALTER TABLE "visit_citizen" DROP COLUMN "bsn_index"`);
    await queryRunner.query(`ALTER TABLE "visit_citizen" DROP COLUMN "bsn_sealed"`);
    await queryRunner.query(`ALTER TABLE "visit_citizen" DROP COLUMN "email_sealed"`);
    await queryRunner.query(`ALTER TABLE "visit_citizen" DROP COLUMN "phone_sealed"`);
    await queryRunner.query(`ALTER TABLE "visit_citizen" DROP COLUMN "name_sealed"`);
    await queryRunner.query(`ALTER TABLE "visit" DROP COLUMN "erased_at"`);
    await queryRunner.query(`ALTER TABLE "visit" DROP COLUMN "data_subject"`);
    await queryRunner.query(`ALTER TABLE "visit" DROP COLUMN "questions_sealed"`);
    await queryRunner.query(`ALTER TABLE "referral" ADD "outcome" text`);
    await queryRunner.query(`ALTER TABLE "referral" ADD "summary" text NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "referral" ALTER COLUMN "summary" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "visit_citizen" ADD "bsn" text`);
    await queryRunner.query(`ALTER TABLE "visit_citizen" ADD "email" text`);
    await queryRunner.query(`ALTER TABLE "visit_citizen" ADD "phone" text`);
    await queryRunner.query(`ALTER TABLE "visit_citizen" ADD "name" text`);
    await queryRunner.query(`ALTER TABLE "visit" ADD "questions" jsonb NOT NULL DEFAULT '[]'`);
    await queryRunner.query(`ALTER TABLE "visit" ALTER COLUMN "questions" DROP DEFAULT`);
    await queryRunner.query(`DROP INDEX "public"."ix_processing_log_subject"`);
    await queryRunner.query(`DROP INDEX "public"."uq_processing_log_chain_seq"`);
    await queryRunner.query(`DROP TABLE "processing_log"`);
  }
}
