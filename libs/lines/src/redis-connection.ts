import { Redis } from 'ioredis';

/** A connection BullMQ accepts for workers too (it blocks, so no per-request retry limit). */
export function createRedisConnection(url: string, name: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, connectionName: name, lazyConnect: false });
}
