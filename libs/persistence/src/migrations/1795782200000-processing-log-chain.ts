import type { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DATABASE_ROLE } from '#config';

/** Concurrent writers spread over this many chains; one transaction only ever locks one. */
export const PROCESSING_LOG_CHAINS = 16;

/**
 * Tamper evidence for the processing log. A BEFORE INSERT trigger (running as the owner) appends
 * each row to one of several hash chains: hash = sha256(prev_hash || canonical row). The chain
 * heads live in a table the application cannot read or write, and the log refuses updates and
 * deletes even where a grant would allow them. processing_log_verify() lists every break.
 */
export class ProcessingLogChain1795782200000 implements MigrationInterface {
  name = 'ProcessingLogChain1795782200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE processing_log_chain (
        chain smallint PRIMARY KEY,
        seq bigint NOT NULL,
        head bytea NOT NULL)`);
    await queryRunner.query(`
      INSERT INTO processing_log_chain (chain, seq, head)
      SELECT g, 0, decode(repeat('00', 32), 'hex') FROM generate_series(0, ${PROCESSING_LOG_CHAINS - 1}) g`);
    await queryRunner.query(`REVOKE ALL ON processing_log_chain FROM PUBLIC, ${APP_DATABASE_ROLE}`);

    // Canonical JSON of every column but the hashes: unambiguous, and the same in trigger and check.
    await queryRunner.query(`
      CREATE FUNCTION processing_log_row_hash(prev bytea, r processing_log) RETURNS bytea LANGUAGE sql STABLE AS $$
        SELECT sha256(prev || convert_to(json_build_array(
          r.id, r.trace_id, r.span_id, r.activity, r.operation, r.actor_id, r.actor_role, r.subject_type,
          r.subject_ref, r.referral_id, to_char(r.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
          r.chain, r.seq)::text, 'UTF8'))
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION processing_log_link() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = public, pg_temp AS $$
      DECLARE
        last processing_log_chain%ROWTYPE;
      BEGIN
        NEW.chain := pg_backend_pid() % ${PROCESSING_LOG_CHAINS};
        SELECT * INTO last FROM processing_log_chain WHERE chain = NEW.chain FOR UPDATE;
        NEW.seq := last.seq + 1;
        NEW.prev_hash := last.head;
        NEW.hash := processing_log_row_hash(last.head, NEW);
        UPDATE processing_log_chain SET seq = NEW.seq, head = NEW.hash WHERE chain = NEW.chain;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER processing_log_link BEFORE INSERT ON processing_log
      FOR EACH ROW EXECUTE FUNCTION processing_log_link()`);
    await queryRunner.query(`
      CREATE TRIGGER processing_log_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON processing_log
      FOR EACH STATEMENT EXECUTE FUNCTION refuse_change()`);

    await queryRunner.query(`
      CREATE FUNCTION processing_log_verify() RETURNS TABLE (chain smallint, seq bigint, problem text)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
        WITH checked AS (
          SELECT l.chain, l.seq,
                 l.hash = processing_log_row_hash(l.prev_hash, l) AS hash_ok,
                 l.prev_hash = coalesce(lag(l.hash) OVER w, decode(repeat('00', 32), 'hex')) AS link_ok,
                 l.seq = coalesce(lag(l.seq) OVER w, 0) + 1 AS seq_ok
            FROM processing_log l
          WINDOW w AS (PARTITION BY l.chain ORDER BY l.seq))
        SELECT c.chain, c.seq, CASE WHEN NOT c.hash_ok THEN 'row changed' WHEN NOT c.link_ok THEN 'link broken' ELSE 'row missing before' END
          FROM checked c WHERE NOT (c.hash_ok AND c.link_ok AND c.seq_ok)
        UNION ALL
        SELECT h.chain, h.seq, 'head does not match the last row'
          FROM processing_log_chain h
          LEFT JOIN LATERAL (SELECT l.seq, l.hash FROM processing_log l WHERE l.chain = h.chain ORDER BY l.seq DESC LIMIT 1) t ON true
         WHERE h.seq <> coalesce(t.seq, 0) OR (t.hash IS NOT NULL AND t.hash <> h.head)
        ORDER BY 1, 2
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION processing_log_verify()`);
    await queryRunner.query(`DROP TRIGGER processing_log_append_only ON processing_log`);
    await queryRunner.query(`DROP TRIGGER processing_log_link ON processing_log`);
    await queryRunner.query(`DROP FUNCTION processing_log_link()`);
    await queryRunner.query(`DROP FUNCTION processing_log_row_hash(bytea, processing_log)`);
    await queryRunner.query(`DROP TABLE processing_log_chain`);
  }
}
