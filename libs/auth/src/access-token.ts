import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { type Actor, isAgencyCode, Role } from '#domain';
import type { AccessGrant } from './access-grant.js';

const ISSUER = 'urn:nl:loketlijn:hub';
const AUDIENCE = 'urn:nl:loketlijn:api';
const ROLES = new Set<string>(Object.values(Role));

/** Short-lived HS256 token carrying who the actor is, its scope and a new session id; no personal data. */
export async function issueAccessToken(
  actor: Actor,
  secret: Uint8Array,
  ttlSeconds: number,
): Promise<{ token: string; expiresAt: Date; sessionId: string }> {
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
  const sessionId = randomUUID();
  const token = await new SignJWT({ role: actor.role, sp: actor.servicePointId, ag: actor.agencyCode, sid: sessionId })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(actor.accountId)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(secret);
  return { token, expiresAt, sessionId };
}

/** Returns the grant, or null for any token that is missing, forged, expired or malformed. */
export async function verifyAccessToken(token: string, secret: Uint8Array): Promise<AccessGrant | null> {
  try {
    const { payload } = await jwtVerify(token, secret, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], requiredClaims: ['exp'] });
    const { sub, role, sp, ag, sid, exp } = payload as { sub?: unknown; role?: unknown; sp?: unknown; ag?: unknown; sid?: unknown; exp: number };
    if (typeof sub !== 'string' || typeof role !== 'string' || !ROLES.has(role)) return null;
    const actor: Actor = {
      accountId: sub,
      role: role as Role,
      servicePointId: typeof sp === 'string' ? sp : null,
      agencyCode: typeof ag === 'string' && isAgencyCode(ag) ? ag : null,
    };
    return { actor, sessionId: typeof sid === 'string' ? sid : null, expiresAt: new Date(exp * 1000) };
  } catch {
    return null;
  }
}
