import { describe, expect, it } from '@jest/globals';
import { Role } from '#domain';
import type { AccessGrant } from './access-grant.js';
import { VerifiedTokens } from './verified-tokens.js';

const grant = (expiresAt: number): AccessGrant => ({
  actor: { accountId: 'a', role: Role.DESK_WORKER, servicePointId: 's', agencyCode: null },
  sessionId: 'session',
  expiresAt: new Date(expiresAt),
});

describe('VerifiedTokens', () => {
  it('verifies a token once and answers from the cache until it expires', async () => {
    const calls: string[] = [];
    const tokens = new VerifiedTokens(async (token) => {
      calls.push(token);
      return grant(10_000);
    });
    expect(await tokens.grantFor('t', 1_000)).toEqual(grant(10_000));
    expect(await tokens.grantFor('t', 2_000)).toEqual(grant(10_000));
    expect(calls).toEqual(['t']);
    expect(await tokens.grantFor('t', 10_000)).toBeNull();
  });

  it('never caches a refusal, and keys by the exact token text', async () => {
    const calls: string[] = [];
    const tokens = new VerifiedTokens(async (token) => {
      calls.push(token);
      return token === 'good' ? grant(10_000) : null;
    });
    expect(await tokens.grantFor('forged', 1_000)).toBeNull();
    expect(await tokens.grantFor('forged', 1_000)).toBeNull();
    expect(await tokens.grantFor('good', 1_000)).not.toBeNull();
    expect(calls).toEqual(['forged', 'forged', 'good']);
  });
});
