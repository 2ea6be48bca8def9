import type { ReferralStatus, TimelineEventType, Urgency } from '../gql/graphql';

/**
 * Wall-clock thresholds for a citizen waiting at the desk: the hub's deadlines count in the line's
 * business time (a LIVE referral submitted after hours is due the next morning), but a citizen at
 * the counter waits in real minutes. REGULAR counts in days, which a wall clock cannot judge.
 */
export const PICKUP_ALERT_AFTER_SECONDS: Readonly<Record<Urgency, number | null>> = {
  LIVE: 5 * 60,
  CALLBACK: 4 * 60 * 60,
  REGULAR: null,
};

export function isPickupOverdue(urgency: Urgency, waitedSeconds: number): boolean {
  const limit = PICKUP_ALERT_AFTER_SECONDS[urgency];
  return limit !== null && waitedSeconds >= limit;
}

export interface PickupDeadlines {
  status: ReferralStatus;
  urgency: Urgency;
  receiveDueAt?: string | null;
  acceptDueAt?: string | null;
  timeline: readonly { type: TimelineEventType }[];
}

/**
 * The deadline the referral is now running against: receiving while REQUESTED, accepting after.
 * Null when the hub set none.
 */
export function currentDeadline(referral: PickupDeadlines): string | null {
  if (referral.status === 'REQUESTED') return referral.receiveDueAt ?? null;
  if (referral.status === 'RECEIVED') return referral.acceptDueAt ?? null;
  return null;
}

/**
 * Whether the desk must be warned that the line has not picked up: the hub alerted the desk
 * (DESK_ALERTED on the timeline), the hub's deadline passed, or the citizen waited past the
 * wall-clock threshold for the urgency.
 */
export function pickupAlert(referral: PickupDeadlines, waitedSeconds: number, now: number): boolean {
  if (referral.status !== 'REQUESTED' && referral.status !== 'RECEIVED') return false;
  if (referral.timeline.some((e) => e.type === 'DESK_ALERTED')) return true;
  const deadline = currentDeadline(referral);
  if (deadline && Date.parse(deadline) <= now) return true;
  return isPickupOverdue(referral.urgency, waitedSeconds);
}
