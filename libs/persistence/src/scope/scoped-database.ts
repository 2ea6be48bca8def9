import { DataSource, type EntityManager } from 'typeorm';
import type { DbScope } from './db-scope.js';

/**
 * The one way services reach case data: each unit of work is a transaction that first tells
 * Postgres whose it is (transaction-local settings the row-level security policies read), so a
 * query that forgets its own WHERE still cannot return another desk's or agency's rows.
 */
export class ScopedDatabase {
  constructor(readonly dataSource: DataSource) {}

  run<T>(scope: DbScope, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await applyScope(manager, scope);
      return work(manager);
    });
  }
}

/** Sets the scope for the rest of the current transaction only (set_config(..., true) = SET LOCAL). */
export async function applyScope(manager: EntityManager, scope: DbScope): Promise<void> {
  await manager.query(
    `SELECT set_config('loketlijn.scope', $1, true), set_config('loketlijn.service_point', $2, true), set_config('loketlijn.agency', $3, true)`,
    [scope.kind === 'none' ? 'none' : scope.kind, scope.kind === 'desk' ? scope.servicePointId : '', scope.kind === 'agency' ? scope.agencyCode : ''],
  );
}
