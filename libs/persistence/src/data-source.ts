import { DataSource } from 'typeorm';
import { ENTITIES } from './entities/index.js';
import { MIGRATIONS } from './migrations/index.js';

export interface DataSourceOptions {
  readonly url: string;
  readonly poolSize?: number;
  readonly applicationName?: string;
}

/** The one way to reach Postgres. Schema changes only ever come from migrations. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    applicationName: options.applicationName ?? 'loketlijn',
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // A Postgres that does not answer fails the request within seconds (a coded, retryable error) instead of hanging it.
    extra: { max: options.poolSize ?? 20, connectionTimeoutMillis: 10_000 },
  });
}
