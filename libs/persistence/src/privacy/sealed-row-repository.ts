import type { EntityManager } from 'typeorm';

/** A table with sealed columns and the key its rows are sealed under (libs/privacy's SEALED_COLUMNS lists them). */
export interface SealedTableColumns {
  readonly table: string;
  readonly key: string;
  readonly columns: readonly string[];
}

/** A row's sealed values by column, and its key. */
export interface SealedRow {
  readonly rowKey: string;
  readonly values: Readonly<Record<string, string | null>>;
}

/**
 * Rows whose sealed columns are still under an old field key, for re-sealing. Table and column names
 * come from the fixed SEALED_COLUMNS list, never from input. Bound to the caller's system-scoped transaction.
 */
export class SealedRowRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Up to `limit` rows with a value not sealed under `keyPrefix` (`<key id>:`), in row-key order after
   * `after` (so a sweep passes rows it had to leave), locked; rows another worker holds are skipped.
   */
  async claimStale(table: SealedTableColumns, keyPrefix: string, limit: number, after?: string): Promise<SealedRow[]> {
    const stale = table.columns.map((c) => `(${c} IS NOT NULL AND left(${c}, $1) <> $2)`).join(' OR ');
    const rows = (await this.manager.query(
      `SELECT ${table.key} AS row_key, ${table.columns.join(', ')} FROM ${table.table}
        WHERE (${stale})${after === undefined ? '' : ` AND ${table.key} > $4`}
        ORDER BY ${table.key} LIMIT $3 FOR UPDATE SKIP LOCKED`,
      after === undefined ? [keyPrefix.length, keyPrefix, limit] : [keyPrefix.length, keyPrefix, limit, after],
    )) as (Record<string, string | null> & { row_key: string })[];
    return rows.map(({ row_key, ...values }) => ({ rowKey: String(row_key), values }));
  }

  /** Writes the given columns of one row; nothing when there is nothing to write. */
  async reseal(table: SealedTableColumns, rowKey: string, values: Readonly<Record<string, string>>): Promise<void> {
    const columns = Object.keys(values).filter((c) => table.columns.includes(c));
    if (columns.length === 0) return;
    const sets = columns.map((c, i) => `${c} = $${i + 2}`);
    await this.manager.query(`UPDATE ${table.table} SET ${sets.join(', ')} WHERE ${table.key} = $1`, [rowKey, ...columns.map((c) => values[c])]);
  }
}
