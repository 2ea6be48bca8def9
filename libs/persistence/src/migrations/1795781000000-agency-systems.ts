import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AgencySystems1795781000000 implements MigrationInterface {
  name = 'AgencySystems1795781000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "agency_client" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" text NOT NULL, "agency_code" character varying(8) NOT NULL, "secret_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_82bdc7492315f5b8c621217f2db" UNIQUE ("client_id"), CONSTRAINT "PK_633b947f6f16ba249a4391711b6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "agency_connection" ("agency_code" character varying(8) NOT NULL, "mode" text NOT NULL, "endpoint_url" text, "disabled_at" TIMESTAMP WITH TIME ZONE, "disabled_reason" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2229036c86e9d84710b943428c3" PRIMARY KEY ("agency_code"))`);
    await queryRunner.query(`CREATE TABLE "agency_signing_secret" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "agency_code" character varying(8) NOT NULL, "secret" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_406907b1ec606d15929e85d974b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_agency_signing_secret_agency" ON "agency_signing_secret"  ("agency_code", "created_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_agency_signing_secret_current" ON "agency_signing_secret"  ("agency_code") WHERE expires_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "delivery_alert" ("id" BIGSERIAL NOT NULL, "agency_code" character varying(8) NOT NULL, "kind" text NOT NULL, "event_id" bigint, "detail" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b50966232e71d162d4cd0ceeab8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_delivery_alert_open" ON "delivery_alert"  ("created_at") WHERE resolved_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "webhook_dead_letter" ("id" BIGSERIAL NOT NULL, "agency_code" character varying(8) NOT NULL, "referral_id" uuid NOT NULL, "event_id" bigint NOT NULL, "attempts" integer NOT NULL, "last_error" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cef6863dc14c71e36c434875fe6" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_webhook_dead_letter_event" ON "webhook_dead_letter"  ("agency_code", "event_id") `);
    await queryRunner.query(`ALTER TABLE "agency_client" ADD CONSTRAINT "fk_agency_client_agency" FOREIGN KEY ("agency_code") REFERENCES "agency"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agency_connection" ADD CONSTRAINT "fk_agency_connection_agency" FOREIGN KEY ("agency_code") REFERENCES "agency"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "agency_signing_secret" ADD CONSTRAINT "fk_agency_signing_secret_agency" FOREIGN KEY ("agency_code") REFERENCES "agency"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "agency_signing_secret" DROP CONSTRAINT "fk_agency_signing_secret_agency"`);
    await queryRunner.query(`ALTER TABLE "agency_connection" DROP CONSTRAINT "fk_agency_connection_agency"`);
    await queryRunner.query(`ALTER TABLE "agency_client" DROP CONSTRAINT "fk_agency_client_agency"`);
    await queryRunner.query(`DROP INDEX "public"."uq_webhook_dead_letter_event"`);
    await queryRunner.query(`DROP TABLE "webhook_dead_letter"`);
    await queryRunner.query(`DROP INDEX "public"."ix_delivery_alert_open"`);
    await queryRunner.query(`DROP TABLE "delivery_alert"`);
    await queryRunner.query(`DROP INDEX "public"."uq_agency_signing_secret_current"`);
    await queryRunner.query(`DROP INDEX "public"."ix_agency_signing_secret_agency"`);
    await queryRunner.query(`DROP TABLE "agency_signing_secret"`);
    await queryRunner.query(`DROP TABLE "agency_connection"`);
    await queryRunner.query(`DROP TABLE "agency_client"`);
  }
}
