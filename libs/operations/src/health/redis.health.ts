import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import { REDIS } from '#lines';
import { CheckFailure, guarded } from './check-failure.js';

const TIMEOUT_MS = 2_000;

/** The policy BullMQ needs: any other one may evict jobs, locks or job ids under memory pressure. */
export const REQUIRED_EVICTION_POLICY = 'noeviction';

export function evictionPolicy(info: string): string | null {
  return /^maxmemory_policy:(\S+)/m.exec(info)?.[1] ?? null;
}

/** Redis answers and keeps everything. Read from INFO, which managed Redis services allow where CONFIG is disabled. */
@Injectable()
export class RedisHealth {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService,
  ) {}

  redisReady() {
    return this.indicators
      .check('redis')
      .attempt(() =>
        guarded(async () => {
          // The shared connection queues commands while disconnected; answer at once instead.
          if (this.redis.status !== 'ready') throw new CheckFailure(`connection ${this.redis.status}`);
          const policy = evictionPolicy(await this.redis.info('memory'));
          if (policy !== REQUIRED_EVICTION_POLICY) throw new CheckFailure(`maxmemory-policy is ${policy ?? 'unknown'}; needs ${REQUIRED_EVICTION_POLICY}`);
        }),
      )
      .withTimeout(TIMEOUT_MS);
  }
}
