import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createDataSource } from '#persistence';

describe('migrations', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = await createDataSource({ url: process.env.DATABASE_URL!, poolSize: 2 }).initialize();
  });
  afterAll(() => db.destroy());

  it('leave nothing for the entities to add: generating a migration would produce nothing', async () => {
    expect(await db.showMigrations()).toBe(false);
    const sql = await db.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('make the timeline append-only', async () => {
    await expect(db.query('UPDATE referral_event SET reason = reason')).rejects.toThrow(/append-only/);
    await expect(db.query('DELETE FROM referral_event')).rejects.toThrow(/append-only/);
  });
});
