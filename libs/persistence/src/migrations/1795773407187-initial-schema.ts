import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1795773407187 implements MigrationInterface {
  name = 'InitialSchema1795773407187';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "service_point" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "name" text NOT NULL, "municipality" text NOT NULL, "address" text NOT NULL, "postal_code" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_c2fa63f3a52c6afe8c03b75f05c" UNIQUE ("code"), CONSTRAINT "PK_3385e7800da28a6cd5c6d1e2da0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "agency" ("code" character varying(8) NOT NULL, "name" text NOT NULL, "description" text NOT NULL, "line_hours" jsonb NOT NULL, CONSTRAINT "PK_fbda24d0286deca69d0b8d30f10" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE TABLE "account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "username" text NOT NULL, "display_name" text NOT NULL, "password_hash" text NOT NULL, "role" text NOT NULL, "service_point_id" uuid, "agency_code" character varying(8), "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_41dfcb70af895ddf9a53094515b" UNIQUE ("username"), CONSTRAINT "PK_54115ee388cdb6d86bb4bf5b2ea" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "visit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "service_point_id" uuid NOT NULL, "opened_by" uuid NOT NULL, "channel" text NOT NULL, "status" text NOT NULL DEFAULT 'OPEN', "questions" jsonb NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c9919ef5a07627657c535d8eb88" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_visit_service_point_opened" ON "visit"  ("service_point_id", "opened_at") `);
    await queryRunner.query(`CREATE TABLE "visit_citizen" ("visit_id" uuid NOT NULL, "name" text, "phone" text, "email" text, "bsn" text, CONSTRAINT "PK_7fae6c57388212c8548e9be55b7" PRIMARY KEY ("visit_id"))`);
    await queryRunner.query(`CREATE TABLE "topic" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_code" character varying(8) NOT NULL, "code" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL, "what_to_bring" jsonb NOT NULL, CONSTRAINT "PK_33aa4ecb4e4f20aa0157ea7ef61" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_topic_agency_code" ON "topic"  ("agency_code", "code") `);
    await queryRunner.query(`CREATE TABLE "referral" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" text NOT NULL, "visit_id" uuid NOT NULL, "service_point_id" uuid NOT NULL, "agency_code" character varying(8) NOT NULL, "topic_id" uuid NOT NULL, "urgency" text NOT NULL, "status" text NOT NULL, "business_status" text, "summary" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_by" uuid NOT NULL, "assigned_to" uuid, "reject_reason_code" text, "outcome" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "submitted_at" TIMESTAMP WITH TIME ZONE, "received_at" TIMESTAMP WITH TIME ZONE, "accepted_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_8d96940d9190fb4aee0009ca883" UNIQUE ("reference"), CONSTRAINT "PK_a2d3e935a6591168066defec5ad" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_referral_service_point" ON "referral"  ("service_point_id", "updated_at") `);
    await queryRunner.query(`CREATE INDEX "ix_referral_visit" ON "referral"  ("visit_id") `);
    await queryRunner.query(`CREATE INDEX "ix_referral_line_inbox" ON "referral"  ("agency_code", "status", "created_at") `);
    await queryRunner.query(`CREATE TABLE "referral_consent" ("referral_id" uuid NOT NULL, "agency_code" character varying(8) NOT NULL, "categories" text array NOT NULL, "method" text NOT NULL, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f79b3845c4eee2127ac75684422" PRIMARY KEY ("referral_id"))`);
    await queryRunner.query(`CREATE TABLE "outbox" ("id" BIGSERIAL NOT NULL, "referral_id" uuid NOT NULL, "event_id" bigint NOT NULL, "agency_code" character varying(8) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_340ab539f309f03bdaa14aa7649" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_outbox_pending" ON "outbox"  ("id") WHERE dispatched_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "referral_event" ("id" BIGSERIAL NOT NULL, "referral_id" uuid NOT NULL, "type" text NOT NULL, "from_status" text, "to_status" text NOT NULL, "actor_id" uuid, "actor_role" text NOT NULL, "reason" text, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1f356dbe2fffc9e93b0132e1216" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_referral_event_referral" ON "referral_event"  ("referral_id", "id") `);
    await queryRunner.query(`ALTER TABLE "account" ADD CONSTRAINT "fk_account_service_point" FOREIGN KEY ("service_point_id") REFERENCES "service_point"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "account" ADD CONSTRAINT "fk_account_agency" FOREIGN KEY ("agency_code") REFERENCES "agency"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "visit" ADD CONSTRAINT "fk_visit_service_point" FOREIGN KEY ("service_point_id") REFERENCES "service_point"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "visit" ADD CONSTRAINT "fk_visit_opened_by" FOREIGN KEY ("opened_by") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "visit_citizen" ADD CONSTRAINT "fk_citizen_visit" FOREIGN KEY ("visit_id") REFERENCES "visit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "topic" ADD CONSTRAINT "fk_topic_agency" FOREIGN KEY ("agency_code") REFERENCES "agency"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referral" ADD CONSTRAINT "fk_referral_visit" FOREIGN KEY ("visit_id") REFERENCES "visit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referral" ADD CONSTRAINT "fk_referral_agency" FOREIGN KEY ("agency_code") REFERENCES "agency"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referral" ADD CONSTRAINT "fk_referral_topic" FOREIGN KEY ("topic_id") REFERENCES "topic"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referral_consent" ADD CONSTRAINT "fk_consent_referral" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "outbox" ADD CONSTRAINT "fk_outbox_referral" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referral_event" ADD CONSTRAINT "fk_referral_event_referral" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "referral_event" DROP CONSTRAINT "fk_referral_event_referral"`);
    await queryRunner.query(`ALTER TABLE "outbox" DROP CONSTRAINT "fk_outbox_referral"`);
    await queryRunner.query(`ALTER TABLE "referral_consent" DROP CONSTRAINT "fk_consent_referral"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP CONSTRAINT "fk_referral_topic"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP CONSTRAINT "fk_referral_agency"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP CONSTRAINT "fk_referral_visit"`);
    await queryRunner.query(`ALTER TABLE "topic" DROP CONSTRAINT "fk_topic_agency"`);
    await queryRunner.query(`ALTER TABLE "visit_citizen" DROP CONSTRAINT "fk_citizen_visit"`);
    await queryRunner.query(`ALTER TABLE "visit" DROP CONSTRAINT "fk_visit_opened_by"`);
    await queryRunner.query(`ALTER TABLE "visit" DROP CONSTRAINT "fk_visit_service_point"`);
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "fk_account_agency"`);
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "fk_account_service_point"`);
    await queryRunner.query(`DROP INDEX "public"."ix_referral_event_referral"`);
    await queryRunner.query(`DROP TABLE "referral_event"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_pending"`);
    await queryRunner.query(`DROP TABLE "outbox"`);
    await queryRunner.query(`DROP TABLE "referral_consent"`);
    await queryRunner.query(`DROP INDEX "public"."ix_referral_line_inbox"`);
    await queryRunner.query(`DROP INDEX "public"."ix_referral_visit"`);
    await queryRunner.query(`DROP INDEX "public"."ix_referral_service_point"`);
    await queryRunner.query(`DROP TABLE "referral"`);
    await queryRunner.query(`DROP INDEX "public"."uq_topic_agency_code"`);
    await queryRunner.query(`DROP TABLE "topic"`);
    await queryRunner.query(`DROP TABLE "visit_citizen"`);
    await queryRunner.query(`DROP INDEX "public"."ix_visit_service_point_opened"`);
    await queryRunner.query(`DROP TABLE "visit"`);
    await queryRunner.query(`DROP TABLE "account"`);
    await queryRunner.query(`DROP TABLE "agency"`);
    await queryRunner.query(`DROP TABLE "service_point"`);
  }
}
