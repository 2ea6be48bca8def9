import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A referral keeps its status after erasure, so an agency that picked it up may still hold, schedule
 * or complete it. The free text those moves bring (a reason, an outcome, a place) would then stay
 * forever: retention has passed. The erasure now stamps the referral (`erased_at`), and these
 * triggers keep an erased referral empty: its sealed columns stay NULL, no note is stored, an
 * appointment keeps only its time. The move itself still happens and is on the timeline.
 */
export class ErasedReferralsStayEmpty1795785110000 implements MigrationInterface {
  name = 'ErasedReferralsStayEmpty1795785110000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "referral" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    // The owner obeys row-level security too (it is forced): state the system scope for this transaction.
    await queryRunner.query(`SELECT set_config('loketlijn.scope', 'system', true)`);
    await queryRunner.query(`UPDATE "referral" r SET "erased_at" = v.erased_at FROM "visit" v WHERE v.id = r.visit_id AND v.erased_at IS NOT NULL`);
    await queryRunner.query(`
      CREATE FUNCTION erased_referral_stays_empty() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.summary_sealed := NULL;
        NEW.outcome_sealed := NULL;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER referral_erased_stays_empty BEFORE UPDATE ON "referral"
      FOR EACH ROW WHEN (OLD.erased_at IS NOT NULL) EXECUTE FUNCTION erased_referral_stays_empty()`);
    await queryRunner.query(`
      CREATE FUNCTION is_erased_referral(referral uuid) RETURNS boolean LANGUAGE sql STABLE AS
      $$ SELECT EXISTS (SELECT 1 FROM referral r WHERE r.id = referral AND r.erased_at IS NOT NULL) $$`);
    await queryRunner.query(`
      CREATE FUNCTION erased_referral_takes_no_note() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF is_erased_referral(NEW.referral_id) THEN RETURN NULL; END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER referral_event_note_not_after_erasure BEFORE INSERT ON "referral_event_note"
      FOR EACH ROW EXECUTE FUNCTION erased_referral_takes_no_note()`);
    await queryRunner.query(`
      CREATE FUNCTION erased_referral_appointment_keeps_time() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF is_erased_referral(NEW.referral_id) THEN
          NEW.place := NULL;
          NEW.extra_items := '[]'::jsonb;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER referral_appointment_after_erasure BEFORE INSERT OR UPDATE ON "referral_appointment"
      FOR EACH ROW EXECUTE FUNCTION erased_referral_appointment_keeps_time()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER referral_appointment_after_erasure ON "referral_appointment"`);
    await queryRunner.query(`DROP FUNCTION erased_referral_appointment_keeps_time()`);
    await queryRunner.query(`DROP TRIGGER referral_event_note_not_after_erasure ON "referral_event_note"`);
    await queryRunner.query(`DROP FUNCTION erased_referral_takes_no_note()`);
    await queryRunner.query(`DROP FUNCTION is_erased_referral(uuid)`);
    await queryRunner.query(`DROP TRIGGER referral_erased_stays_empty ON "referral"`);
    await queryRunner.query(`DROP FUNCTION erased_referral_stays_empty()`);
    await queryRunner.query(`ALTER TABLE "referral" DROP COLUMN "erased_at"`);
  }
}
