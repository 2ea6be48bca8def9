import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { isValidBsn } from './bsn.js';
import { syntheticBsn } from './synthetic-bsn.js';

describe('isValidBsn', () => {
  it('accepts numbers that pass the elfproef', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
  });

  it('rejects wrong checksums, lengths, characters and all zeros', () => {
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
    expect(isValidBsn('12345678a')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
  });

  it('accepts every synthetic BSN and rejects it after changing one digit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 8 }), (seed, position) => {
        const bsn = syntheticBsn(seed);
        expect(isValidBsn(bsn)).toBe(true);
        const digit = (Number(bsn[position]) + 1) % 10;
        expect(isValidBsn(bsn.slice(0, position) + digit + bsn.slice(position + 1))).toBe(false);
      }),
    );
  });
});
