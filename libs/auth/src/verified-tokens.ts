import { LRUCache } from 'lru-cache';
import type { AccessGrant } from './access-grant.js';

/** Enough for every session a hub process serves at once; the least recently used drop out first. */
const MAX_TOKENS = 20_000;

/**
 * Grants of tokens this process has verified, by the exact token text (signature included), until the
 * token expires: a session's every request and socket message verifies the same token, and the HMAC
 * check through WebCrypto costs more than the rest of a small request. Revocation is checked on every
 * request after this (AccessRevocations), so a cached grant never outlives a sign-out.
 */
export class VerifiedTokens {
  private readonly grants = new LRUCache<string, AccessGrant>({ max: MAX_TOKENS });

  constructor(private readonly verify: (token: string) => Promise<AccessGrant | null>) {}

  async grantFor(token: string, now = Date.now()): Promise<AccessGrant | null> {
    const cached = this.grants.get(token);
    if (cached) {
      if (cached.expiresAt.getTime() > now) return cached;
      this.grants.delete(token);
      return null;
    }
    const grant = await this.verify(token);
    const ttl = grant ? grant.expiresAt.getTime() - now : 0;
    if (grant && ttl > 0) this.grants.set(token, grant, { ttl });
    return grant;
  }
}
