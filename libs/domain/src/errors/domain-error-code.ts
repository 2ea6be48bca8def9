/** Every way a business rule can refuse a request. One mapper turns these into API errors. */
export enum DomainErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  STALE_STATE = 'STALE_STATE',
  REASON_REQUIRED = 'REASON_REQUIRED',
  CONSENT_REQUIRED = 'CONSENT_REQUIRED',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  /** The desk may not let go of the citizen yet: some referral is not safely picked up. */
  LET_GO_BLOCKED = 'LET_GO_BLOCKED',
  /** An erasure on request would cancel open referrals, and the privacy officer has not said to. */
  ERASURE_NEEDS_WITHDRAWAL = 'ERASURE_NEEDS_WITHDRAWAL',
  /** Another specialist has the case: only they and the line's coordinators act on it, or it is taken over first. */
  NOT_ASSIGNEE = 'NOT_ASSIGNEE',
  /** The same Idempotency-Key came back with another operation or other variables. */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
}
