import type { AgencyCode } from '#domain';

/** One step of a warm handoff as the relay dispatches it: how long the referral waited for it. */
export interface HandoffStep {
  readonly agency: AgencyCode;
  /** RECEIVED: from the submit's commit; ACCEPTED: from RECEIVED. */
  readonly step: 'RECEIVED' | 'ACCEPTED';
  readonly seconds: number;
}

/** Told of every dispatched handoff step after its batch commits (metrics). */
export type HandoffObserver = (steps: readonly HandoffStep[]) => void;
