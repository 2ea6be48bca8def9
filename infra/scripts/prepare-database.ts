import { hashPassword } from '#auth';
import { createDataSource, seedCatalogue, type SeedReport } from '#persistence';

/** Any fixed number; two processes starting at once migrate one after the other. */
const MIGRATION_LOCK = 4_242_001;

/** Runs pending migrations (never synchronize) and the idempotent seed. */
export async function prepareDatabase(databaseUrl: string, demoPassword: string | null): Promise<SeedReport & { migrations: number }> {
  const dataSource = await createDataSource({ url: databaseUrl, poolSize: 2, applicationName: 'loketlijn-migrate' }).initialize();
  try {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      const migrations = await dataSource.runMigrations({ transaction: 'each' });
      const report = await seedCatalogue(dataSource, { demoPassword, hashPassword });
      return { ...report, migrations: migrations.length };
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      await runner.release();
    }
  } finally {
    await dataSource.destroy();
  }
}
