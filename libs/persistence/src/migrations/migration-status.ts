import type { DataSource } from 'typeorm';
import { MIGRATIONS } from './index.js';

/** The names of this build's migrations, in order (TypeORM records each under its `name`). */
export function knownMigrationNames(): string[] {
  return MIGRATIONS.map((Migration) => new Migration().name ?? Migration.name);
}

/**
 * Migrations this build has that the database has not run. Rows the build does not know (a newer
 * release migrated first, as in a rolling update) are not pending. Needs SELECT on "migrations".
 */
export async function pendingMigrations(db: DataSource): Promise<string[]> {
  const rows = (await db.query(`SELECT name FROM "migrations"`)) as { name: string }[];
  const ran = new Set(rows.map((row) => row.name));
  return knownMigrationNames().filter((name) => !ran.has(name));
}
