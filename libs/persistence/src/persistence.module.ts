import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '#config';
import { createDataSource } from './data-source.js';
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
  ],
  exports: [DataSource, ScopedDatabase],
})
export class PersistenceModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
