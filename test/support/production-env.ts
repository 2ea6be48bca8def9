import { randomBytes } from 'node:crypto';
import { APP_DATABASE_ROLE } from '#config';

/** Environment for hub and worker in production mode: one set of secrets per run, shared by both. */
export function productionEnv(databaseUrl: string): Record<string, string> {
  const app = new URL(databaseUrl);
  app.username = APP_DATABASE_ROLE;
  app.password = '';
  return {
    NODE_ENV: 'production',
    TOKEN_SECRET: randomBytes(32).toString('base64'),
    FIELD_KEYS: `bench1:${randomBytes(32).toString('base64')}`,
    BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    APP_DATABASE_URL: app.toString(),
  };
}
