import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { retryAfterMs, webhookBackoffMs } from './webhook-backoff.js';

describe('webhookBackoffMs', () => {
  it('doubles per attempt between half and all of the ceiling, and never passes the cap', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, r) => {
        const ceiling = Math.min(4 * 3_600_000, 60_000 * 2 ** (attempt - 1));
        const delay = webhookBackoffMs(attempt, 60_000, 4 * 3_600_000, () => r);
        expect(delay).toBeGreaterThanOrEqual(Math.floor(ceiling / 2));
        expect(delay).toBeLessThanOrEqual(ceiling);
      }),
    );
  });

  it('spreads ten attempts over hours with the default base', () => {
    const total = (r: number) => Array.from({ length: 9 }, (_, i) => webhookBackoffMs(i + 1, 60_000, 4 * 3_600_000, () => r)).reduce((a, b) => a + b);
    expect(total(0)).toBeGreaterThan(4 * 3_600_000);
    expect(total(0.999)).toBeLessThan(9 * 3_600_000);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-11-27T10:00:00Z');
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs('Fri, 27 Nov 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Fri, 27 Nov 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs(null, now)).toBeNull();
    expect(retryAfterMs('soon', now)).toBeNull();
  });
});
