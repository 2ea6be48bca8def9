import type { MigrationInterface, QueryRunner } from 'typeorm';

/** SLA settings, referral deadlines and timers, appointments, and the re-route link. */
export class LinesCore1795780000000 implements MigrationInterface {
  name = 'LinesCore1795780000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "referral_appointment" ("referral_id" uuid NOT NULL, "kind" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE, "channel" text NOT NULL, "place" text, "extra_items" jsonb NOT NULL, "scheduled_by" uuid NOT NULL, "scheduled_by_role" text NOT NULL, "scheduled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f04dc770a59482963510452959c" PRIMARY KEY ("referral_id"))`);
    await queryRunner.query(`CREATE TABLE "referral_timer" ("id" BIGSERIAL NOT NULL, "referral_id" uuid NOT NULL, "kind" text NOT NULL, "fire_at" TIMESTAMP WITH TIME ZONE NOT NULL, "settled_at" TIMESTAMP WITH TIME ZONE, "outcome" text, CONSTRAINT "PK_4436f1bf61bef0d65c0f2d618b2" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_referral_timer_live" ON "referral_timer"  ("referral_id", "kind") WHERE settled_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "ix_referral_timer_pending" ON "referral_timer"  ("fire_at") WHERE settled_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "sla_setting" ("agency_code" character varying(8) NOT NULL, "urgency" text NOT NULL, "receive_amount" integer NOT NULL, "receive_unit" text NOT NULL, "accept_amount" integer NOT NULL, "accept_unit" text NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8793d5e6bfee6fddaa99b71ac20" PRIMARY KEY ("agency_code", "urgency"))`);
    await queryRunner.query(`ALTER TABLE "referral" ADD "receive_due_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "referral" ADD "accept_due_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "referral" ADD "rerouted_from_id" uuid`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_referral_rerouted_from" ON "referral"  ("rerouted_from_id") `);
    await queryRunner.query(`CREATE INDEX "ix_referral_line_due" ON "referral"  ("agency_code", "status", "accept_due_at") `);
    await queryRunner.query(`ALTER TABLE "referral" ADD CONSTRAINT "fk_referral_rerouted_from" FOREIGN KEY ("rerouted_from_id") REFERENCES "referral"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referral_appointment" ADD CONSTRAINT "fk_appointment_referral" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referral_timer" ADD CONSTRAINT "fk_referral_timer_referral" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sla_setting" ADD CONSTRAINT "fk_sla_setting_agency" FOREIGN KEY ("agency_code") REFERENCES "agency"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "sla_setting" DROP CONSTRAINT "fk_sla_setting_agency"`);
    await queryRunner.query(`ALTER TABLE "referral_timer" DROP CONSTRAINT "fk_referral_timer_referral"`);
    await queryRunner.query(`ALTER TABLE "referral_appointment" DROP CONSTRAINT "fk_appointment_referral"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP CONSTRAINT "fk_referral_rerouted_from"`);
    await queryRunner.query(`DROP INDEX "public"."ix_referral_line_due"`);
    await queryRunner.query(`DROP INDEX "public"."uq_referral_rerouted_from"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP COLUMN "rerouted_from_id"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP COLUMN "accept_due_at"`);
    await queryRunner.query(`ALTER TABLE "referral" DROP COLUMN "receive_due_at"`);
    await queryRunner.query(`DROP TABLE "sla_setting"`);
    await queryRunner.query(`DROP INDEX "public"."ix_referral_timer_pending"`);
    await queryRunner.query(`DROP INDEX "public"."uq_referral_timer_live"`);
    await queryRunner.query(`DROP TABLE "referral_timer"`);
    await queryRunner.query(`DROP TABLE "referral_appointment"`);
  }
}
