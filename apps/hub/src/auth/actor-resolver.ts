import { Inject, Injectable } from '@nestjs/common';
import { decodeJwt } from 'jose';
import type { Actor } from '#domain';
import { verifyAccessToken } from '#auth';
import { APP_CONFIG, type AppConfig } from '#config';
import { OidcAccounts } from './oidc-accounts.js';
import { OidcClient } from './oidc-client.js';

/**
 * Turns a bearer token into an actor: the hub's own HS256 tokens (local accounts and the web
 * sign-in), or access tokens of the identity provider, told apart by their issuer.
 */
@Injectable()
export class ActorResolver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(OidcClient) private readonly oidc: OidcClient,
    @Inject(OidcAccounts) private readonly accounts: OidcAccounts,
  ) {}

  async fromBearer(token: string | null): Promise<Actor | null> {
    if (!token) return null;
    if (this.oidc.issuer === null || issuerOf(token) !== this.oidc.issuer) return verifyAccessToken(token, this.config.tokenSecret);
    const identity = await this.oidc.verifyAccessToken(token);
    return identity ? this.accounts.actorFor(identity) : null;
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
