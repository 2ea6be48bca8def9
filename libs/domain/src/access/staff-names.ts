import type { AgencyCode } from '../catalogue/agency-code.js';
import type { Actor } from './actor.js';

/** Where a member of staff works: a service point's desk or an agency's line. */
export interface StaffPlace {
  readonly servicePointId: string | null;
  readonly agencyCode: AgencyCode | null;
}

/**
 * Whose name a viewer sees on a timeline or as a handler: colleagues of their own organisation (the
 * same agency's line, the same service point's desk). Others read the role only ("a specialist of UWV").
 * Staff only: citizens' names never go this way.
 */
export function canSeeStaffName(viewer: Actor, staff: StaffPlace): boolean {
  if (viewer.agencyCode !== null && viewer.agencyCode === staff.agencyCode) return true;
  return viewer.servicePointId !== null && viewer.servicePointId === staff.servicePointId;
}
