import type { EntityManager } from 'typeorm';
import { type ScopedDatabase, SealedRowRepository, SYSTEM_SCOPE } from '#persistence';
import type { FieldCipher } from './field-cipher.js';
import { PrivacyException } from './privacy-exception.js';
import { sealContext, SEALED_COLUMNS, type SealedTable } from './sealed-columns.js';

/** What a sweep did: values re-sealed, and values no configured key opens (left as they are), by `table.column`. */
export interface RotationResult {
  readonly resealed: number;
  readonly unreadable: Readonly<Record<string, number>>;
}

/**
 * Re-seals personal data under the current field key, one batch per table per transaction, rows
 * claimed with SKIP LOCKED so any number of workers can share the work. Until a row's turn comes it
 * stays readable under its old key; retire an old key only once a sweep finds nothing left.
 * A value no configured key opens (tampered, or its key is gone) is counted and passed, so one bad
 * row cannot hold up the rotation of all others.
 */
export class KeyRotation {
  constructor(
    private readonly db: ScopedDatabase,
    private readonly cipher: FieldCipher,
    private readonly batchSize = 200,
  ) {}

  async rotateAll(): Promise<RotationResult> {
    let resealed = 0;
    const unreadable: Record<string, number> = {};
    for (const table of SEALED_COLUMNS) {
      let after: string | undefined;
      for (;;) {
        const batch = await this.db.run(SYSTEM_SCOPE, (manager) => this.rotateBatch(manager, table, after));
        resealed += batch.resealed;
        for (const where of batch.unreadable) unreadable[where] = (unreadable[where] ?? 0) + 1;
        after = batch.last ?? after;
        if (batch.claimed < this.batchSize) break;
      }
    }
    return { resealed, unreadable };
  }

  private async rotateBatch(
    manager: EntityManager,
    table: SealedTable,
    after: string | undefined,
  ): Promise<{ claimed: number; resealed: number; unreadable: string[]; last: string | undefined }> {
    const rows = new SealedRowRepository(manager);
    const stale = await rows.claimStale(table, `${this.cipher.currentKeyId}:`, this.batchSize, after);
    let resealed = 0;
    const unreadable: string[] = [];
    for (const row of stale) {
      const values: Record<string, string> = {};
      for (const column of table.columns) {
        const value = row.values[column];
        if (value === null || value === undefined || this.cipher.isCurrent(value)) continue;
        const context = sealContext(table.table, column, row.rowKey);
        try {
          values[column] = this.cipher.seal(this.cipher.open(value, context), context);
        } catch (error) {
          if (!(error instanceof PrivacyException)) throw error;
          unreadable.push(`${table.table}.${column}`);
        }
      }
      await rows.reseal(table, row.rowKey, values);
      resealed += Object.keys(values).length;
    }
    return { claimed: stale.length, resealed, unreadable, last: stale.at(-1)?.rowKey };
  }
}
