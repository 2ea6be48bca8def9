import type { MigrationInterface, QueryRunner } from 'typeorm';

const OPEN = `('REQUESTED', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD')`;

/**
 * The monitor's live figures (decision 0008) read open referrals from one partial index. They filter by
 * the visit's channel and count warm visits, and looking every open referral's visit up by its key took
 * 200-400 ms at 5 million referrals. So a referral carries its visit's channel (set on insert; a visit
 * keeps its channel), the open-referral index includes it, and open visits get a small index of their own
 * to hash-join against.
 */
export class OpenReferralChannel1795797000000 implements MigrationInterface {
  name = 'OpenReferralChannel1795797000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "referral" ADD "channel" text`);
    // The owner obeys row-level security too (it is forced): state the system scope for this transaction.
    await queryRunner.query(`SELECT set_config('loketlijn.scope', 'system', true)`);
    await queryRunner.query(`UPDATE "referral" r SET "channel" = v.channel FROM "visit" v WHERE v.id = r.visit_id`);
    await queryRunner.query(`ALTER TABLE "referral" ALTER COLUMN "channel" SET NOT NULL`);
    // Whoever inserts a referral can see its visit (its row security asks for the same service point).
    await queryRunner.query(`
      CREATE FUNCTION referral_takes_visit_channel() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.channel := (SELECT channel FROM visit WHERE id = NEW.visit_id);
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER referral_visit_channel BEFORE INSERT ON "referral" FOR EACH ROW EXECUTE FUNCTION referral_takes_visit_channel()`);
    await queryRunner.query(`DROP INDEX ix_referral_monitor_open`);
    await queryRunner.query(
      `CREATE INDEX ix_referral_monitor_open ON referral (agency_code, service_point_id) INCLUDE (topic_id, urgency, channel, status, visit_id, receive_due_at, accept_due_at) WHERE status IN ${OPEN}`,
    );
    await queryRunner.query(`CREATE INDEX ix_visit_open ON visit (id) WHERE status = 'OPEN'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_visit_open`);
    await queryRunner.query(`DROP INDEX ix_referral_monitor_open`);
    await queryRunner.query(`CREATE INDEX ix_referral_monitor_open ON referral (agency_code, service_point_id) INCLUDE (topic_id, urgency, status, visit_id, receive_due_at, accept_due_at) WHERE status IN ${OPEN}`);
    await queryRunner.query(`DROP TRIGGER referral_visit_channel ON "referral"`);
    await queryRunner.query(`DROP FUNCTION referral_takes_visit_channel()`);
    await queryRunner.query(`ALTER TABLE "referral" DROP COLUMN "channel"`);
  }
}
