import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DATABASE_ROLE } from '#config';

const APP = APP_DATABASE_ROLE;

/**
 * The app role's access to timeline notes, with row-level security like referral_event: the desk
 * and the agency read and add notes of referrals they see; only the system scope re-seals them (key
 * rotation) and deletes them (retention). The monitor and the privacy officer see none.
 */
export class ReferralEventNoteGrants1795784100000 implements MigrationInterface {
  name = 'ReferralEventNoteGrants1795784100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON referral_event_note TO ${APP}`);
    const parties = `app_scope() IN ('desk', 'agency') AND EXISTS (SELECT 1 FROM referral r WHERE r.id = referral_event_note.referral_id)`;
    await queryRunner.query(`ALTER TABLE "referral_event_note" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "referral_event_note" FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`CREATE POLICY referral_event_note_system ON referral_event_note USING (app_scope() = 'system') WITH CHECK (app_scope() = 'system')`);
    await queryRunner.query(`CREATE POLICY referral_event_note_parties_read ON referral_event_note FOR SELECT USING (${parties})`);
    await queryRunner.query(`CREATE POLICY referral_event_note_parties_write ON referral_event_note FOR INSERT WITH CHECK (${parties})`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY referral_event_note_parties_write ON referral_event_note`);
    await queryRunner.query(`DROP POLICY referral_event_note_parties_read ON referral_event_note`);
    await queryRunner.query(`DROP POLICY referral_event_note_system ON referral_event_note`);
    await queryRunner.query(`ALTER TABLE "referral_event_note" NO FORCE ROW LEVEL SECURITY`);
    await queryRunner.query(`ALTER TABLE "referral_event_note" DISABLE ROW LEVEL SECURITY`);
    await queryRunner.query(`REVOKE ALL ON referral_event_note FROM ${APP}`);
  }
}
