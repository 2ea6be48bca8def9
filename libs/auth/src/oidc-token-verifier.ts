import { type JWTVerifyGetKey, jwtVerify } from 'jose';
import { identityFromClaims, type OidcIdentity } from './oidc-identity.js';

/** A verified provider token: the identity, its session (`sid`, else `jti`) and its expiry. */
export interface OidcAccessToken {
  readonly identity: OidcIdentity;
  readonly sessionId: string | null;
  readonly expiresAt: Date;
}

/** Asymmetric algorithms only: an HS256 token can never pass as one from the provider. */
const ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];

export interface OidcTokenCheck {
  readonly issuer: string;
  readonly audience: string;
  /** The provider's signing keys, e.g. jose's createRemoteJWKSet(jwks_uri). */
  readonly keys: JWTVerifyGetKey;
}

/**
 * Verifies an access token the identity provider issued for this API (RFC 9068 JWT): signature
 * against the provider's JWKS, issuer, audience, expiry; then maps its claims. Null for anything else.
 */
export async function verifyOidcAccessToken(token: string, check: OidcTokenCheck): Promise<OidcAccessToken | null> {
  try {
    const { payload } = await jwtVerify(token, check.keys, {
      issuer: check.issuer,
      audience: check.audience,
      algorithms: ALGORITHMS,
      requiredClaims: ['exp', 'sub'],
    });
    const identity = identityFromClaims(payload);
    if (!identity) return null;
    const session = [payload.sid, payload.jti].find((value): value is string => typeof value === 'string' && value !== '');
    return { identity, sessionId: session ?? null, expiresAt: new Date(payload.exp! * 1000) };
  } catch {
    return null;
  }
}
