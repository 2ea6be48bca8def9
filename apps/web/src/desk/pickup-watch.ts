import type { Urgency } from '../gql/graphql';

/**
 * Client-side alert thresholds until the hub computes deadlines in business hours (SLA API).
 * REGULAR counts in days, which a wall clock on the desk cannot judge, so it never alerts here.
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
