import { ReferralStatus } from '../referral/referral-status.js';
import { Urgency } from '../referral/urgency.js';
import type { BusinessCalendar } from './business-calendar.js';
import { isDeadlineMet, SlaDeadline } from './sla-policy.js';

/** Where a referral stands against its promise; every screen reads this one word. */
export enum DeadlineStatus {
  ON_TIME = 'ON_TIME',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
  /** Picked up (or left the line): the promise is kept or no longer runs. */
  MET = 'MET',
}

/** The deadline a status runs against: receiving while REQUESTED, accepting while RECEIVED, none after. */
export const RUNNING_DEADLINE: Readonly<Partial<Record<ReferralStatus, SlaDeadline>>> = {
  [ReferralStatus.REQUESTED]: SlaDeadline.RECEIVE,
  [ReferralStatus.RECEIVED]: SlaDeadline.ACCEPT,
};

/** Business minutes before a deadline from which it is "due soon", per urgency. */
export const DUE_SOON_WITHIN_MINUTES: Readonly<Record<Urgency, number>> = {
  [Urgency.LIVE]: 3,
  [Urgency.CALLBACK]: 60,
  [Urgency.REGULAR]: 4 * 60,
};

export interface DeadlineFacts {
  readonly status: ReferralStatus;
  readonly urgency: Urgency;
  readonly receiveDueAt: Date | null;
  readonly acceptDueAt: Date | null;
}

export interface DeadlineState {
  readonly dueAt: Date;
  readonly state: DeadlineStatus;
  /** Open line time left, in whole minutes; negative once overdue; null when met. */
  readonly businessMinutesLeft: number | null;
}

/** The instant a running deadline falls on; accept is never before receive (assertSlaTargets). */
export function dueAtOf(deadline: SlaDeadline, facts: DeadlineFacts): Date | null {
  return deadline === SlaDeadline.RECEIVE ? facts.receiveDueAt : facts.acceptDueAt;
}

/**
 * The one rule for "is this referral late": the deadline its status runs against, measured in the
 * line's business time. Null before the referral reached a line (no deadline was planned).
 * The coordinator's overdue list is the same rule in SQL (libs/persistence, overdueCondition).
 */
export function deadlineStateOf(facts: DeadlineFacts, now: Date, calendar: BusinessCalendar): DeadlineState | null {
  if (facts.status === ReferralStatus.DRAFT) return null;
  const running = RUNNING_DEADLINE[facts.status];
  if (running === undefined) {
    const dueAt = facts.acceptDueAt ?? facts.receiveDueAt;
    if (!dueAt || !isDeadlineMet(SlaDeadline.ACCEPT, facts.status)) return null;
    return { dueAt, state: DeadlineStatus.MET, businessMinutesLeft: null };
  }
  const dueAt = dueAtOf(running, facts);
  if (!dueAt) return null;
  if (dueAt.getTime() <= now.getTime()) {
    return { dueAt, state: DeadlineStatus.OVERDUE, businessMinutesLeft: -Math.floor(calendar.businessMinutesBetween(dueAt, now)) };
  }
  const left = Math.ceil(calendar.businessMinutesBetween(now, dueAt));
  const state = left <= DUE_SOON_WITHIN_MINUTES[facts.urgency] ? DeadlineStatus.DUE_SOON : DeadlineStatus.ON_TIME;
  return { dueAt, state, businessMinutesLeft: left };
}
