import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Turns a raw row (database column names) into an entity, for statements TypeORM cannot build. */
export function hydrate<T extends ObjectLiteral>(manager: EntityManager, target: EntityTarget<T>, row: Record<string, unknown>): T {
  const entity = manager.create(target);
  for (const column of manager.connection.getMetadata(target).columns) {
    if (column.databaseName in row) (entity as Record<string, unknown>)[column.propertyName] = row[column.databaseName];
  }
  return entity;
}
