import { DateTime } from 'luxon';
import type { AgencyCode } from '../catalogue/agency-code.js';
import { ReferralStatus } from '../referral/referral-status.js';
import type { Urgency } from '../referral/urgency.js';
import type { Channel } from '../visit/channel.js';
import { durationBucket } from './duration-buckets.js';

/** Monitor figures count days as the ministry does: in Dutch time. */
export const MONITOR_TIME_ZONE = 'Europe/Amsterdam';

/** What the monitor reads of one referral: codes, statuses and instants, nothing personal. */
export interface MonitorReferral {
  readonly id: string;
  readonly servicePointId: string;
  readonly agencyCode: AgencyCode;
  readonly topicId: string;
  readonly urgency: Urgency;
  readonly channel: Channel;
  readonly status: ReferralStatus;
  readonly submittedAt: Date | null;
  readonly receivedAt: Date | null;
  readonly acceptedAt: Date | null;
  readonly receiveDueAt: Date | null;
  readonly acceptDueAt: Date | null;
  readonly rejectReasonCode: string | null;
  readonly failReasonCode: string | null;
  /** The agency of the rejected referral this one re-routes. */
  readonly reroutedFromAgency: AgencyCode | null;
  /** The earliest submitted referral of its visit: the visit is counted once, through it. */
  readonly firstOfVisit: boolean;
}

export enum MonitorOutcome {
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
  FAILED = 'FAILED',
}

/** The cell a referral is counted in: the day it was submitted and its dimensions. */
export interface MonitorCellKey {
  readonly day: string;
  readonly servicePointId: string;
  readonly agencyCode: AgencyCode;
  readonly topicId: string;
  readonly urgency: Urgency;
  readonly channel: Channel;
}

/** One referral's part in the rollups; the rollup cells are sums of these. */
export interface MonitorContribution extends MonitorCellKey {
  readonly referralId: string;
  readonly received: boolean;
  readonly receivedInTime: boolean;
  readonly accepted: boolean;
  readonly acceptedInTime: boolean;
  readonly outcome: MonitorOutcome | null;
  /** The agency's reject reason or the fail reason; null otherwise. */
  readonly outcomeCode: string | null;
  readonly reroutedFromAgency: AgencyCode | null;
  readonly firstOfVisit: boolean;
  readonly receiveWallBucket: number | null;
  readonly receiveBusinessBucket: number | null;
  readonly acceptWallBucket: number | null;
  readonly acceptBusinessBucket: number | null;
}

/** Open line time between two instants, from the agency's line calendar. */
export type BusinessMs = (agency: AgencyCode, from: Date, to: Date) => number;

const OUTCOME_OF: Partial<Record<ReferralStatus, MonitorOutcome>> = {
  [ReferralStatus.REJECTED]: MonitorOutcome.REJECTED,
  [ReferralStatus.CANCELLED]: MonitorOutcome.CANCELLED,
  [ReferralStatus.FAILED]: MonitorOutcome.FAILED,
};

const HOUR_MS = 3_600_000;
/** Dutch day by UTC hour: Dutch offsets are whole hours and change on the hour, so the hour decides the day. */
const dayOfHour = new Map<number, string>();
/** About eleven years of hours; a bulk load over more starts the memo afresh. */
const DAY_MEMO_LIMIT = 100_000;

/** The day an instant falls on in Dutch time; memoised, as a bulk load asks it for millions of referrals. */
export function monitorDay(at: Date): string {
  const hour = Math.floor(at.getTime() / HOUR_MS);
  let day = dayOfHour.get(hour);
  if (day === undefined) {
    if (dayOfHour.size >= DAY_MEMO_LIMIT) dayOfHour.clear();
    day = DateTime.fromMillis(hour * HOUR_MS, { zone: MONITOR_TIME_ZONE }).toISODate()!;
    dayOfHour.set(hour, day);
  }
  return day;
}

/** A referral's contribution; null for one never submitted (a draft, or cancelled as a draft). */
export function monitorContribution(referral: MonitorReferral, businessMs: BusinessMs): MonitorContribution | null {
  const { submittedAt, receivedAt, acceptedAt } = referral;
  if (!submittedAt) return null;
  const outcome = OUTCOME_OF[referral.status] ?? null;
  const wall = (to: Date | null) => (to ? durationBucket(Math.max(0, to.getTime() - submittedAt.getTime()) / 1000) : null);
  const business = (to: Date | null) => (to ? durationBucket(businessMs(referral.agencyCode, submittedAt, to) / 1000) : null);
  return {
    referralId: referral.id,
    day: monitorDay(submittedAt),
    servicePointId: referral.servicePointId,
    agencyCode: referral.agencyCode,
    topicId: referral.topicId,
    urgency: referral.urgency,
    channel: referral.channel,
    received: receivedAt !== null,
    receivedInTime: receivedAt !== null && referral.receiveDueAt !== null && receivedAt <= referral.receiveDueAt,
    accepted: acceptedAt !== null,
    acceptedInTime: acceptedAt !== null && referral.acceptDueAt !== null && acceptedAt <= referral.acceptDueAt,
    outcome,
    outcomeCode: outcome === MonitorOutcome.REJECTED ? referral.rejectReasonCode : outcome === MonitorOutcome.FAILED ? referral.failReasonCode : null,
    reroutedFromAgency: referral.reroutedFromAgency,
    firstOfVisit: referral.firstOfVisit,
    receiveWallBucket: wall(receivedAt),
    receiveBusinessBucket: business(receivedAt),
    acceptWallBucket: wall(acceptedAt),
    acceptBusinessBucket: business(acceptedAt),
  };
}
