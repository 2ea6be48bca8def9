import { describe, expect, it } from '@jest/globals';
import { DomainException } from '../errors/domain-exception.js';
import { normaliseReference } from './referral-reference.js';

describe('a referral reference as typed at the desk', () => {
  it.each([
    ['LL-001001', 'LL-001001'],
    ['ll-001001', 'LL-001001'],
    [' LL 001001 ', 'LL-001001'],
    ['LL1001', 'LL-001001'],
    ['1001', 'LL-001001'],
    ['001001', 'LL-001001'],
  ])('reads %p as %p', (typed, expected) => {
    expect(normaliseReference(typed, ['reference'])).toBe(expected);
  });

  it.each(['', 'LL-', 'AB-001001', 'LL-1234567', 'LL-00x001'])('refuses %p, naming the field', (typed) => {
    try {
      normaliseReference(typed, ['reference']);
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainException);
      expect((error as DomainException).details.fields).toEqual([{ path: ['reference'], message: 'is not a referral reference (LL-000000)' }]);
    }
  });
});
