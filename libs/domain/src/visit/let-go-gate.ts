import { DomainErrorCode } from '../errors/domain-error-code.js';
import { type BlockingReferral, DomainException } from '../errors/domain-exception.js';
import { isPickedUp, isTerminal, type ReferralStatus } from '../referral/referral-status.js';

export interface GateReferral {
  readonly id: string;
  readonly reference: string;
  readonly status: ReferralStatus;
  /** An appointment or a callback window was set for it. */
  readonly scheduled: boolean;
}

/**
 * The let-go gate (docs/architecture.md, "The lifecycle"): the desk may let go of a citizen only when every referral is picked
 * up (ACCEPTED or later) and has an appointment or callback, or has ended.
 */
export function letGoBlockers(referrals: readonly GateReferral[]): BlockingReferral[] {
  return referrals
    .filter((r) => !isTerminal(r.status) && !(isPickedUp(r.status) && r.scheduled))
    .map((r) => ({ id: r.id, reference: r.reference, status: r.status }));
}

export function assertCanLetGo(referrals: readonly GateReferral[]): void {
  const blocking = letGoBlockers(referrals);
  if (blocking.length > 0) {
    throw new DomainException(
      DomainErrorCode.LET_GO_BLOCKED,
      `The visit stays open until these referrals are picked up and scheduled: ${blocking.map((b) => b.reference).join(', ')}`,
      { blockingReferrals: blocking },
    );
  }
}
