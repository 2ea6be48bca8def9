import type { EntityManager } from 'typeorm';
import { type ScopedDatabase, SYSTEM_SCOPE } from '#persistence';
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
    const prefix = `${this.cipher.currentKeyId}:`;
    const stale = table.columns.map((c) => `(${c} IS NOT NULL AND left(${c}, $1) <> $2)`).join(' OR ');
    const rows = (await manager.query(
      `SELECT ${table.key} AS row_key, ${table.columns.join(', ')} FROM ${table.table}
        WHERE ${stale} LIMIT ${this.batchSize} FOR UPDATE SKIP LOCKED`,
      [prefix.length, prefix],
    )) as (Record<string, string | null> & { row_key: string })[];
    for (const row of rows) {
      const params: unknown[] = [row.row_key];
      const sets: string[] = [];
      for (const column of table.columns) {
        const value = row[column];
        if (value === null || value === undefined || this.cipher.isCurrent(value)) continue;
        const context = sealContext(table.table, column, row.row_key);
        params.push(this.cipher.seal(this.cipher.open(value, context), context));
        sets.push(`${column} = $${params.length}`);
      }
      await manager.query(`UPDATE ${table.table} SET ${sets.join(', ')} WHERE ${table.key} = $1`, params);
    }
    return rows.length;
  }
}
