import { describe, expect, it } from '@jest/globals';
import { AgencyCode, Role } from '#domain';
import { issueAccessToken, verifyAccessToken } from './access-token.js';

const secret = new TextEncoder().encode('test-secret-test-secret-test-secret');
const actor = { accountId: '7f1e0d3c-0000-4000-8000-000000000001', role: Role.AGENCY_SPECIALIST, servicePointId: null, agencyCode: AgencyCode.UWV };

describe('access token', () => {
  it('round-trips the actor, its session and its expiry (to the second)', async () => {
    const { token, expiresAt, sessionId } = await issueAccessToken(actor, secret, 60);
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(await verifyAccessToken(token, secret)).toEqual({ actor, sessionId, expiresAt: new Date(Math.floor(expiresAt.getTime() / 1000) * 1000) });
  });

  it('gives every sign-in its own session', async () => {
    const [a, b] = await Promise.all([issueAccessToken(actor, secret, 60), issueAccessToken(actor, secret, 60)]);
    expect(a.sessionId).not.toEqual(b.sessionId);
  });

  it('refuses a token signed with another secret, a tampered one and an expired one', async () => {
    const { token } = await issueAccessToken(actor, secret, 60);
    expect(await verifyAccessToken(token, new TextEncoder().encode('another-secret-another-secret-xx'))).toBeNull();
    const [h, p, s] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p!, 'base64url').toString()), ag: 'TSL' })).toString('base64url');
    expect(await verifyAccessToken(`${h}.${forged}.${s}`, secret)).toBeNull();
    const { token: expired } = await issueAccessToken(actor, secret, -10);
    expect(await verifyAccessToken(expired, secret)).toBeNull();
    expect(await verifyAccessToken('not-a-token', secret)).toBeNull();
  });
});
