import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DomainErrorCode } from '../errors/domain-error-code.js';
import { DomainException } from '../errors/domain-exception.js';
import { Party, ReferralAction } from './referral-action.js';
import { decideTransition, nextStatuses } from './referral-lifecycle.js';
import { isTerminal, REFERRAL_STATUSES, ReferralStatus } from './referral-status.js';

// The allowed moves exactly as docs/architecture.md lists them, written out independently of the table.
const DOCUMENTED_MOVES = new Set([
  'DRAFT>REQUESTED', 'DRAFT>CANCELLED',
  'REQUESTED>RECEIVED', 'REQUESTED>CANCELLED', 'REQUESTED>FAILED',
  'RECEIVED>ACCEPTED', 'RECEIVED>REJECTED', 'RECEIVED>CANCELLED',
  'ACCEPTED>IN_PROGRESS', 'ACCEPTED>ON_HOLD', 'ACCEPTED>COMPLETED', 'ACCEPTED>FAILED', 'ACCEPTED>CANCELLED',
  'IN_PROGRESS>ON_HOLD', 'ON_HOLD>IN_PROGRESS',
  'IN_PROGRESS>COMPLETED', 'IN_PROGRESS>FAILED', 'IN_PROGRESS>CANCELLED',
  'ON_HOLD>COMPLETED', 'ON_HOLD>FAILED', 'ON_HOLD>CANCELLED',
]);
const NEEDS_REASON = new Set([ReferralStatus.REJECTED, ReferralStatus.ON_HOLD, ReferralStatus.CANCELLED, ReferralStatus.FAILED, ReferralStatus.COMPLETED]);
const ACTIONS = Object.values(ReferralAction);
const PARTIES = Object.values(Party);

function attempt(from: ReferralStatus, action: ReferralAction, party: Party, reason: string | null) {
  try {
    return decideTransition(from, action, party, reason);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainException);
    return error as DomainException;
  }
}

describe('referral lifecycle', () => {
  it('allows exactly the moves of docs/architecture.md, for some party, and nothing else', () => {
    const reachable = new Set<string>();
    for (const from of REFERRAL_STATUSES) {
      for (const action of ACTIONS) {
        for (const party of PARTIES) {
          const result = attempt(from, action, party, 'reden');
          if (!(result instanceof DomainException)) {
            reachable.add(`${from}>${result.to}`);
            expect(DOCUMENTED_MOVES.has(`${from}>${result.to}`)).toBe(true);
          } else {
            expect(result.code).toBe(DomainErrorCode.ILLEGAL_TRANSITION);
            expect(result.details.currentStatus).toBe(from);
          }
        }
      }
    }
    expect([...reachable].sort()).toEqual([...DOCUMENTED_MOVES].sort());
  });

  it('lets nothing leave a terminal status', () => {
    for (const from of REFERRAL_STATUSES.filter(isTerminal)) {
      expect(nextStatuses(from)).toEqual([]);
      for (const action of ACTIONS) for (const party of PARTIES) expect(attempt(from, action, party, 'x')).toBeInstanceOf(DomainException);
    }
  });

  it('gives each move to the right party', () => {
    expect(() => decideTransition(ReferralStatus.DRAFT, ReferralAction.SUBMIT, Party.AGENCY)).toThrow(/AGENCY may not submit/);
    expect(() => decideTransition(ReferralStatus.RECEIVED, ReferralAction.ACCEPT, Party.DESK)).toThrow(/DESK may not accept/);
    expect(decideTransition(ReferralStatus.REQUESTED, ReferralAction.RECEIVE, Party.LINE).to).toBe(ReferralStatus.RECEIVED);
    expect(decideTransition(ReferralStatus.RECEIVED, ReferralAction.CANCEL, Party.DESK, 'burger geholpen').to).toBe(ReferralStatus.CANCELLED);
  });

  it('requires a non-blank reason for every move into a status that must explain itself', () => {
    for (const from of REFERRAL_STATUSES) {
      for (const action of ACTIONS) {
        for (const party of PARTIES) {
          const withReason = attempt(from, action, party, 'reden');
          if (withReason instanceof DomainException) continue;
          const blank = attempt(from, action, party, '   ');
          if (NEEDS_REASON.has(withReason.to)) {
            expect(blank).toBeInstanceOf(DomainException);
            expect((blank as DomainException).code).toBe(DomainErrorCode.REASON_REQUIRED);
          } else {
            expect(blank).not.toBeInstanceOf(DomainException);
          }
        }
      }
    }
  });

  it('trims the reason and stores none when blank', () => {
    expect(decideTransition(ReferralStatus.RECEIVED, ReferralAction.REJECT, Party.AGENCY, '  NOT_OUR_DOMAIN ').reason).toBe('NOT_OUR_DOMAIN');
    expect(decideTransition(ReferralStatus.RECEIVED, ReferralAction.ACCEPT, Party.AGENCY, ' ').reason).toBeNull();
  });

  it('never leaves a terminal status nor skips a required reason, whatever the sequence of moves', () => {
    const move = fc.record({
      action: fc.constantFrom(...ACTIONS),
      party: fc.constantFrom(...PARTIES),
      reason: fc.oneof(fc.constant(null), fc.constant(''), fc.constant('  '), fc.string({ maxLength: 8 })),
    });
    fc.assert(
      fc.property(fc.array(move, { maxLength: 40 }), (moves) => {
        let status = ReferralStatus.DRAFT;
        for (const m of moves) {
          const result = attempt(status, m.action, m.party, m.reason);
          if (result instanceof DomainException) continue;
          expect(isTerminal(status)).toBe(false);
          expect(DOCUMENTED_MOVES.has(`${status}>${result.to}`)).toBe(true);
          if (NEEDS_REASON.has(result.to)) expect((m.reason ?? '').trim().length).toBeGreaterThan(0);
          status = result.to;
        }
      }),
      { numRuns: 2000 },
    );
  });
});
