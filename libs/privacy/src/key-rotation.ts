import type { EntityManager } from 'typeorm';
import { type ScopedDatabase, SealedRowRepository, SYSTEM_SCOPE } from '#persistence';
import type { FieldCipher } from './field-cipher.js';
import { sealContext, SEALED_COLUMNS, type SealedTable } from './sealed-columns.js';

/**
 * Re-seals personal data under the current field key, one batch per table per transaction, rows
 * claimed with SKIP LOCKED so any number of workers can share the work. Until a row's turn comes it
 * stays readable under its old key; retire an old key only once a sweep finds nothing left.
 */
export class KeyRotation {
  constructor(
    private readonly db: ScopedDatabase,
    private readonly cipher: FieldCipher,
    private readonly batchSize = 200,
  ) {}

  /** Re-seals everything still under an old key; returns how many rows changed. */
  async rotateAll(): Promise<number> {
    let total = 0;
    for (const table of SEALED_COLUMNS) {
      for (;;) {
        const rotated = await this.db.run(SYSTEM_SCOPE, (manager) => this.rotateBatch(manager, table));
        total += rotated;
        if (rotated < this.batchSize) break;
      }
    }
    return total;
  }

  private async rotateBatch(manager: EntityManager, table: SealedTable): Promise<number> {
    const rows = new SealedRowRepository(manager);
    const stale = await rows.claimStale(table, `${this.cipher.currentKeyId}:`, this.batchSize);
    for (const row of stale) {
      const resealed: Record<string, string> = {};
      for (const column of table.columns) {
        const value = row.values[column];
        if (value === null || value === undefined || this.cipher.isCurrent(value)) continue;
        const context = sealContext(table.table, column, row.rowKey);
        resealed[column] = this.cipher.seal(this.cipher.open(value, context), context);
      }
      await rows.reseal(table, row.rowKey, resealed);
    }
    return stale.length;
  }
}
