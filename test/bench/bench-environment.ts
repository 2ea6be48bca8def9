import { resolve } from 'node:path';
import { DEMO_PASSWORD } from '../../infra/scripts/demo.js';
import { startLocalServices } from '../../infra/scripts/local-services.js';
import { prepareDatabase } from '../../infra/scripts/prepare-database.js';

/**
 * Benchmarks run against real services with fsync on, as in production: under .data/bench
 * (or DATABASE_URL/REDIS_URL when both are set).
 */
export async function benchServices() {
  const { DATABASE_URL, REDIS_URL } = process.env;
  const services =
    DATABASE_URL && REDIS_URL
      ? { databaseUrl: DATABASE_URL, redisUrl: REDIS_URL, stop: async () => undefined }
      : await startLocalServices({ dataDir: resolve('.data/bench'), pgPort: 54_391, redisPort: 63_791, fsync: true, database: 'loketlijn_bench', log: () => undefined });
  await prepareDatabase(services.databaseUrl, DEMO_PASSWORD);
  process.env.DATABASE_URL = services.databaseUrl;
  process.env.REDIS_URL = services.redisUrl;
  return services;
}
