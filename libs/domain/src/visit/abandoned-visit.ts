import { isPickedUp, isTerminal, type ReferralStatus } from '../referral/referral-status.js';
import { VisitStatus } from './visit-status.js';

export const DEFAULT_ABANDONED_VISIT_DAYS = 30;
const DAY_MS = 86_400_000;

/** What the desk knows of a visit when deciding whether it was abandoned. */
export interface VisitActivity {
  readonly status: VisitStatus;
  /** The latest of its opening and every timeline event of its referrals. */
  readonly lastActivityAt: Date;
}

/** Visits whose last activity lies before this moment are abandoned (see isAbandoned). */
export function abandonmentCutoff(now: Date, abandonedVisitDays: number): Date {
  return new Date(now.getTime() - abandonedVisitDays * DAY_MS);
}

/**
 * A visit is abandoned when the desk never let go of it (it is still OPEN) and nothing has happened
 * on it for `abandonedVisitDays`: no referral was added, moved, scheduled or reminded. Closing it
 * starts the retention period, so its personal data does not stay forever.
 */
export function isAbandoned(visit: VisitActivity, now: Date, abandonedVisitDays: number): boolean {
  return visit.status === VisitStatus.OPEN && visit.lastActivityAt < abandonmentCutoff(now, abandonedVisitDays);
}

/** What closing an abandoned visit does to one of its referrals. */
export enum AbandonedReferralStep {
  /** Never picked up (a draft, or waiting on the line): nobody is responsible, so it is cancelled. */
  WITHDRAW = 'WITHDRAW',
  /** Picked up: the agency is responsible and keeps it; its timeline says the desk let go. */
  KEEP_WITH_NOTE = 'KEEP_WITH_NOTE',
  /** Already ended: nothing changes. */
  NONE = 'NONE',
}

/**
 * Why not cancel everything: once an agency accepted a referral, a named specialist owns it and may
 * still be helping the citizen in the agency's own systems; the desk forgetting to close its visit
 * does not undo that (the same holds for a visit the desk closed through the let-go gate). A
 * referral nobody picked up in all that time is a handoff that failed: it leaves the agency's inbox
 * with a coded reason instead of waiting there, emptied by retention, forever.
 */
export function abandonedReferralStep(status: ReferralStatus): AbandonedReferralStep {
  if (isTerminal(status)) return AbandonedReferralStep.NONE;
  return isPickedUp(status) ? AbandonedReferralStep.KEEP_WITH_NOTE : AbandonedReferralStep.WITHDRAW;
}
