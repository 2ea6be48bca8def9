/**
 * Privacy of small numbers (decision 0007). Every published count is rounded to a multiple of five,
 * and a count from 1 to 4 is shown as "<5": with every number rounded, no subtraction of published
 * figures, within one table or between tables, pins a suppressed cell down (rounding only the totals
 * does not: a cell of 4 beside exact cells is recovered when its total rounds up by 2). Figures derived
 * from counts (shares) are computed from the published counts, so they reveal nothing the counts do not;
 * figures from fewer than five referrals (percentiles, shares) are withheld. API, page and CSV all call
 * these functions.
 */
export const SMALL_NUMBER_THRESHOLD = 5;

export const BELOW_THRESHOLD_LABEL = '<5';

export interface PublishedCount {
  /** The rounded count; null when it is below five and shown as "<5". */
  readonly value: number | null;
  /** What a person reads: "<5", "0" or the rounded count. */
  readonly label: string;
}

export function publishCount(count: number): PublishedCount {
  if (!Number.isInteger(count) || count < 0) throw new RangeError('A count is a whole number of at least zero');
  if (count === 0) return { value: 0, label: '0' };
  if (count < SMALL_NUMBER_THRESHOLD) return { value: null, label: BELOW_THRESHOLD_LABEL };
  const value = Math.round(count / SMALL_NUMBER_THRESHOLD) * SMALL_NUMBER_THRESHOLD;
  return { value, label: String(value) };
}

/** `part` per `whole` from the published counts, three decimals; withheld when either is below five. */
export function publishRatio(part: number, whole: number): number | null {
  const shownWhole = publishCount(whole).value;
  const shownPart = publishCount(part).value;
  if (shownWhole === null || shownWhole === 0 || shownPart === null) return null;
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
