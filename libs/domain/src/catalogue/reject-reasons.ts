import { DomainException } from '../errors/domain-exception.js';
import { RejectReasonCode as R } from '../referral/reject-reason.js';
import { AgencyCode } from './agency-code.js';

const EVERY_AGENCY = [R.NOT_OUR_DOMAIN, R.INSUFFICIENT_INFORMATION, R.CITIZEN_NOT_KNOWN, R.DUPLICATE] as const;

/**
 * The coded reasons each agency may reject with. "Needs a formal request first" belongs to agencies
 * whose decisions start from an application or objection; CJIB collects and CAK charges on
 * others' decisions, so for them it is never the reason.
 */
export const AGENCY_REJECT_REASONS: Readonly<Record<AgencyCode, readonly R[]>> = {
  [AgencyCode.BD]: [...EVERY_AGENCY, R.NEEDS_FORMAL_REQUEST],
  [AgencyCode.TSL]: [...EVERY_AGENCY, R.NEEDS_FORMAL_REQUEST],
  [AgencyCode.SVB]: [...EVERY_AGENCY, R.NEEDS_FORMAL_REQUEST],
  [AgencyCode.DUO]: [...EVERY_AGENCY, R.NEEDS_FORMAL_REQUEST],
  [AgencyCode.CJIB]: [...EVERY_AGENCY],
  [AgencyCode.UWV]: [...EVERY_AGENCY, R.NEEDS_FORMAL_REQUEST],
  [AgencyCode.CAK]: [...EVERY_AGENCY],
  [AgencyCode.IND]: [...EVERY_AGENCY, R.NEEDS_FORMAL_REQUEST],
};

export function assertRejectReasonAllowed(agency: AgencyCode, code: R, path: readonly string[]): void {
  if (!AGENCY_REJECT_REASONS[agency].includes(code)) {
    throw DomainException.invalidInput([{ path: [...path], message: `is not one of this agency's reject reasons` }]);
  }
}
