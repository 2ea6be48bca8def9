import { DomainErrorCode } from '../errors/domain-error-code.js';
import { type BlockingReferral, DomainException } from '../errors/domain-exception.js';
import { isPickedUp, isTerminal, type ReferralStatus } from '../referral/referral-status.js';

export interface GateReferral {
  readonly id: string;
  readonly reference: string;
  /** The enum, or its string as the web app's generated types carry it. */
  readonly status: ReferralStatus | `${ReferralStatus}`;
  /** An appointment or a callback window was set for it. */
  readonly scheduled: boolean;
}

/** What a referral still lacks before the desk may let go: a pickup, or (once picked up) an appointment or callback. */
export enum LetGoMissing {
  PICKUP = 'PICKUP',
  APPOINTMENT = 'APPOINTMENT',
}

export interface LetGoBlocker extends BlockingReferral {
  readonly missing: LetGoMissing;
}

/** What this one referral still lacks, or null when the desk may let go of it. */
export function missingForLetGo(referral: Pick<GateReferral, 'status' | 'scheduled'>): LetGoMissing | null {
  const status = referral.status as ReferralStatus;
  if (isTerminal(status)) return null;
  if (!isPickedUp(status)) return LetGoMissing.PICKUP;
  return referral.scheduled ? null : LetGoMissing.APPOINTMENT;
}

/**
 * The let-go gate (docs/architecture.md, "The lifecycle"): the desk may let go of a citizen only when every referral is picked
 * up (ACCEPTED or later) and has an appointment or callback, or has ended. The hub's closeVisit and the desk's live warning
 * both read it from here, so they never disagree.
 */
export function letGoBlockers(referrals: readonly GateReferral[]): LetGoBlocker[] {
  return referrals.flatMap((r) => {
    const missing = missingForLetGo(r);
    return missing ? [{ id: r.id, reference: r.reference, status: r.status, missing }] : [];
  });
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
