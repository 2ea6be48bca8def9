import type { MigrationInterface, QueryRunner } from 'typeorm';

const CHAINS = 64;

/** The chaining trigger's body; only how it picks a chain differs between the versions. */
function linkFunction(pickChain: string): string {
  return `
    CREATE OR REPLACE FUNCTION processing_log_link() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
    DECLARE
      last processing_log_chain%ROWTYPE;
    BEGIN
      NEW.chain := ${pickChain};
      SELECT * INTO last FROM processing_log_chain WHERE chain = NEW.chain FOR UPDATE;
      NEW.seq := last.seq + 1;
      NEW.prev_hash := last.head;
      NEW.hash := processing_log_row_hash(last.head, NEW);
      UPDATE processing_log_chain SET seq = NEW.seq, head = NEW.hash WHERE chain = NEW.chain;
      RETURN NEW;
    END $$`;
}

/**
 * Picks the processing log's chain per transaction, over 64 heads, instead of per connection over
 * 16: pooled connections kept colliding on one head and queued behind each other's commits. One
 * transaction still locks one head only, so there are no deadlocks. The check reads whatever
 * chains exist, so rows written before keep verifying.
 */
export class ProcessingLogChainPerTransaction1795782300000 implements MigrationInterface {
  name = 'ProcessingLogChainPerTransaction1795782300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      INSERT INTO processing_log_chain (chain, seq, head)
      SELECT g, 0, decode(repeat('00', 32), 'hex') FROM generate_series(0, ${CHAINS - 1}) g
      ON CONFLICT (chain) DO NOTHING`);
    await queryRunner.query(linkFunction(`txid_current() % ${CHAINS}`));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Heads 16-63 stay: rows may hang on them, and the check handles any set of chains.
    await queryRunner.query(linkFunction('pg_backend_pid() % 16'));
  }
}
