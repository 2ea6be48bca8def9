import { DomainErrorCode } from '../errors/domain-error-code.js';
import { DomainException } from '../errors/domain-exception.js';
import { Party } from './referral-action.js';
import { ReferralStatus as S } from './referral-status.js';

/** Coded reasons a referral fails for: it was taken on, or sent, and could not end well. */
export enum FailReasonCode {
  /** The agency picked it up but cannot help, and no other agency can: re-routing would not help either. */
  NO_AGENCY_CAN_HELP = 'NO_AGENCY_CAN_HELP',
  /** The agency picked it up but could not reach the citizen in the agreed attempts. */
  CITIZEN_UNREACHABLE = 'CITIZEN_UNREACHABLE',
  /** The line gave up delivering the request to the agency's system: the agency never had it. */
  UNDELIVERABLE = 'UNDELIVERABLE',
}

export interface FailReasonRule {
  /** Who may fail with this reason. */
  readonly by: Party;
  /** Where it applies: a subset of the lifecycle table's FAIL row. */
  readonly from: readonly S[];
}

const PICKED_UP = [S.ACCEPTED, S.IN_PROGRESS, S.ON_HOLD] as const;

/**
 * Who fails a referral, and from where. The agency gives up only on work it accepted (before that
 * it rejects, and the desk re-routes); the line gives up only on a request that never arrived.
 */
export const FAIL_REASONS: Readonly<Record<FailReasonCode, FailReasonRule>> = {
  [FailReasonCode.NO_AGENCY_CAN_HELP]: { by: Party.AGENCY, from: PICKED_UP },
  [FailReasonCode.CITIZEN_UNREACHABLE]: { by: Party.AGENCY, from: PICKED_UP },
  [FailReasonCode.UNDELIVERABLE]: { by: Party.LINE, from: [S.REQUESTED] },
};

/** The codes an agency's staff choose from, in the order their screen offers them. */
export const AGENCY_FAIL_REASONS: readonly FailReasonCode[] = Object.values(FailReasonCode).filter((code) => FAIL_REASONS[code].by === Party.AGENCY);

/** Refuses a reason that is not the party's, or does not fit the referral's current status. */
export function assertFailReason(code: FailReasonCode, party: Party, current: S, path: readonly string[]): void {
  const rule = FAIL_REASONS[code];
  if (rule.by !== party) throw DomainException.invalidInput([{ path: [...path], message: 'is not a reason you may fail a referral with' }]);
  if (!rule.from.includes(current)) {
    throw new DomainException(DomainErrorCode.ILLEGAL_TRANSITION, `Cannot fail a referral that is ${current} as ${code}`, { currentStatus: current });
  }
}
