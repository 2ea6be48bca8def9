import { describe, expect, it } from '@jest/globals';
import { REFERRAL_STATUSES, ReferralStatus as S } from '../referral/referral-status.js';
import { AbandonedReferralStep as Step, abandonedReferralStep, abandonmentCutoff, isAbandoned } from './abandoned-visit.js';
import { VisitStatus } from './visit-status.js';

const DAY = 86_400_000;
const now = new Date('2026-03-31T10:00:00Z');

describe('abandoned visits', () => {
  it('counts a visit abandoned only when it is open and quiet for longer than the period', () => {
    expect(abandonmentCutoff(now, 30)).toEqual(new Date(now.getTime() - 30 * DAY));
    const quietFor = (days: number, status = VisitStatus.OPEN) => isAbandoned({ status, lastActivityAt: new Date(now.getTime() - days * DAY) }, now, 30);
    expect(quietFor(29)).toBe(false);
    expect(quietFor(30)).toBe(false);
    expect(quietFor(30.01)).toBe(true);
    expect(quietFor(400, VisitStatus.CLOSED)).toBe(false);
  });

  it('withdraws what nobody picked up, leaves picked-up referrals with the agency, and ended ones alone', () => {
    expect(REFERRAL_STATUSES.map((s) => [s, abandonedReferralStep(s)])).toEqual([
      [S.DRAFT, Step.WITHDRAW],
      [S.REQUESTED, Step.WITHDRAW],
      [S.RECEIVED, Step.WITHDRAW],
      [S.ACCEPTED, Step.KEEP_WITH_NOTE],
      [S.IN_PROGRESS, Step.KEEP_WITH_NOTE],
      [S.ON_HOLD, Step.KEEP_WITH_NOTE],
      [S.COMPLETED, Step.NONE],
      [S.REJECTED, Step.NONE],
      [S.CANCELLED, Step.NONE],
      [S.FAILED, Step.NONE],
    ]);
  });
});
