import { describe, expect, it } from '@jest/globals';
import { AgencyCode } from '../catalogue/agency-code.js';
import { DomainErrorCode } from '../errors/domain-error-code.js';
import { DomainException } from '../errors/domain-exception.js';
import { RejectReasonCode as R, rejectionNote, rejectionReason } from './reject-reason.js';
import { REFERRAL_STATUSES, ReferralStatus as S } from './referral-status.js';
import { assertCanSendOn, canSendAgain, type RejectedReferral } from './send-on.js';

const rejected = (patch: Partial<RejectedReferral> = {}): RejectedReferral => ({
  status: S.REJECTED,
  agencyCode: AgencyCode.UWV,
  rejectReasonCode: R.INSUFFICIENT_INFORMATION,
  sentOn: false,
  ...patch,
});

function codeOf(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainException);
    return (error as DomainException).code;
  }
}

describe('sending a rejected referral on', () => {
  it('lets the desk send again to the same agency only after a rejection it can put right', () => {
    const table = Object.values(R).map((code) => [code, canSendAgain(rejected({ rejectReasonCode: code }))]);
    expect(table).toEqual([
      [R.NOT_OUR_DOMAIN, false],
      [R.NEEDS_FORMAL_REQUEST, false],
      [R.INSUFFICIENT_INFORMATION, true],
      [R.CITIZEN_NOT_KNOWN, true],
      [R.DUPLICATE, false],
    ]);
  });

  it('sends on only from REJECTED, for every status', () => {
    const allowed = REFERRAL_STATUSES.filter((status) => codeOf(() => assertCanSendOn(rejected({ status }), AgencyCode.SVB, ['input', 'agencyCode'])) === null);
    expect(allowed).toEqual([S.REJECTED]);
    expect(codeOf(() => assertCanSendOn(rejected({ status: S.RECEIVED }), AgencyCode.UWV, ['x']))).toBe(DomainErrorCode.ILLEGAL_TRANSITION);
  });

  it('sends on once: a second re-route or resend is an illegal move', () => {
    expect(canSendAgain(rejected({ sentOn: true }))).toBe(false);
    expect(codeOf(() => assertCanSendOn(rejected({ sentOn: true }), AgencyCode.SVB, ['x']))).toBe(DomainErrorCode.ILLEGAL_TRANSITION);
    expect(codeOf(() => assertCanSendOn(rejected({ sentOn: true }), AgencyCode.UWV, ['x']))).toBe(DomainErrorCode.ILLEGAL_TRANSITION);
  });

  it('re-routes to another agency after any rejection, and refuses the same agency after "not ours" naming the field', () => {
    expect(codeOf(() => assertCanSendOn(rejected({ rejectReasonCode: R.NOT_OUR_DOMAIN }), AgencyCode.SVB, ['x']))).toBeNull();
    expect(codeOf(() => assertCanSendOn(rejected(), AgencyCode.UWV, ['x']))).toBeNull();
    try {
      assertCanSendOn(rejected({ rejectReasonCode: R.NOT_OUR_DOMAIN }), AgencyCode.UWV, ['input', 'agencyCode']);
      throw new Error('not refused');
    } catch (error) {
      const e = error as DomainException;
      expect(e.code).toBe(DomainErrorCode.INVALID_INPUT);
      expect(e.details.fields?.map((f) => f.path)).toEqual([['input', 'agencyCode']]);
    }
  });
});

describe('the rejection reason on the timeline', () => {
  it('carries the code and the explanation, and gives the explanation back', () => {
    expect(rejectionReason(R.INSUFFICIENT_INFORMATION, '  Graag toestemming voor het telefoonnummer. ')).toBe(
      'INSUFFICIENT_INFORMATION: Graag toestemming voor het telefoonnummer.',
    );
    expect(rejectionReason(R.DUPLICATE, '  ')).toBe('DUPLICATE');
    expect(rejectionNote('INSUFFICIENT_INFORMATION: Graag toestemming voor het telefoonnummer.', R.INSUFFICIENT_INFORMATION)).toBe(
      'Graag toestemming voor het telefoonnummer.',
    );
    expect(rejectionNote('DUPLICATE', R.DUPLICATE)).toBeNull();
    expect(rejectionNote(null, R.DUPLICATE)).toBeNull();
  });
});
