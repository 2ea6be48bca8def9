/** Referral lifecycle, following HL7 FHIR Task status. */
export enum ReferralStatus {
  DRAFT = 'DRAFT',
  REQUESTED = 'REQUESTED',
  RECEIVED = 'RECEIVED',
  ACCEPTED = 'ACCEPTED',
  IN_PROGRESS = 'IN_PROGRESS',
  ON_HOLD = 'ON_HOLD',
  COMPLETED = 'COMPLETED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
  FAILED = 'FAILED',
}

export const REFERRAL_STATUSES: readonly ReferralStatus[] = Object.values(ReferralStatus);

export const TERMINAL_STATUSES: ReadonlySet<ReferralStatus> = new Set([
  ReferralStatus.COMPLETED,
  ReferralStatus.REJECTED,
  ReferralStatus.CANCELLED,
  ReferralStatus.FAILED,
]);

export function isTerminal(status: ReferralStatus): boolean {
  return TERMINAL_STATUSES.has(status);
}

/** ACCEPTED or any later status: a named specialist has confirmed pickup. */
export function isPickedUp(status: ReferralStatus): boolean {
  return (
    status === ReferralStatus.ACCEPTED ||
    status === ReferralStatus.IN_PROGRESS ||
    status === ReferralStatus.ON_HOLD ||
    status === ReferralStatus.COMPLETED
  );
}
