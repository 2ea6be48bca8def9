import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import * as client from 'openid-client';
import { identityFromClaims, type OidcAccessToken, type OidcIdentity, verifyOidcAccessToken } from '#auth';
import { APP_CONFIG, type AppConfig, type OidcConfig } from '#config';

/** What the browser's sign-in needs to carry from /auth/login to /auth/callback. */
export interface PendingSignIn {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
}

/**
 * The organisation's identity provider, discovered on first use (the provider may still be starting
 * when the hub boots) and rediscovered after a failure.
 */
@Injectable()
export class OidcClient {
  private readonly oidc: OidcConfig | null;
  private discovered: Promise<{ configuration: client.Configuration; keys: JWTVerifyGetKey }> | null = null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.oidc = config.oidc;
  }

  get issuer(): string | null {
    return this.oidc?.issuer ?? null;
  }

  /** API access: a JWT access token the provider issued for our audience. */
  async verifyAccessToken(token: string): Promise<OidcAccessToken | null> {
    const oidc = this.settings();
    const { keys } = await this.discover();
    return verifyOidcAccessToken(token, { issuer: oidc.issuer, audience: oidc.audience, keys });
  }

  /** Authorization code flow with PKCE (S256), state and nonce. */
  async startSignIn(): Promise<{ url: URL; pending: PendingSignIn }> {
    const oidc = this.settings();
    const { configuration } = await this.discover();
    const pending = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: oidc.redirectUri,
      scope: 'openid profile',
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
      resource: oidc.audience,
    });
    return { url, pending };
  }

  /** Exchanges the code, verifies the ID token (signature, issuer, audience, nonce) and maps its claims. */
  async finishSignIn(callbackUrl: URL, pending: PendingSignIn): Promise<OidcIdentity | null> {
    const { configuration } = await this.discover();
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    return claims ? identityFromClaims(claims) : null;
  }

  private settings(): OidcConfig {
    if (!this.oidc) throw new Error('OIDC is not configured');
    return this.oidc;
  }

  private discover() {
    const oidc = this.settings();
    this.discovered ??= (async () => {
      const issuer = new URL(oidc.issuer);
      const configuration = await client.discovery(
        issuer,
        oidc.clientId,
        undefined,
        oidc.clientSecret ? client.ClientSecretBasic(oidc.clientSecret) : client.None(),
        // Plain http is accepted by configuration only for a provider on loopback (tests, demos).
        issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined,
      );
      const jwksUri = configuration.serverMetadata().jwks_uri;
      if (!jwksUri) throw new Error('The identity provider publishes no jwks_uri');
      return { configuration, keys: createRemoteJWKSet(new URL(jwksUri)) };
    })();
    this.discovered.catch(() => {
      this.discovered = null;
    });
    return this.discovered;
  }
}
