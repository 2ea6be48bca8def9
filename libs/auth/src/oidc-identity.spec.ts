import { describe, expect, it } from '@jest/globals';
import { AgencyCode, Role } from '#domain';
import { identityFromClaims } from './oidc-identity.js';

const base = { iss: 'https://idp.example.org', sub: 'u-1', name: 'Demo Medewerker' };

describe('identityFromClaims', () => {
  it('maps a desk worker to its service point and an agency role to its agency', () => {
    expect(identityFromClaims({ ...base, loketlijn_role: 'DESK_WORKER', service_point_code: 'UTR-STADSKANTOOR', agency_code: 'UWV' })).toEqual({
      issuer: base.iss, subject: 'u-1', displayName: 'Demo Medewerker', role: Role.DESK_WORKER, servicePointCode: 'UTR-STADSKANTOOR', agencyCode: null,
    });
    expect(identityFromClaims({ ...base, loketlijn_role: 'AGENCY_SPECIALIST', agency_code: 'UWV', service_point_code: 'X' })).toMatchObject({
      role: Role.AGENCY_SPECIALIST, agencyCode: AgencyCode.UWV, servicePointCode: null,
    });
  });

  it('drops scope claims a role does not use', () => {
    expect(identityFromClaims({ ...base, loketlijn_role: 'MONITOR', agency_code: 'UWV', service_point_code: 'UTR-STADSKANTOOR' })).toMatchObject({
      role: Role.MONITOR, agencyCode: null, servicePointCode: null,
    });
  });

  it('refuses claims that do not add up', () => {
    expect(identityFromClaims({ ...base })).toBeNull();
    expect(identityFromClaims({ ...base, loketlijn_role: 'ROOT' })).toBeNull();
    expect(identityFromClaims({ ...base, loketlijn_role: 'DESK_WORKER' })).toBeNull();
    expect(identityFromClaims({ ...base, loketlijn_role: 'AGENCY_SPECIALIST', agency_code: 'XYZ' })).toBeNull();
    expect(identityFromClaims({ ...base, sub: '', loketlijn_role: 'MONITOR' })).toBeNull();
  });
});
