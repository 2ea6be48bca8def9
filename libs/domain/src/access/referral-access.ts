import { ReferralStatus } from '../referral/referral-status.js';
import type { AgencyCode } from '../catalogue/agency-code.js';
import { Party } from '../referral/referral-action.js';
import { partyOf, type Actor } from './actor.js';

/** The scope a referral lives in: the desk that made it and the agency it goes to. */
export interface ReferralScope {
  readonly servicePointId: string;
  readonly agencyCode: AgencyCode;
  readonly status: ReferralStatus;
}

/**
 * A desk sees its own service point's referrals; an agency sees its own line's referrals once they
 * left the desk (never DRAFT). Nobody else sees personal case data.
 */
export function canSeeReferral(actor: Actor, referral: ReferralScope): boolean {
  switch (partyOf(actor)) {
    case Party.DESK:
      return actor.servicePointId === referral.servicePointId;
    case Party.AGENCY:
      return actor.agencyCode === referral.agencyCode && referral.status !== ReferralStatus.DRAFT;
    default:
      return false;
  }
}

/** Visits belong to the desk of one service point. */
export function canSeeVisit(actor: Actor, visit: { readonly servicePointId: string }): boolean {
  return partyOf(actor) === Party.DESK && actor.servicePointId === visit.servicePointId;
}
