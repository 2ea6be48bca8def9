import { describe, expect, it } from '@jest/globals';
import { AgencyCode } from '../catalogue/agency-code.js';
import { Role } from '../catalogue/role.js';
import { DomainErrorCode } from '../errors/domain-error-code.js';
import type { DomainException } from '../errors/domain-exception.js';
import type { Actor } from './actor.js';
import { assertMayActOnCase, mayActOnCase, mayTakeOver } from './case-handler.js';

const HANDLER = '00000000-0000-4000-8000-000000000001';
const actor = (role: Role, accountId: string, agencyCode: AgencyCode | null = AgencyCode.UWV): Actor => ({ accountId, role, agencyCode, servicePointId: null });
const handled = { agencyCode: AgencyCode.UWV, assignedTo: HANDLER };
const other = '00000000-0000-4000-8000-000000000002';

describe('who has the case', () => {
  it('lets the handler, the line\'s coordinators and the agency\'s system act; not another specialist', () => {
    expect(mayActOnCase(actor(Role.AGENCY_SPECIALIST, HANDLER), handled)).toBe(true);
    expect(mayActOnCase(actor(Role.AGENCY_COORDINATOR, other), handled)).toBe(true);
    expect(mayActOnCase(actor(Role.AGENCY_SYSTEM, other), handled)).toBe(true);
    expect(mayActOnCase(actor(Role.AGENCY_SPECIALIST, other), handled)).toBe(false);
  });

  it('does not apply before pickup, nor to the desk', () => {
    expect(mayActOnCase(actor(Role.AGENCY_SPECIALIST, other), { ...handled, assignedTo: null })).toBe(true);
    expect(mayActOnCase(actor(Role.DESK_WORKER, other, null), handled)).toBe(true);
  });

  it('refuses with the typed NOT_ASSIGNEE code', () => {
    let code: DomainErrorCode | null = null;
    try {
      assertMayActOnCase(actor(Role.AGENCY_SPECIALIST, other), handled);
    } catch (error) {
      code = (error as DomainException).code;
    }
    expect(code).toBe(DomainErrorCode.NOT_ASSIGNEE);
  });

  it('lets another specialist of the line take over, but not the handler, a coordinator or another line', () => {
    expect(mayTakeOver(actor(Role.AGENCY_SPECIALIST, other), handled)).toBe(true);
    expect(mayTakeOver(actor(Role.AGENCY_SPECIALIST, HANDLER), handled)).toBe(false);
    expect(mayTakeOver(actor(Role.AGENCY_COORDINATOR, other), handled)).toBe(false);
    expect(mayTakeOver(actor(Role.AGENCY_SPECIALIST, other, AgencyCode.SVB), handled)).toBe(false);
    expect(mayTakeOver(actor(Role.AGENCY_SPECIALIST, other), { ...handled, assignedTo: null })).toBe(false);
  });
});
