import type { DataSource } from 'typeorm';
import { loadConfig } from '#config';
import { createDataSource } from '#persistence';
import { Fixtures } from './fixtures.js';

/** The owner connection sees raw rows past row-level security; the app connection is what the hub uses. */
export interface IntegrationDatabases {
  owner: DataSource;
  app: DataSource;
  fixtures: Fixtures;
}

export async function openIntegrationDatabases(): Promise<IntegrationDatabases> {
  const owner = await createDataSource({ url: process.env.DATABASE_URL!, poolSize: 2 }).initialize();
  const app = await createDataSource({ url: loadConfig().appDatabaseUrl, poolSize: 4 }).initialize();
  return { owner, app, fixtures: new Fixtures(app) };
}

export async function closeIntegrationDatabases(databases: Partial<IntegrationDatabases>): Promise<void> {
  await databases.app?.destroy();
  await databases.owner?.destroy();
}
