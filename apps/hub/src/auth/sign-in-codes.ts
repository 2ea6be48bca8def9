import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS } from '#lines';
import type { PendingSignIn } from './oidc-client.js';

const PENDING_TTL_SECONDS = 600;
const CODE_TTL_SECONDS = 60;

const hashed = (value: string) => createHash('sha256').update(value).digest('base64url');

/**
 * Short-lived, single-use values of the browser sign-in, in Redis so any hub instance can finish
 * what another started: the PKCE verifier and nonce per state, and the one-time code the web app
 * trades for its token. Keys are hashes; values hold no personal data.
 */
@Injectable()
export class SignInCodes {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async rememberPending(pending: PendingSignIn): Promise<void> {
    await this.redis.set(`oidc:pending:${hashed(pending.state)}`, JSON.stringify(pending), 'EX', PENDING_TTL_SECONDS);
  }

  /** Once only: a replayed callback finds nothing. */
  async takePending(state: string): Promise<PendingSignIn | null> {
    const value = await this.redis.getdel(`oidc:pending:${hashed(state)}`);
    return value ? (JSON.parse(value) as PendingSignIn) : null;
  }

  async issueCode(accountId: string): Promise<string> {
    const code = randomBytes(32).toString('base64url');
    await this.redis.set(`oidc:code:${hashed(code)}`, accountId, 'EX', CODE_TTL_SECONDS);
    return code;
  }

  async redeemCode(code: string): Promise<string | null> {
    return this.redis.getdel(`oidc:code:${hashed(code)}`);
  }
}
