import { describe, expect, it } from '@jest/globals';
import { isPickupOverdue } from './pickup-watch';

describe('isPickupOverdue', () => {
  it('alerts on a LIVE referral from five minutes, a CALLBACK one from four hours', () => {
    expect(isPickupOverdue('LIVE', 299)).toBe(false);
    expect(isPickupOverdue('LIVE', 300)).toBe(true);
    expect(isPickupOverdue('CALLBACK', 4 * 3600 - 1)).toBe(false);
    expect(isPickupOverdue('CALLBACK', 4 * 3600)).toBe(true);
  });

  it('never alerts on a REGULAR referral, whose deadline counts in business days', () => {
    expect(isPickupOverdue('REGULAR', 30 * 24 * 3600)).toBe(false);
  });
});
