import type { AgencyCode, ReferralStatus, TimelineEventType } from '#domain';

/** What travels over Redis pub/sub when a referral changes: ids and statuses, never personal data. */
export interface ReferralEventMessage {
  readonly eventId: string;
  readonly referralId: string;
  readonly servicePointId: string;
  readonly agencyCode: AgencyCode;
  readonly type: TimelineEventType;
  readonly fromStatus: ReferralStatus | null;
  readonly toStatus: ReferralStatus;
  readonly occurredAt: string;
}

export function servicePointChannel(servicePointId: string): string {
  return `loketlijn.events.sp.${servicePointId}`;
}

export function lineChannel(agency: AgencyCode): string {
  return `loketlijn.events.line.${agency}`;
}

/** Events for the agency's coordinators alone (escalations). */
export function coordinatorChannel(agency: AgencyCode): string {
  return `loketlijn.events.coordinators.${agency}`;
}
