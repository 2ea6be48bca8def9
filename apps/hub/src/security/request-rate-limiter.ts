import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Actor } from '#domain';
import { APP_CONFIG, type AppConfig, type RateWindow } from '#config';
import { REDIS } from '#lines';
import { rateLimitedError } from './rate-limited.error.js';

/** Shared by every hub instance through Redis; falls back to per-process memory while Redis is away. */
function limiter(redis: Redis, keyPrefix: string, window: RateWindow): RateLimiterRedis {
  const options = { keyPrefix, points: window.points, duration: window.durationSeconds };
  // Not ready: straight to the insurance limiter, instead of waiting in ioredis' offline queue until Redis is back.
  return new RateLimiterRedis({ ...options, storeClient: redis, rejectIfRedisNotReady: true, insuranceLimiter: new RateLimiterMemory(options) });
}

/** Keys never carry a user name or address in the clear: Redis holds no personal data. */
function digest(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 32);
}

/** Per user and per client address for every request; per user name and address for sign-in. */
@Injectable()
export class RequestRateLimiter {
  private readonly perUser: RateLimiterRedis;
  private readonly perIp: RateLimiterRedis;
  private readonly signIn: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(APP_CONFIG) config: AppConfig) {
    this.perUser = limiter(redis, 'rl:user', config.rateLimits.perUser);
    this.perIp = limiter(redis, 'rl:ip', config.rateLimits.perIp);
    this.signIn = limiter(redis, 'rl:sign-in', config.rateLimits.signIn);
  }

  /** Counts one request; throws RATE_LIMITED once the address or the user has used its window. */
  async request(clientIp: string, actor: Actor | null): Promise<void> {
    // Both counts in parallel: one Redis round trip of waiting per request instead of two.
    await Promise.all([consume(this.perIp, digest(clientIp)), actor ? consume(this.perUser, actor.accountId) : undefined]);
  }

  /** Counts one sign-in attempt for this user name from this address. */
  signInAttempt(username: string, clientIp: string): Promise<void> {
    return consume(this.signIn, digest(username.trim().toLowerCase(), clientIp));
  }

  /** A successful sign-in clears the count, so a colleague's typos do not lock anyone out for long. */
  async signInSucceeded(username: string, clientIp: string): Promise<void> {
    await this.signIn.delete(digest(username.trim().toLowerCase(), clientIp));
  }
}

async function consume(limiter: RateLimiterRedis, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw rateLimitedError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    throw rejection;
  }
}
