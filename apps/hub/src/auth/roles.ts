import { Role } from '#domain';

export const SIGNED_IN = Object.values(Role);
export const DESK = [Role.DESK_WORKER];
export const AGENCY = [Role.AGENCY_SPECIALIST, Role.AGENCY_COORDINATOR, Role.AGENCY_SYSTEM];
/** Roles that may see a referral's case data: its desk or its agency. */
export const CASE_PARTIES = [...DESK, ...AGENCY];
