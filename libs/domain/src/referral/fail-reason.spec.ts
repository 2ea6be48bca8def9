import { describe, expect, it } from '@jest/globals';
import { DomainErrorCode } from '../errors/domain-error-code.js';
import { DomainException } from '../errors/domain-exception.js';
import { AGENCY_FAIL_REASONS, assertFailReason, FAIL_REASONS, FailReasonCode } from './fail-reason.js';
import { Party, ReferralAction } from './referral-action.js';
import { TRANSITIONS } from './referral-lifecycle.js';
import { REFERRAL_STATUSES, ReferralStatus as S } from './referral-status.js';

function refusal(code: FailReasonCode, party: Party, current: S): DomainException | null {
  try {
    assertFailReason(code, party, current, ['input', 'reasonCode']);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainException);
    return error as DomainException;
  }
}

describe('fail reasons', () => {
  it('cover exactly the FAIL row of the lifecycle table, each by a party the table allows', () => {
    const rule = TRANSITIONS[ReferralAction.FAIL];
    const covered = new Set(Object.values(FAIL_REASONS).flatMap((r) => r.from));
    expect([...covered].sort()).toEqual([...rule.from].sort());
    for (const reason of Object.values(FAIL_REASONS)) expect(rule.by).toContain(reason.by);
  });

  it('let the agency give up only on work it picked up, and the line only on a request that never arrived', () => {
    const allowed = (party: Party) =>
      Object.values(FailReasonCode).flatMap((code) => REFERRAL_STATUSES.filter((s) => refusal(code, party, s) === null).map((s) => `${code}@${s}`));
    expect(allowed(Party.AGENCY).sort()).toEqual(
      ['NO_AGENCY_CAN_HELP', 'CITIZEN_UNREACHABLE'].flatMap((code) => ['ACCEPTED', 'IN_PROGRESS', 'ON_HOLD'].map((s) => `${code}@${s}`)).sort(),
    );
    expect(allowed(Party.LINE)).toEqual(['UNDELIVERABLE@REQUESTED']);
    expect(allowed(Party.DESK)).toEqual([]);
  });

  it('answer a code that is not the party\'s as bad input on the field, and a wrong status as a conflict', () => {
    expect(refusal(FailReasonCode.UNDELIVERABLE, Party.AGENCY, S.REQUESTED)).toMatchObject({
      code: DomainErrorCode.INVALID_INPUT,
      details: { fields: [{ path: ['input', 'reasonCode'] }] },
    });
    expect(refusal(FailReasonCode.CITIZEN_UNREACHABLE, Party.AGENCY, S.RECEIVED)).toMatchObject({
      code: DomainErrorCode.ILLEGAL_TRANSITION,
      details: { currentStatus: S.RECEIVED },
    });
  });

  it('offer the agency its own codes only', () => {
    expect(AGENCY_FAIL_REASONS).toEqual([FailReasonCode.NO_AGENCY_CAN_HELP, FailReasonCode.CITIZEN_UNREACHABLE]);
  });
});
