import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '#domain';
import type { OidcIdentity } from '#auth';
import { AccountRepository } from '#persistence';

/** Remembered mappings, so a busy user's requests do not each write the account row. */
const CACHE_TTL_MS = 60_000;
const CACHE_MAX = 10_000;

/**
 * Accounts for people who sign in through the identity provider, created on first sign-in and
 * kept in step with the provider's claims (role and scope can change there).
 */
@Injectable()
export class OidcAccounts {
  private readonly cache = new Map<string, { actor: Actor; until: number }>();
  private readonly accounts: AccountRepository;

  constructor(@Inject(DataSource) db: DataSource) {
    this.accounts = new AccountRepository(db.manager);
  }

  /** The actor for this identity, or null when its service point is unknown or the account is disabled. */
  async actorFor(identity: OidcIdentity, now = Date.now()): Promise<Actor | null> {
    const key = JSON.stringify(identity);
    const cached = this.cache.get(key);
    if (cached && cached.until > now) return cached.actor;
    const actor = await this.upsert(identity);
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    if (actor) this.cache.set(key, { actor, until: now + CACHE_TTL_MS });
    return actor;
  }

  private async upsert(identity: OidcIdentity): Promise<Actor | null> {
    const account = await this.accounts.upsertOidc({
      issuer: identity.issuer,
      subject: identity.subject,
      username: `oidc:${identity.subject}@${new URL(identity.issuer).host}`,
      displayName: identity.displayName,
      role: identity.role,
      servicePointCode: identity.servicePointCode || null,
      agencyCode: identity.agencyCode,
    });
    if (!account?.active) return null;
    return { accountId: account.id, role: account.role, servicePointId: account.servicePointId, agencyCode: account.agencyCode };
  }
}
