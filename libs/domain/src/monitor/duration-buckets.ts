/**
 * Fixed histogram buckets for durations (decision 0008): a rollup cell keeps one counter per bucket,
 * so cells add up exactly and a percentile over any period and filter is read from the summed counts.
 * Upper bounds in seconds; the last bucket is open-ended. Log-like spacing keeps the error of an
 * interpolated percentile within its bucket, which is small for LIVE (minutes) and REGULAR (days) alike.
 */
export const DURATION_BUCKET_UPPER_SECONDS: readonly number[] = [
  60, 120, 300, 600, 900, 1_800, 3_600, 7_200, 14_400, 28_800, 86_400, 172_800, 259_200, 432_000, 604_800, 1_209_600, 2_592_000,
];

/** Buckets per histogram: one per upper bound plus the open-ended last one. */
export const DURATION_BUCKET_COUNT = DURATION_BUCKET_UPPER_SECONDS.length + 1;

/** The bucket a duration falls in: bucket i holds (upper[i-1], upper[i]]. */
export function durationBucket(seconds: number): number {
  const index = DURATION_BUCKET_UPPER_SECONDS.findIndex((upper) => seconds <= upper);
  return index === -1 ? DURATION_BUCKET_UPPER_SECONDS.length : index;
}

/**
 * The q-quantile (0 < q <= 1) read from bucket counts, interpolated linearly inside its bucket.
 * In the open-ended last bucket it answers that bucket's lower bound: "at least this long".
 * Null for an empty histogram.
 */
export function percentileFromBuckets(counts: readonly number[], q: number): number | null {
  const total = counts.reduce((sum, n) => sum + n, 0);
  if (total === 0) return null;
  const rank = q * total;
  let below = 0;
  for (let i = 0; i < counts.length; i++) {
    const n = counts[i]!;
    if (n > 0 && below + n >= rank) {
      const lower = i === 0 ? 0 : DURATION_BUCKET_UPPER_SECONDS[i - 1]!;
      const upper = DURATION_BUCKET_UPPER_SECONDS[i];
      if (upper === undefined) return lower;
      return lower + ((rank - below) / n) * (upper - lower);
    }
    below += n;
  }
  return DURATION_BUCKET_UPPER_SECONDS[DURATION_BUCKET_UPPER_SECONDS.length - 1]!;
}
