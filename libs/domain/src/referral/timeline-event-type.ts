import { ReferralAction } from './referral-action.js';

/** Timeline entries that record something happening to a referral without moving its status. */
export enum ReferralNote {
  /** A deadline passed: the line is reminded. */
  REMINDED = 'REMINDED',
  /** The reminder did not help: the agency's coordinators are called in. */
  ESCALATED = 'ESCALATED',
  /** A LIVE referral was not picked up in time while the citizen waits at the desk. */
  DESK_ALERTED = 'DESK_ALERTED',
  /** The desk turned a LIVE referral into a CALLBACK; its deadlines were planned again. */
  CONVERTED_TO_CALLBACK = 'CONVERTED_TO_CALLBACK',
  /** A coordinator handed the referral to another specialist of the agency. */
  REASSIGNED = 'REASSIGNED',
  /** The desk sent this rejected referral on to another agency as a new, linked referral. */
  REROUTED = 'REROUTED',
  /** The desk corrected this rejected referral and sent it again to the same agency, as a new, linked referral. */
  RESENT = 'RESENT',
  /** An appointment or a callback window was set. */
  SCHEDULED = 'SCHEDULED',
  /** The visit was closed as abandoned while this referral stays with the agency that picked it up. */
  VISIT_ABANDONED = 'VISIT_ABANDONED',
}

/** What a timeline entry records: the referral being created, consent being withdrawn, one lifecycle move, or a note. */
export const TimelineEventType = { CREATED: 'CREATED', CONSENT_WITHDRAWN: 'CONSENT_WITHDRAWN', ...ReferralAction, ...ReferralNote } as const;
export type TimelineEventType = (typeof TimelineEventType)[keyof typeof TimelineEventType];
