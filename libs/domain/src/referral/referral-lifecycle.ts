import { DomainErrorCode } from '../errors/domain-error-code.js';
import { DomainException } from '../errors/domain-exception.js';
import { Party, ReferralAction } from './referral-action.js';
import { ReferralStatus as S } from './referral-status.js';

export interface TransitionRule {
  readonly from: readonly S[];
  readonly to: S;
  readonly by: readonly Party[];
  /** A move into a status that must explain itself needs a non-blank reason. */
  readonly reasonRequired: boolean;
}

/** The single source of truth for the referral lifecycle (docs/architecture.md, "The lifecycle"). */
export const TRANSITIONS: Readonly<Record<ReferralAction, TransitionRule>> = {
  [ReferralAction.SUBMIT]: { from: [S.DRAFT], to: S.REQUESTED, by: [Party.DESK], reasonRequired: false },
  [ReferralAction.RECEIVE]: { from: [S.REQUESTED], to: S.RECEIVED, by: [Party.LINE, Party.AGENCY], reasonRequired: false },
  [ReferralAction.ACCEPT]: { from: [S.RECEIVED], to: S.ACCEPTED, by: [Party.AGENCY], reasonRequired: false },
  [ReferralAction.REJECT]: { from: [S.RECEIVED], to: S.REJECTED, by: [Party.AGENCY], reasonRequired: true },
  [ReferralAction.START]: { from: [S.ACCEPTED], to: S.IN_PROGRESS, by: [Party.AGENCY], reasonRequired: false },
  [ReferralAction.HOLD]: { from: [S.ACCEPTED, S.IN_PROGRESS], to: S.ON_HOLD, by: [Party.AGENCY], reasonRequired: true },
  [ReferralAction.RESUME]: { from: [S.ON_HOLD], to: S.IN_PROGRESS, by: [Party.AGENCY], reasonRequired: false },
  [ReferralAction.COMPLETE]: {
    from: [S.ACCEPTED, S.IN_PROGRESS, S.ON_HOLD],
    to: S.COMPLETED,
    by: [Party.AGENCY],
    reasonRequired: true,
  },
  [ReferralAction.CANCEL]: {
    from: [S.DRAFT, S.REQUESTED, S.RECEIVED, S.ACCEPTED, S.IN_PROGRESS, S.ON_HOLD],
    to: S.CANCELLED,
    by: [Party.DESK, Party.AGENCY],
    reasonRequired: true,
  },
  [ReferralAction.FAIL]: {
    from: [S.REQUESTED, S.ACCEPTED, S.IN_PROGRESS, S.ON_HOLD],
    to: S.FAILED,
    by: [Party.LINE, Party.AGENCY],
    reasonRequired: true,
  },
};

export interface Transition {
  readonly action: ReferralAction;
  readonly from: S;
  readonly to: S;
  readonly reason: string | null;
}

/** Whether `action` by `party` is allowed from `current`, ignoring the reason. */
export function canMove(current: S, action: ReferralAction, party: Party): boolean {
  const rule = TRANSITIONS[action];
  return rule.from.includes(current) && rule.by.includes(party);
}

/**
 * Decides a move or refuses it. The caller persists the result with a compare-and-set on `from`,
 * so a late or duplicate message can never move a referral backwards.
 */
export function decideTransition(
  current: S,
  action: ReferralAction,
  party: Party,
  reason?: string | null,
): Transition {
  const rule = TRANSITIONS[action];
  if (!rule.by.includes(party)) {
    throw new DomainException(DomainErrorCode.ILLEGAL_TRANSITION, `${party} may not ${action.toLowerCase()} a referral`, {
      currentStatus: current,
    });
  }
  if (!rule.from.includes(current)) {
    throw new DomainException(
      DomainErrorCode.ILLEGAL_TRANSITION,
      `Cannot ${action.toLowerCase()} a referral that is ${current}`,
      { currentStatus: current },
    );
  }
  const trimmed = reason?.trim() ?? '';
  if (rule.reasonRequired && trimmed.length === 0) {
    throw new DomainException(DomainErrorCode.REASON_REQUIRED, `A reason is required to ${action.toLowerCase()} a referral`, {
      currentStatus: current,
    });
  }
  return { action, from: current, to: rule.to, reason: trimmed.length > 0 ? trimmed : null };
}

/** The statuses a referral can reach in one move from `current`. */
export function nextStatuses(current: S): S[] {
  return Object.values(TRANSITIONS)
    .filter((rule) => rule.from.includes(current))
    .map((rule) => rule.to);
}
