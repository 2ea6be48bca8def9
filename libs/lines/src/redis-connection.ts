import { Redis, type RedisOptions } from 'ioredis';
import type { RedisTarget } from '#config';

/**
 * A connection BullMQ accepts for workers too (it blocks, so no per-request retry limit). Through
 * Sentinel, ioredis asks the sentinels for the master and follows a failover; BullMQ's duplicates
 * of it (blocking worker connections) inherit that. A plain string is a redis:// URL.
 */
export function createRedisConnection(target: RedisTarget | string, name: string): Redis {
  const options: RedisOptions = { maxRetriesPerRequest: null, connectionName: name, lazyConnect: false };
  const resolved: RedisTarget = typeof target === 'string' ? { kind: 'standalone', url: target } : target;
  switch (resolved.kind) {
    case 'standalone':
      return new Redis(resolved.url, options);
    case 'sentinel':
      return new Redis({
        ...options,
        sentinels: resolved.sentinels.map(({ host, port }) => ({ host, port })),
        name: resolved.masterName,
        username: resolved.username ?? undefined,
        password: resolved.password ?? undefined,
        sentinelPassword: resolved.sentinelPassword ?? undefined,
        db: resolved.db,
        // Hear the sentinels' +switch-master and reconnect at once, rather than when the old master drops us.
        failoverDetector: true,
        // A demoted master answers writes with READONLY: reconnect (to the new master) and resend.
        reconnectOnError: (error) => (error.message.startsWith('READONLY') ? 2 : false),
      });
  }
}
