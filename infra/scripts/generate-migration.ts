/**
 * Writes a migration with what the entities need beyond the migrated schema.
 * Usage: DATABASE_URL=... node dist/infra/scripts/generate-migration.js Name
 */
import { writeFileSync } from 'node:fs';
import { createDataSource } from '#persistence';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Give the migration a PascalCase name');
const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');

const dataSource = await createDataSource({ url }).initialize();
await dataSource.runMigrations();
const sql = await dataSource.driver.createSchemaBuilder().log();
await dataSource.destroy();
if (sql.upQueries.length === 0) {
  console.log('Schema matches the entities; nothing to generate.');
  process.exit(0);
}
const stamp = Date.now();
const quote = (q: string) => '`' + q.replace(/`/g, '\\`') + '`';
const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${stamp} implements MigrationInterface {
  name = '${name}${stamp}';

  async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries.reverse().map((q) => `    await queryRunner.query(${quote(q.query)});`).join('\n')}
  }
}
`;
const file = `libs/persistence/src/migrations/${stamp}-${name.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase())}.ts`;
writeFileSync(file, body);
console.log(`Wrote ${file}`);
