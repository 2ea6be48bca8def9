import { describe, expect, it } from '@jest/globals';
import { AgencyCode } from '../catalogue/agency-code.js';
import { Role } from '../catalogue/role.js';
import { canSeeStaffName } from './staff-names.js';

const POINT = '00000000-0000-4000-8000-0000000000aa';
const specialist = { accountId: 'a', role: Role.AGENCY_SPECIALIST, agencyCode: AgencyCode.UWV, servicePointId: null };
const desk = { accountId: 'b', role: Role.DESK_WORKER, agencyCode: null, servicePointId: POINT };

describe('whose names a viewer sees', () => {
  it('shows colleagues of the same line or the same desk', () => {
    expect(canSeeStaffName(specialist, { agencyCode: AgencyCode.UWV, servicePointId: null })).toBe(true);
    expect(canSeeStaffName(desk, { agencyCode: null, servicePointId: POINT })).toBe(true);
  });

  it('hides staff of another organisation, and the line machinery has no name', () => {
    expect(canSeeStaffName(specialist, { agencyCode: AgencyCode.SVB, servicePointId: null })).toBe(false);
    expect(canSeeStaffName(specialist, { agencyCode: null, servicePointId: POINT })).toBe(false);
    expect(canSeeStaffName(desk, { agencyCode: AgencyCode.UWV, servicePointId: null })).toBe(false);
    expect(canSeeStaffName(desk, { agencyCode: null, servicePointId: null })).toBe(false);
  });
});
