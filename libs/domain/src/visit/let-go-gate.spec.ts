import { describe, expect, it } from '@jest/globals';
import { DomainErrorCode } from '../errors/domain-error-code.js';
import { DomainException } from '../errors/domain-exception.js';
import { REFERRAL_STATUSES, ReferralStatus as S } from '../referral/referral-status.js';
import { assertCanLetGo, letGoBlockers, LetGoMissing, missingForLetGo } from './let-go-gate.js';

const referral = (status: S, scheduled: boolean, n = 1) => ({ id: `id-${n}`, reference: `LL-00000${n}`, status, scheduled });

describe('the let-go gate', () => {
  it('lets go only of picked-up and scheduled referrals, or ended ones, for every status', () => {
    const passes = (status: S, scheduled: boolean) => letGoBlockers([referral(status, scheduled)]).length === 0;
    const table = REFERRAL_STATUSES.map((s) => [s, passes(s, false), passes(s, true)]);
    expect(table).toEqual([
      [S.DRAFT, false, false],
      [S.REQUESTED, false, false],
      [S.RECEIVED, false, false],
      [S.ACCEPTED, false, true],
      [S.IN_PROGRESS, false, true],
      [S.ON_HOLD, false, true],
      [S.COMPLETED, true, true],
      [S.REJECTED, true, true],
      [S.CANCELLED, true, true],
      [S.FAILED, true, true],
    ]);
  });

  it('names every blocking referral in a CONFLICT-coded refusal, and passes a visit without referrals', () => {
    expect(() => assertCanLetGo([])).not.toThrow();
    const referrals = [referral(S.ACCEPTED, true, 1), referral(S.RECEIVED, false, 2), referral(S.ACCEPTED, false, 3), referral(S.REJECTED, false, 4)];
    try {
      assertCanLetGo(referrals);
      throw new Error('gate did not close');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainException);
      const e = error as DomainException;
      expect(e.code).toBe(DomainErrorCode.LET_GO_BLOCKED);
      expect(e.details.blockingReferrals).toEqual([
        { id: 'id-2', reference: 'LL-000002', status: S.RECEIVED, missing: LetGoMissing.PICKUP },
        { id: 'id-3', reference: 'LL-000003', status: S.ACCEPTED, missing: LetGoMissing.APPOINTMENT },
      ]);
      expect(e.message).toContain('LL-000002, LL-000003');
    }
  });

  it('says per referral what is still missing: a pickup first, then an appointment or callback', () => {
    const table = REFERRAL_STATUSES.map((s) => [s, missingForLetGo({ status: s, scheduled: false }), missingForLetGo({ status: s, scheduled: true })]);
    expect(table).toEqual([
      [S.DRAFT, LetGoMissing.PICKUP, LetGoMissing.PICKUP],
      [S.REQUESTED, LetGoMissing.PICKUP, LetGoMissing.PICKUP],
      [S.RECEIVED, LetGoMissing.PICKUP, LetGoMissing.PICKUP],
      [S.ACCEPTED, LetGoMissing.APPOINTMENT, null],
      [S.IN_PROGRESS, LetGoMissing.APPOINTMENT, null],
      [S.ON_HOLD, LetGoMissing.APPOINTMENT, null],
      [S.COMPLETED, null, null],
      [S.REJECTED, null, null],
      [S.CANCELLED, null, null],
      [S.FAILED, null, null],
    ]);
  });

  it('takes the status as the web app carries it, a plain string', () => {
    expect(letGoBlockers([{ id: 'a', reference: 'LL-000009', status: 'RECEIVED', scheduled: false }])).toEqual([
      { id: 'a', reference: 'LL-000009', status: 'RECEIVED', missing: LetGoMissing.PICKUP },
    ]);
  });
});
