import { DomainErrorCode } from '../errors/domain-error-code.js';
import { type BlockingReferral, DomainException } from '../errors/domain-exception.js';
import { isTerminal, type ReferralStatus } from '../referral/referral-status.js';

export interface ErasableReferral {
  readonly id: string;
  readonly reference: string;
  readonly status: ReferralStatus;
}

/**
 * The referrals an erasure on request (AVG art. 17) cancels: every one not yet ended. Once the
 * citizen's data is gone a referral cannot be worked on in Loketlijn, picked up or not; what an
 * agency already took into its own systems is its own processing, under its own controllership.
 *
 * Whether a request must be honoured (the exceptions of art. 17(3)) is the privacy officer's legal
 * call, not the system's. But the system never pulls a handoff from under an agency unasked: while
 * referrals are open, the erasure is refused with CONFLICT naming them, so the officer can check
 * with the desk and the agencies, and then repeats the request with `withdrawOpenReferrals`.
 */
export function referralsToWithdraw(referrals: readonly ErasableReferral[], withdrawOpenReferrals: boolean): BlockingReferral[] {
  const open = referrals.filter((r) => !isTerminal(r.status)).map((r) => ({ id: r.id, reference: r.reference, status: r.status }));
  if (open.length > 0 && !withdrawOpenReferrals) {
    throw new DomainException(
      DomainErrorCode.ERASURE_NEEDS_WITHDRAWAL,
      `Erasing would withdraw these open referrals: ${open.map((r) => r.reference).join(', ')}; repeat with withdrawOpenReferrals to go ahead`,
      { blockingReferrals: open },
    );
  }
  return open;
}
