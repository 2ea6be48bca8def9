import { ensureTestServices } from './test-services.js';

type Services = Awaited<ReturnType<typeof ensureTestServices>>;
const state = globalThis as typeof globalThis & { loketlijnTestServices?: Services };

/** Starts (or reuses) real Postgres and Redis once per jest run and points the tests at them. */
export async function prepareTestEnvironment(): Promise<void> {
  if (state.loketlijnTestServices) return;
  const services = await ensureTestServices();
  state.loketlijnTestServices = services;
  process.env.DATABASE_URL = services.databaseUrl;
  process.env.REDIS_URL = services.redisUrl;
}

export async function releaseTestEnvironment(): Promise<void> {
  const services = state.loketlijnTestServices;
  state.loketlijnTestServices = undefined;
  await services?.stop();
}
