/**
 * Coded reasons for a cancellation the system makes, kept on the timeline event itself (they hold
 * no personal data, so they survive erasure and can be counted). A person cancelling gives free text.
 */
export enum CancelReasonCode {
  /** The visit was closed as abandoned before anyone picked this referral up. */
  VISIT_ABANDONED = 'VISIT_ABANDONED',
  /** The citizen's data was erased on request (AVG art. 17); the handoff cannot go on without it. */
  ERASURE_REQUESTED = 'ERASURE_REQUESTED',
}
