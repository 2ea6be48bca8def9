/**
 * Privacy of small numbers (decision 0008). A count below five (zero included) is shown as "<5"; every
 * other count, totals and cells alike, is rounded to a multiple of ten. Rounding only the totals to five
 * leaks (a cell of 4 beside exact cells is recovered when its total rounds up by 2), and so does rounding
 * every count to five (two "<5" cells under a total of 10 must both be 4); the unit test searches every
 * small table exhaustively for a cell that only one value fits. Shares and ratios are computed from the
 * published counts, so they reveal nothing the counts do not; figures from fewer than five referrals
 * (percentiles, shares) are withheld. API, page and CSV all call these functions.
 */
export const SMALL_NUMBER_THRESHOLD = 5;
export const ROUNDING_BASE = 10;

export const BELOW_THRESHOLD_LABEL = '<5';

export interface PublishedCount {
  /** The rounded count; null when it is below five and shown as "<5". */
  readonly value: number | null;
  /** What a person reads: "<5" or the rounded count. */
  readonly label: string;
}

export function publishCount(count: number): PublishedCount {
  if (!Number.isInteger(count) || count < 0) throw new RangeError('A count is a whole number of at least zero');
  if (count < SMALL_NUMBER_THRESHOLD) return { value: null, label: BELOW_THRESHOLD_LABEL };
  const value = Math.round(count / ROUNDING_BASE) * ROUNDING_BASE;
  return { value, label: String(value) };
}

/** `part` per `whole` from the published counts, three decimals; withheld when either is below five. */
export function publishRatio(part: number, whole: number): number | null {
  const shownWhole = publishCount(whole).value;
  const shownPart = publishCount(part).value;
  if (shownWhole === null || shownPart === null) return null;
  return Math.round((shownPart / shownWhole) * 1000) / 1000;
}

/** A share (0-1) of `part` in `whole`, as publishRatio; rounding cannot push it above one. */
export function publishShare(part: number, whole: number): number | null {
  const ratio = publishRatio(part, whole);
  return ratio === null ? null : Math.min(1, ratio);
}

/** A figure measured over `basedOn` referrals (a percentile): withheld under five. */
export function publishMeasure(value: number | null, basedOn: number): number | null {
  return basedOn < SMALL_NUMBER_THRESHOLD ? null : value;
}
