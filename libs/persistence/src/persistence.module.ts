import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '#config';
import { createDataSource } from './data-source.js';
import { MONITOR_DATABASE, monitorDatabase } from './scope/monitor-database.js';
import { assertRowSecurityApplies } from './scope/row-security-guard.js';
import { ScopedDatabase } from './scope/scoped-database.js';

@Global()
@Module({
  providers: [
    {
      provide: DataSource,
      inject: [APP_CONFIG],
      // The application's own role: row-level security applies to it, or the app does not start.
      useFactory: async (config: AppConfig) => {
        const dataSource = await createDataSource({ url: config.appDatabaseUrl }).initialize();
        await assertRowSecurityApplies(dataSource);
        return dataSource;
      },
    },
    { provide: ScopedDatabase, inject: [DataSource], useFactory: (db: DataSource) => new ScopedDatabase(db) },
    { provide: MONITOR_DATABASE, inject: [APP_CONFIG, DataSource], useFactory: monitorDatabase },
  ],
  exports: [DataSource, ScopedDatabase, MONITOR_DATABASE],
})
export class PersistenceModule implements OnApplicationShutdown {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(MONITOR_DATABASE) private readonly replica: ScopedDatabase,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    // The replica's pool is the primary's own when no replica is configured: destroy each pool once.
    for (const db of new Set([this.replica.dataSource, this.dataSource])) if (db.isInitialized) await db.destroy();
  }
}
