import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What the entities cannot express: reference numbers, an append-only timeline, outbox wake-ups. */
export class TimelineAndOutboxGuards1795773500000 implements MigrationInterface {
  name = 'TimelineAndOutboxGuards1795773500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE "referral_reference_seq" START 1001`);
    await queryRunner.query(`
      CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER referral_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON "referral_event"
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);
    // NOTIFY is delivered on commit, so the relay only wakes for rows it can see.
    await queryRunner.query(`
      CREATE FUNCTION notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('loketlijn_outbox', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER outbox_notify AFTER INSERT ON "outbox"
      FOR EACH STATEMENT EXECUTE FUNCTION notify_outbox()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER outbox_notify ON "outbox"`);
    await queryRunner.query(`DROP FUNCTION notify_outbox()`);
    await queryRunner.query(`DROP TRIGGER referral_event_append_only ON "referral_event"`);
    await queryRunner.query(`DROP FUNCTION refuse_change()`);
    await queryRunner.query(`DROP SEQUENCE "referral_reference_seq"`);
  }
}
