import type { AgencyCode } from '../catalogue/agency-code.js';
import { Role } from '../catalogue/role.js';
import { Party } from '../referral/referral-action.js';

/** The signed-in user or machine on whose behalf a request runs. */
export interface Actor {
  readonly accountId: string;
  readonly role: Role;
  readonly servicePointId: string | null;
  readonly agencyCode: AgencyCode | null;
}

/** Which side of a handoff an actor speaks for, if any. */
export function partyOf(actor: Actor): Party | null {
  switch (actor.role) {
    case Role.DESK_WORKER:
      return Party.DESK;
    case Role.AGENCY_SPECIALIST:
    case Role.AGENCY_COORDINATOR:
    case Role.AGENCY_SYSTEM:
      return Party.AGENCY;
    case Role.MONITOR:
    case Role.ADMIN:
    case Role.PRIVACY_OFFICER:
      return null;
  }
}
