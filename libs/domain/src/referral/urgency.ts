/** How soon the line must pick a referral up. */
export enum Urgency {
  /** The citizen is at the desk now: minutes. */
  LIVE = 'LIVE',
  /** Call the citizen back: hours. */
  CALLBACK = 'CALLBACK',
  /** Days. */
  REGULAR = 'REGULAR',
}

/** Order in which a line should work its inbox. */
export const URGENCY_RANK: Readonly<Record<Urgency, number>> = {
  [Urgency.LIVE]: 0,
  [Urgency.CALLBACK]: 1,
  [Urgency.REGULAR]: 2,
};
