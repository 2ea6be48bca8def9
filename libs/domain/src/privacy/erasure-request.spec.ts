import { describe, expect, it } from '@jest/globals';
import { DomainErrorCode } from '../errors/domain-error-code.js';
import { DomainException } from '../errors/domain-exception.js';
import { ReferralStatus as S } from '../referral/referral-status.js';
import { referralsToWithdraw } from './erasure-request.js';

const referral = (n: number, status: S) => ({ id: `id-${n}`, reference: `LL-00000${n}`, status });

describe('erasure on request', () => {
  const referrals = [referral(1, S.COMPLETED), referral(2, S.RECEIVED), referral(3, S.IN_PROGRESS), referral(4, S.CANCELLED)];

  it('goes ahead at once when every referral has ended', () => {
    expect(referralsToWithdraw([referral(1, S.COMPLETED), referral(2, S.REJECTED)], false)).toEqual([]);
    expect(referralsToWithdraw([], false)).toEqual([]);
  });

  it('refuses with the open referrals named, until the officer says to withdraw them', () => {
    try {
      referralsToWithdraw(referrals, false);
      throw new Error('erasure was not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainException);
      const e = error as DomainException;
      expect(e.code).toBe(DomainErrorCode.ERASURE_NEEDS_WITHDRAWAL);
      expect(e.details.blockingReferrals).toEqual([
        { id: 'id-2', reference: 'LL-000002', status: S.RECEIVED },
        { id: 'id-3', reference: 'LL-000003', status: S.IN_PROGRESS },
      ]);
    }
    expect(referralsToWithdraw(referrals, true).map((r) => r.reference)).toEqual(['LL-000002', 'LL-000003']);
  });
});
