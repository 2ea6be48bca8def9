import { CloudEvent } from 'cloudevents';
import { type AgencyCode, ReferralAction, type ReferralStatus, type TimelineEventType } from '#domain';

/** Reverse-DNS prefix of every event type, per the NL GOV CloudEvents profile. */
export const EVENT_TYPE_PREFIX = 'nl.overheid.loketlijn';

/** What happened on the line, as stored in the timeline. */
export interface LineEventRow {
  readonly eventId: string;
  readonly referralId: string;
  readonly agencyCode: AgencyCode;
  readonly type: TimelineEventType;
  readonly fromStatus: ReferralStatus | null;
  readonly toStatus: ReferralStatus;
  readonly occurredAt: Date;
}

/** The thin payload: ids and statuses only. The agency fetches case data through the logged API. */
export interface ReferralEventData {
  readonly referralId: string;
  readonly agencyCode: AgencyCode;
  readonly status: ReferralStatus;
  readonly previousStatus: ReferralStatus | null;
}

const MOVES: ReadonlySet<TimelineEventType> = new Set(Object.values(ReferralAction));

/**
 * A move is named after the status it reached (REQUESTED -> nl.overheid.loketlijn.referral-requested,
 * ON_HOLD -> ...referral-on-hold); anything else after what happened, the status unchanged
 * (CONSENT_WITHDRAWN -> ...referral-consent-withdrawn, ESCALATED -> ...referral-escalated).
 */
export function referralEventType(type: TimelineEventType, status: ReferralStatus): string {
  return `${EVENT_TYPE_PREFIX}.referral-${(MOVES.has(type) ? status : type).toLowerCase().replace(/_/g, '-')}`;
}

/**
 * A CloudEvents 1.0 envelope for one timeline event; its id is stable, so receivers can dedupe.
 * Retries can overtake each other: the `sequence` extension (the timeline order, zero-padded so it
 * sorts as text) lets a receiver ignore an older status arriving after a newer one.
 */
export function referralCloudEvent(row: LineEventRow, source: string): CloudEvent<ReferralEventData> {
  return new CloudEvent<ReferralEventData>({
    specversion: '1.0',
    id: row.eventId,
    source,
    type: referralEventType(row.type, row.toStatus),
    subject: row.referralId,
    time: row.occurredAt.toISOString(),
    datacontenttype: 'application/json',
    sequence: row.eventId.padStart(20, '0'),
    data: { referralId: row.referralId, agencyCode: row.agencyCode, status: row.toStatus, previousStatus: row.fromStatus },
  });
}
