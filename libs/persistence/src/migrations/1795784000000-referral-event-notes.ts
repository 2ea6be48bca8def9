import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The sealed free text of timeline events, beside the append-only timeline so it can be erased. */
export class ReferralEventNotes1795784000000 implements MigrationInterface {
  name = 'ReferralEventNotes1795784000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "referral_event_note" ("event_id" bigint NOT NULL, "referral_id" uuid NOT NULL, "note_sealed" text NOT NULL, CONSTRAINT "PK_41075bc0f5709c14354b1bbdc58" PRIMARY KEY ("event_id"))`);
    await queryRunner.query(`CREATE INDEX "ix_referral_event_note_referral" ON "referral_event_note"  ("referral_id") `);
    await queryRunner.query(`ALTER TABLE "referral_event_note" ADD CONSTRAINT "fk_referral_event_note_event" FOREIGN KEY ("event_id") REFERENCES "referral_event"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "referral_event_note" ADD CONSTRAINT "fk_referral_event_note_referral" FOREIGN KEY ("referral_id") REFERENCES "referral"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "referral_event_note" DROP CONSTRAINT "fk_referral_event_note_referral"`);
    await queryRunner.query(`ALTER TABLE "referral_event_note" DROP CONSTRAINT "fk_referral_event_note_event"`);
    await queryRunner.query(`DROP INDEX "public"."ix_referral_event_note_referral"`);
    await queryRunner.query(`DROP TABLE "referral_event_note"`);
  }
}
