/**
 * Recomputes the monitor's rollups from the raw tables (decision 0007): after a new figure, a restore,
 * or a change of line hours. One transaction per day under the rollup lock, so it runs beside a live
 * hub and line worker; what they mark meanwhile is drained at the end. Usage:
 * `npm run monitor:rebuild` with DATABASE_URL (and the app role's password as the hub has it).
 */
import { loadConfig } from '#config';
import { createDataSource, MonitorRollups, ScopedDatabase } from '#persistence';

const config = loadConfig();
const dataSource = await createDataSource({ url: config.appDatabaseUrl, poolSize: 2 }).initialize();
const started = Date.now();
let referrals = 0;
let days = 0;
try {
  await new MonitorRollups(new ScopedDatabase(dataSource)).rebuild((day, count) => {
    referrals += count;
    days++;
    if (days % 100 === 0) console.log(`[monitor:rebuild] up to ${day}: ${days} days, ${referrals} referrals`);
  });
  console.log(`[monitor:rebuild] ${days} days, ${referrals} referrals in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  // Name and code only: a driver's message can carry the URL.
  const code = (error as { code?: unknown } | null)?.code;
  console.error(`[monitor:rebuild] failed: ${error instanceof Error ? error.name : 'unknown'}${typeof code === 'string' ? ` (${code})` : ''}`);
  process.exitCode = 1;
} finally {
  await dataSource.destroy();
}
