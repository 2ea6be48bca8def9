import { DataSource } from 'typeorm';
import type { AppConfig } from '#config';
import { createDataSource } from '../data-source.js';
import { assertRowSecurityApplies } from './row-security-guard.js';
import { ScopedDatabase } from './scoped-database.js';

/**
 * Injection token: a ScopedDatabase for read-only aggregate queries (the monitor). On the replica of
 * MONITOR_DATABASE_URL when set, so heavy reads stay off the primary; else the primary itself. A
 * replica lags a little behind: use it only where slightly old figures are fine, and never write.
 */
export const MONITOR_DATABASE = Symbol('MONITOR_DATABASE');

/** A second pool, smaller than the primary's: only the monitor reads through it. */
const REPLICA_POOL_SIZE = 5;

export async function monitorDatabase(config: AppConfig, primary: DataSource): Promise<ScopedDatabase> {
  if (config.monitorDatabaseUrl === null) return new ScopedDatabase(primary);
  const replica = await createDataSource({ url: config.monitorDatabaseUrl, poolSize: REPLICA_POOL_SIZE, applicationName: 'loketlijn-replica' }).initialize();
  await assertRowSecurityApplies(replica);
  return new ScopedDatabase(replica);
}
