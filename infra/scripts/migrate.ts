/**
 * The migration job of a deployment: runs pending migrations and the catalogue seed as the schema
 * owner (DATABASE_URL), never demo accounts. Hub and line worker only report "migrations" not ready
 * until it has run; they never migrate themselves.
 */
import { prepareDatabase } from './prepare-database.js';

const databaseUrl = process.env.DATABASE_URL?.trim();
if (!databaseUrl) {
  console.error('[migrate] Missing environment variable DATABASE_URL (the schema owner)');
  process.exit(2);
}
try {
  const report = await prepareDatabase(databaseUrl, null);
  console.log(`[migrate] ${report.migrations} migrations run; catalogue: ${report.agencies} agencies, ${report.topics} topics, ${report.servicePoints} service points`);
} catch (error) {
  // Name and code only: a driver's message can carry the URL.
  const code = (error as { code?: unknown } | null)?.code;
  console.error(`[migrate] failed: ${error instanceof Error ? error.name : 'unknown'}${typeof code === 'string' ? ` (${code})` : ''}`);
  process.exit(1);
}
