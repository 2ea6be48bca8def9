import pg from 'pg';
import { Redis } from 'ioredis';
import { DEMO_PASSWORD } from '../../infra/scripts/demo.js';
import { prepareDatabase } from '../../infra/scripts/prepare-database.js';
import { ensureSystemPackages } from '../../infra/scripts/system-packages.js';
import { ensureTestServices, testSystemPackages } from './test-services.js';

type Services = Awaited<ReturnType<typeof ensureTestServices>>;
const state = globalThis as typeof globalThis & { loketlijnTestServices?: Services };

/**
 * Installs what the tests need from the machine (as root; otherwise stops with the command), starts
 * (or reuses) real Postgres and Redis once per jest run, empties both, migrates and seeds, and points
 * the tests at them through DATABASE_URL and REDIS_URL.
 */
export async function prepareTestEnvironment(): Promise<void> {
  if (state.loketlijnTestServices) return;
  // Every package at once, before any test runs: one apt run, or one command for the user.
  await ensureSystemPackages(testSystemPackages(), { log: (line) => process.stderr.write(`[test-setup] ${line}\n`) });
  const services = await ensureTestServices();
  state.loketlijnTestServices = services;
  const client = new pg.Client({ connectionString: services.databaseUrl });
  await client.connect();
  await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  await client.end();
  await prepareDatabase(services.databaseUrl, DEMO_PASSWORD);
  const redis = new Redis(services.redisUrl);
  await redis.flushall();
  redis.disconnect();
  process.env.DATABASE_URL = services.databaseUrl;
  process.env.REDIS_URL = services.redisUrl;
  process.env.NODE_ENV = 'test';
}

export async function releaseTestEnvironment(): Promise<void> {
  const services = state.loketlijnTestServices;
  state.loketlijnTestServices = undefined;
  await services?.stop();
}
