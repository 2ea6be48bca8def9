import { DomainErrorCode } from '../errors/domain-error-code.js';
import { DomainException } from '../errors/domain-exception.js';
import type { AgencyCode } from '../catalogue/agency-code.js';
import { RejectReasonCode } from './reject-reason.js';
import { ReferralStatus } from './referral-status.js';

/**
 * Rejections the desk can put right itself (more information, a BSN with consent) and then send the
 * same question again to the same agency. The others ask for another agency (not ours, a duplicate)
 * or for the citizen to act (a formal request), so sending again would only be rejected again.
 */
export const CORRECTABLE_REJECT_REASONS: ReadonlySet<RejectReasonCode> = new Set([
  RejectReasonCode.INSUFFICIENT_INFORMATION,
  RejectReasonCode.CITIZEN_NOT_KNOWN,
]);

/** The enums, or their strings as the web app's generated types carry them. */
export interface RejectedReferral {
  readonly status: ReferralStatus | `${ReferralStatus}`;
  readonly agencyCode: AgencyCode | `${AgencyCode}`;
  readonly rejectReasonCode?: RejectReasonCode | `${RejectReasonCode}` | null;
  /** A re-route or a resend already took over from it. */
  readonly sentOn: boolean;
}

/** Whether the desk may correct this rejected referral and send it again to the same agency. */
export function canSendAgain(referral: RejectedReferral): boolean {
  return (
    referral.status === ReferralStatus.REJECTED &&
    !referral.sentOn &&
    Boolean(referral.rejectReasonCode) &&
    CORRECTABLE_REJECT_REASONS.has(referral.rejectReasonCode as RejectReasonCode)
  );
}

/**
 * The one rule for sending a rejected referral on as a new, linked referral: once, and only after a
 * rejection; to another agency always (a re-route), to the same agency only after a correctable
 * rejection (a resend, with new consent and a new question). `agencyPath` names the input field.
 */
export function assertCanSendOn(referral: RejectedReferral, to: AgencyCode | `${AgencyCode}`, agencyPath: readonly string[]): void {
  if (referral.status !== ReferralStatus.REJECTED) {
    throw new DomainException(DomainErrorCode.ILLEGAL_TRANSITION, 'Only a rejected referral can be sent on', { currentStatus: referral.status });
  }
  if (referral.sentOn) {
    throw new DomainException(DomainErrorCode.ILLEGAL_TRANSITION, 'This referral was sent on already', { currentStatus: referral.status });
  }
  if (to === referral.agencyCode && !canSendAgain(referral)) {
    throw DomainException.invalidInput([{ path: agencyPath, message: 'must be another agency: this rejection cannot be put right by sending again' }]);
  }
}
