import type { MigrationInterface, QueryRunner } from 'typeorm';

const OPEN = `('REQUESTED', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD')`;

/**
 * The monitor's live figures (decision 0008) read open referrals from one partial index. They filter by the
 * visit's channel and count the visits still open; joining every open referral to its visit took 200-400 ms
 * at 5 million referrals (33,000 open). So a referral carries two facts of its visit: its channel (set on
 * insert; a visit keeps its channel) and whether the visit is open (kept in step by a trigger when the
 * visit's status changes: one to three rows per visit). The open index includes both. Only open referrals are
 * filled in here: the index reads nothing else, an ended referral never opens again, and rewriting every row
 * of a national table would hold its lock for many minutes (a 5-million-row rewrite ran past 8 minutes).
 */
export class ReferralVisitFacts1795797000000 implements MigrationInterface {
  name = 'ReferralVisitFacts1795797000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "referral" ADD "channel" text, ADD "visit_open" boolean`);
    // The owner obeys row-level security too (it is forced): state the system scope for this transaction.
    await queryRunner.query(`SELECT set_config('loketlijn.scope', 'system', true)`);
    await queryRunner.query(
      `UPDATE "referral" r SET "channel" = v.channel, "visit_open" = (v.status = 'OPEN') FROM "visit" v WHERE v.id = r.visit_id AND r.status IN ${OPEN}`,
    );
    // Whoever inserts a referral or changes a visit can see the visit and its referrals (same service point).
    await queryRunner.query(`
      CREATE FUNCTION referral_takes_visit_facts() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT channel, status = 'OPEN' INTO NEW.channel, NEW.visit_open FROM visit WHERE id = NEW.visit_id;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER referral_visit_facts BEFORE INSERT ON "referral" FOR EACH ROW EXECUTE FUNCTION referral_takes_visit_facts()`);
    await queryRunner.query(`
      CREATE FUNCTION visit_status_to_referrals() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE referral SET visit_open = (NEW.status = 'OPEN') WHERE visit_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER visit_status_to_referrals AFTER UPDATE OF status ON "visit"
      FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION visit_status_to_referrals()`);
    await queryRunner.query(`DROP INDEX ix_referral_monitor_open`);
    await queryRunner.query(
      `CREATE INDEX ix_referral_monitor_open ON referral (agency_code, service_point_id) INCLUDE (topic_id, urgency, channel, status, visit_id, visit_open, receive_due_at, accept_due_at) WHERE status IN ${OPEN}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_referral_monitor_open`);
    await queryRunner.query(`CREATE INDEX ix_referral_monitor_open ON referral (agency_code, service_point_id) INCLUDE (topic_id, urgency, status, visit_id, receive_due_at, accept_due_at) WHERE status IN ${OPEN}`);
    await queryRunner.query(`DROP TRIGGER visit_status_to_referrals ON "visit"`);
    await queryRunner.query(`DROP FUNCTION visit_status_to_referrals()`);
    await queryRunner.query(`DROP TRIGGER referral_visit_facts ON "referral"`);
    await queryRunner.query(`DROP FUNCTION referral_takes_visit_facts()`);
    await queryRunner.query(`ALTER TABLE "referral" DROP COLUMN "visit_open", DROP COLUMN "channel"`);
  }
}
