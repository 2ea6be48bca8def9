import { Inject, Injectable } from '@nestjs/common';
import { decodeJwt } from 'jose';
import type { Actor } from '#domain';
import { type AccessGrant, verifyAccessToken, VerifiedTokens } from '#auth';
import { APP_CONFIG, type AppConfig } from '#config';
import { AccessRevocations } from './access-revocations.js';
import { OidcAccounts } from './oidc-accounts.js';
import { OidcClient } from './oidc-client.js';

/**
 * Turns a bearer token into a grant: the hub's own HS256 tokens (local accounts and the web
 * sign-in), or access tokens of the identity provider, told apart by their issuer. A token of a
 * disabled account or a revoked session gives nothing, whatever its expiry.
 */
@Injectable()
export class ActorResolver {
  private readonly ownTokens = new VerifiedTokens((token) => verifyAccessToken(token, this.config.tokenSecret));

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OidcClient) private readonly oidc: OidcClient,
    @Inject(OidcAccounts) private readonly accounts: OidcAccounts,
    @Inject(AccessRevocations) private readonly revocations: AccessRevocations,
  ) {}

  async fromBearer(token: string | null): Promise<Actor | null> {
    return (await this.grantFor(token))?.actor ?? null;
  }

  async grantFor(token: string | null): Promise<AccessGrant | null> {
    const grant = await this.verify(token);
    return grant && !this.revocations.isRevoked(grant) ? grant : null;
  }

  private async verify(token: string | null): Promise<AccessGrant | null> {
    if (!token) return null;
    if (this.oidc.issuer === null || issuerOf(token) !== this.oidc.issuer) return this.ownTokens.grantFor(token);
    const verified = await this.oidc.verifyAccessToken(token);
    const actor = verified ? await this.accounts.actorFor(verified.identity) : null;
    return verified && actor ? { actor, sessionId: verified.sessionId, expiresAt: verified.expiresAt } : null;
  }
}

/** Unverified: only picks the verifier; the chosen verifier checks everything. */
function issuerOf(token: string): string | null {
  try {
    return decodeJwt(token).iss ?? null;
  } catch {
    return null;
  }
}
