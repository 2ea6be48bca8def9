import { jwtVerify, SignJWT } from 'jose';
import { type Actor, isAgencyCode, Role } from '#domain';

const ISSUER = 'urn:nl:loketlijn:hub';
const AUDIENCE = 'urn:nl:loketlijn:api';
const ROLES = new Set<string>(Object.values(Role));

/** Short-lived HS256 token carrying who the actor is and its scope; no personal data. */
export async function issueAccessToken(actor: Actor, secret: Uint8Array, ttlSeconds: number): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
  const token = await new SignJWT({ role: actor.role, sp: actor.servicePointId, ag: actor.agencyCode })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(actor.accountId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(secret);
  return { token, expiresAt };
}

/** Returns the actor, or null for any token that is missing, forged, expired or malformed. */
export async function verifyAccessToken(token: string, secret: Uint8Array): Promise<Actor | null> {
  try {
    const { payload } = await jwtVerify(token, secret, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
    const { sub, role, sp, ag } = payload as { sub?: unknown; role?: unknown; sp?: unknown; ag?: unknown };
    if (typeof sub !== 'string' || typeof role !== 'string' || !ROLES.has(role)) return null;
    return {
      accountId: sub,
      role: role as Role,
      servicePointId: typeof sp === 'string' ? sp : null,
      agencyCode: typeof ag === 'string' && isAgencyCode(ag) ? ag : null,
    };
  } catch {
    return null;
  }
}
