import { SlaDeadline } from '../sla/sla-policy.js';
import { AppointmentKind } from './appointment.js';
import { CancelReasonCode } from './cancel-reason.js';
import { FailReasonCode } from './fail-reason.js';
import { RejectReasonCode } from './reject-reason.js';
import { ReferralAction } from './referral-action.js';
import { ReferralNote, TimelineEventType } from './timeline-event-type.js';

/** Every coded reason a timeline entry can carry; screens put each in words. */
export const TimelineReasonCode = {
  ...RejectReasonCode,
  ...FailReasonCode,
  ...CancelReasonCode,
  RECEIVE_DEADLINE_PASSED: 'RECEIVE_DEADLINE_PASSED',
  ACCEPT_DEADLINE_PASSED: 'ACCEPT_DEADLINE_PASSED',
  OUTCOME_RECORDED: 'OUTCOME_RECORDED',
} as const;
export type TimelineReasonCode = (typeof TimelineReasonCode)[keyof typeof TimelineReasonCode];
export const TIMELINE_REASON_CODES: readonly TimelineReasonCode[] = Object.values(TimelineReasonCode);

/** A timeline entry's reason taken apart: a code, the person's own words, and what it points to. */
export interface TimelineReason {
  readonly code: TimelineReasonCode | null;
  readonly note: string | null;
  readonly relatedReference: string | null;
  readonly scheduledKind: AppointmentKind | null;
  readonly scheduledAt: Date | null;
  /** The account that has the case after a REASSIGNED entry. */
  readonly handlerId: string | null;
}

/**
 * How the hub writes system reasons on the append-only timeline. Old entries keep these forms, so
 * they are read back here rather than stored anew.
 */
export const timelineReasonText = {
  reroutedTo: (reference: string) => `re-routed to ${reference}`,
  reroutedFrom: (reference: string) => `re-routed from ${reference}`,
  sentAgainAs: (reference: string) => `sent again as ${reference}`,
  assignedTo: (accountId: string) => `assigned to account ${accountId}`,
  scheduled: (kind: AppointmentKind, at: Date) => `${kind} at ${at.toISOString()}`,
  deadlinePassed: (deadline: SlaDeadline) => `${deadline} deadline passed`,
  outcomeRecorded: 'Uitkomst vastgelegd',
  /** A coded reason with the person's optional note, as REJECT and FAIL write it. */
  coded: (code: string, note: string | null) => (note ? `${code}: ${note}` : code),
};

const NONE: TimelineReason = { code: null, note: null, relatedReference: null, scheduledKind: null, scheduledAt: null, handlerId: null };
const CODES: ReadonlySet<string> = new Set(TIMELINE_REASON_CODES);
const isCode = (value: string): value is TimelineReasonCode => CODES.has(value);

function codedWithNote(reason: string): TimelineReason {
  const match = /^([A-Z_]+)(?:: ([\s\S]*))?$/.exec(reason);
  if (match && isCode(match[1]!)) return { ...NONE, code: match[1]!, note: match[2]?.trim() || null };
  return { ...NONE, note: reason };
}

/** Reads the reason of one timeline entry; anything unrecognised is the person's own words. */
export function readTimelineReason(type: TimelineEventType, reason: string | null): TimelineReason {
  if (reason === null || reason.trim() === '') return NONE;
  switch (type) {
    case ReferralAction.REJECT:
    case ReferralAction.FAIL:
    case ReferralAction.CANCEL:
      return codedWithNote(reason);
    case ReferralAction.COMPLETE:
      return reason === timelineReasonText.outcomeRecorded ? { ...NONE, code: TimelineReasonCode.OUTCOME_RECORDED } : { ...NONE, note: reason };
    case TimelineEventType.CREATED:
    case ReferralNote.REROUTED: {
      const match = /^re-routed (?:from|to) (\S+)$/.exec(reason);
      return match ? { ...NONE, relatedReference: match[1]! } : { ...NONE, note: reason };
    }
    case ReferralNote.RESENT: {
      const match = /^sent again as (\S+)$/.exec(reason);
      return match ? { ...NONE, relatedReference: match[1]! } : { ...NONE, note: reason };
    }
    case ReferralNote.REASSIGNED: {
      const match = /^assigned to account ([0-9a-f-]{36})$/.exec(reason);
      return match ? { ...NONE, handlerId: match[1]! } : { ...NONE, note: reason };
    }
    case ReferralNote.SCHEDULED: {
      const match = /^(APPOINTMENT|CALLBACK) at (\S+)$/.exec(reason);
      return match ? { ...NONE, scheduledKind: match[1] as AppointmentKind, scheduledAt: new Date(match[2]!) } : { ...NONE, note: reason };
    }
    case ReferralNote.REMINDED:
    case ReferralNote.ESCALATED:
    case ReferralNote.DESK_ALERTED: {
      const match = /^(RECEIVE|ACCEPT) deadline passed$/.exec(reason);
      if (!match) return { ...NONE, note: reason };
      return { ...NONE, code: match[1] === SlaDeadline.RECEIVE ? TimelineReasonCode.RECEIVE_DEADLINE_PASSED : TimelineReasonCode.ACCEPT_DEADLINE_PASSED };
    }
    case ReferralNote.VISIT_ABANDONED:
      return isCode(reason) ? { ...NONE, code: reason } : { ...NONE, note: reason };
    default:
      return { ...NONE, note: reason };
  }
}
