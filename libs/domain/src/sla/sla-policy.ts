import { DomainException } from '../errors/domain-exception.js';
import { ReferralStatus } from '../referral/referral-status.js';
import { Urgency } from '../referral/urgency.js';
import type { BusinessCalendar } from './business-calendar.js';
import { type BusinessDuration, businessMs, DurationUnit, durationIssues } from './business-duration.js';

/** The two promises a line makes per referral: seen in time, picked up in time. */
export enum SlaDeadline {
  RECEIVE = 'RECEIVE',
  ACCEPT = 'ACCEPT',
}

export interface SlaTargets {
  /** From submission until the line (or the agency's system) has the referral: RECEIVED. */
  readonly receive: BusinessDuration;
  /** From submission until a specialist confirmed pickup: ACCEPTED. */
  readonly accept: BusinessDuration;
}

const minutes = (amount: number): BusinessDuration => ({ amount, unit: DurationUnit.MINUTES });
const hours = (amount: number): BusinessDuration => ({ amount, unit: DurationUnit.HOURS });
const days = (amount: number): BusinessDuration => ({ amount, unit: DurationUnit.DAYS });

/**
 * Defaults every agency starts with; its coordinator may change them. Accept targets are the
 * issue's; receive targets are a fraction of them, since delivery to a portal is near-instant and
 * an agency system must at least acknowledge well before a specialist can pick up.
 */
export const DEFAULT_SLA_TARGETS: Readonly<Record<Urgency, SlaTargets>> = {
  [Urgency.LIVE]: { receive: minutes(2), accept: minutes(10) },
  [Urgency.CALLBACK]: { receive: minutes(30), accept: hours(4) },
  [Urgency.REGULAR]: { receive: hours(4), accept: days(2) },
};

/** Checks a coordinator's targets against the line's calendar: accept may not come before receive. */
export function assertSlaTargets(targets: SlaTargets, calendar: BusinessCalendar, path: readonly string[]): void {
  const issues = [...durationIssues(targets.receive, [...path, 'receive']), ...durationIssues(targets.accept, [...path, 'accept'])];
  if (issues.length === 0 && businessMs(targets.accept, calendar) < businessMs(targets.receive, calendar)) {
    issues.push({ path: [...path, 'accept'], message: 'must not be shorter than the receive target' });
  }
  if (issues.length > 0) throw DomainException.invalidInput(issues);
}

/** A timer's step: first the line is reminded, later its coordinators are told. */
export enum SlaTimerKind {
  RECEIVE_REMINDER = 'RECEIVE_REMINDER',
  RECEIVE_ESCALATION = 'RECEIVE_ESCALATION',
  ACCEPT_REMINDER = 'ACCEPT_REMINDER',
  ACCEPT_ESCALATION = 'ACCEPT_ESCALATION',
}

export const TIMER_DEADLINE: Readonly<Record<SlaTimerKind, SlaDeadline>> = {
  [SlaTimerKind.RECEIVE_REMINDER]: SlaDeadline.RECEIVE,
  [SlaTimerKind.RECEIVE_ESCALATION]: SlaDeadline.RECEIVE,
  [SlaTimerKind.ACCEPT_REMINDER]: SlaDeadline.ACCEPT,
  [SlaTimerKind.ACCEPT_ESCALATION]: SlaDeadline.ACCEPT,
};

export interface PlannedTimer {
  readonly kind: SlaTimerKind;
  readonly fireAt: Date;
}

export interface SlaPlan {
  readonly receiveDueAt: Date;
  readonly acceptDueAt: Date;
  readonly timers: readonly PlannedTimer[];
}

/**
 * Deadlines for a referral that went on the line at `startedAt`. The reminder fires at the deadline;
 * the escalation follows after half the target again (at least one business minute), so the line
 * gets a fair chance to react to its reminder before coordinators are called in.
 */
export function planSla(startedAt: Date, targets: SlaTargets, calendar: BusinessCalendar): SlaPlan {
  const receiveMs = businessMs(targets.receive, calendar);
  const acceptMs = businessMs(targets.accept, calendar);
  const receiveDueAt = calendar.addBusinessMs(startedAt, receiveMs);
  const acceptDueAt = calendar.addBusinessMs(startedAt, acceptMs);
  const grace = (ms: number) => Math.max(60_000, Math.round(ms / 2));
  return {
    receiveDueAt,
    acceptDueAt,
    timers: [
      { kind: SlaTimerKind.RECEIVE_REMINDER, fireAt: receiveDueAt },
      { kind: SlaTimerKind.RECEIVE_ESCALATION, fireAt: calendar.addBusinessMs(receiveDueAt, grace(receiveMs)) },
      { kind: SlaTimerKind.ACCEPT_REMINDER, fireAt: acceptDueAt },
      { kind: SlaTimerKind.ACCEPT_ESCALATION, fireAt: calendar.addBusinessMs(acceptDueAt, grace(acceptMs)) },
    ],
  };
}

/** Whether the referral has moved past what the deadline asks for (or left the line altogether). */
export function isDeadlineMet(deadline: SlaDeadline, status: ReferralStatus): boolean {
  switch (deadline) {
    case SlaDeadline.RECEIVE:
      return status !== ReferralStatus.REQUESTED;
    case SlaDeadline.ACCEPT:
      return status !== ReferralStatus.REQUESTED && status !== ReferralStatus.RECEIVED;
  }
}
