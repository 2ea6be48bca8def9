import { describe, expect, it } from '@jest/globals';
import { AgencyCode, Role } from '#domain';
import { scopeOf } from './db-scope.js';

const actor = (role: Role, servicePointId: string | null = null, agencyCode: AgencyCode | null = null) => ({ accountId: 'a', role, servicePointId, agencyCode });

describe('scopeOf', () => {
  it('narrows a desk to its service point and agency staff to their agency', () => {
    expect(scopeOf(actor(Role.DESK_WORKER, 'sp-1'))).toEqual({ kind: 'desk', servicePointId: 'sp-1' });
    for (const role of [Role.AGENCY_SPECIALIST, Role.AGENCY_COORDINATOR, Role.AGENCY_SYSTEM]) {
      expect(scopeOf(actor(role, null, AgencyCode.CAK))).toEqual({ kind: 'agency', agencyCode: AgencyCode.CAK });
    }
  });

  it('gives no case data to an admin, or to an actor missing its service point or agency', () => {
    expect(scopeOf(actor(Role.ADMIN))).toEqual({ kind: 'none' });
    expect(scopeOf(actor(Role.DESK_WORKER))).toEqual({ kind: 'none' });
    expect(scopeOf(actor(Role.AGENCY_SPECIALIST))).toEqual({ kind: 'none' });
    expect(scopeOf(actor(Role.MONITOR))).toEqual({ kind: 'monitor' });
    expect(scopeOf(actor(Role.PRIVACY_OFFICER))).toEqual({ kind: 'privacy' });
  });
});
