import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DURATION_BUCKET_COUNT, DURATION_BUCKET_UPPER_SECONDS, durationBucket, percentileFromBuckets } from './duration-buckets.js';

function histogram(seconds: readonly number[]): number[] {
  const counts = new Array<number>(DURATION_BUCKET_COUNT).fill(0);
  for (const s of seconds) counts[durationBucket(s)]!++;
  return counts;
}

describe('duration buckets', () => {
  it('put a duration in the bucket whose bounds hold it', () => {
    expect(durationBucket(0)).toBe(0);
    expect(durationBucket(60)).toBe(0);
    expect(durationBucket(61)).toBe(1);
    expect(durationBucket(10 * 86_400)).toBe(15);
    expect(durationBucket(7 * 86_400)).toBe(14);
    expect(durationBucket(365 * 86_400)).toBe(DURATION_BUCKET_COUNT - 1);
  });

  it('read a percentile within the bucket of the exact one', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 * 86_400 }), { minLength: 1, maxLength: 200 }), fc.constantFrom(0.5, 0.9), (seconds, q) => {
        const sorted = [...seconds].sort((a, b) => a - b);
        const exact = sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
        const estimate = percentileFromBuckets(histogram(seconds), q)!;
        const bucket = durationBucket(exact);
        const lower = bucket === 0 ? 0 : DURATION_BUCKET_UPPER_SECONDS[bucket - 1]!;
        const upper = DURATION_BUCKET_UPPER_SECONDS[bucket] ?? lower;
        expect(estimate).toBeGreaterThanOrEqual(lower);
        expect(estimate).toBeLessThanOrEqual(upper);
      }),
    );
  });

  it('answer nothing for an empty histogram', () => {
    expect(percentileFromBuckets(new Array<number>(DURATION_BUCKET_COUNT).fill(0), 0.5)).toBeNull();
  });
});
