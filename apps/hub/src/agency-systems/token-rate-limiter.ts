import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { REDIS } from '#lines';

/**
 * Each token request costs an argon2 verification (64 MiB, about 0.1 s): cap them per client id and
 * per address, shared by every hub instance through Redis.
 */
@Injectable()
export class TokenRateLimiter {
  private readonly perClient: RateLimiterRedis;
  private readonly perAddress: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis) {
    this.perClient = new RateLimiterRedis({ storeClient: redis, keyPrefix: 'loketlijn:oauth:client', points: 20, duration: 60 });
    this.perAddress = new RateLimiterRedis({ storeClient: redis, keyPrefix: 'loketlijn:oauth:address', points: 60, duration: 60 });
  }

  /** Null when the request may go ahead; otherwise the seconds to wait. */
  async check(clientId: string | null, address: string): Promise<number | null> {
    try {
      await this.perAddress.consume(address);
      if (clientId) await this.perClient.consume(clientId);
      return null;
    } catch (error) {
      if (error instanceof RateLimiterRes) return Math.ceil(error.msBeforeNext / 1000);
      throw error;
    }
  }
}
