import { percentileFromBuckets } from './duration-buckets.js';
import { publishCount, type PublishedCount, publishMeasure, publishRatio, publishShare } from './small-numbers.js';

/** Exact counts of a set of rollup cells; they never leave the hub unpublished. */
export interface MonitorCounts {
  readonly submitted: number;
  readonly received: number;
  readonly receivedInTime: number;
  readonly accepted: number;
  readonly acceptedInTime: number;
  readonly rejected: number;
  readonly cancelled: number;
  readonly failed: number;
  readonly rerouted: number;
  readonly visits: number;
}

export const DURATION_HISTOGRAMS = ['receiveWall', 'receiveBusiness', 'acceptWall', 'acceptBusiness'] as const;
export type DurationHistogram = (typeof DURATION_HISTOGRAMS)[number];

export interface MonitorSums {
  readonly counts: MonitorCounts;
  readonly histograms: Readonly<Record<DurationHistogram, readonly number[]>>;
}

export enum DurationMeasure {
  RECEIVE = 'RECEIVE',
  ACCEPT = 'ACCEPT',
}

export enum DurationClock {
  WALL = 'WALL',
  BUSINESS = 'BUSINESS',
}

const HISTOGRAM_OF: Readonly<Record<DurationHistogram, { measure: DurationMeasure; clock: DurationClock }>> = {
  receiveWall: { measure: DurationMeasure.RECEIVE, clock: DurationClock.WALL },
  receiveBusiness: { measure: DurationMeasure.RECEIVE, clock: DurationClock.BUSINESS },
  acceptWall: { measure: DurationMeasure.ACCEPT, clock: DurationClock.WALL },
  acceptBusiness: { measure: DurationMeasure.ACCEPT, clock: DurationClock.BUSINESS },
};

export interface PublishedDuration {
  readonly measure: DurationMeasure;
  readonly clock: DurationClock;
  /** Seconds, whole; null when withheld (fewer than five referrals) or none. */
  readonly medianSeconds: number | null;
  readonly p90Seconds: number | null;
  readonly basedOn: PublishedCount;
}

/** What the monitor shows of a set of cells: only published counts and figures derived from them. */
export interface PublishedFigures {
  readonly referrals: PublishedCount;
  readonly received: PublishedCount;
  readonly accepted: PublishedCount;
  /** Of the referrals submitted, the share received / accepted within its deadline. */
  readonly receivedInTimeShare: number | null;
  readonly acceptedInTimeShare: number | null;
  readonly rejected: PublishedCount;
  readonly cancelled: PublishedCount;
  readonly failed: PublishedCount;
  readonly rerouted: PublishedCount;
  readonly visits: PublishedCount;
  readonly referralsPerVisit: number | null;
  readonly durations: readonly PublishedDuration[];
}

function publishDuration(histogram: DurationHistogram, counts: readonly number[]): PublishedDuration {
  const basedOn = counts.reduce((sum, n) => sum + n, 0);
  const seconds = (q: number) => {
    const value = publishMeasure(percentileFromBuckets(counts, q), basedOn);
    return value === null ? null : Math.round(value);
  };
  return { ...HISTOGRAM_OF[histogram], medianSeconds: seconds(0.5), p90Seconds: seconds(0.9), basedOn: publishCount(basedOn) };
}

export function publishFigures(sums: MonitorSums): PublishedFigures {
  const c = sums.counts;
  return {
    referrals: publishCount(c.submitted),
    received: publishCount(c.received),
    accepted: publishCount(c.accepted),
    receivedInTimeShare: publishShare(c.receivedInTime, c.submitted),
    acceptedInTimeShare: publishShare(c.acceptedInTime, c.submitted),
    rejected: publishCount(c.rejected),
    cancelled: publishCount(c.cancelled),
    failed: publishCount(c.failed),
    rerouted: publishCount(c.rerouted),
    visits: publishCount(c.visits),
    referralsPerVisit: publishRatio(c.submitted, c.visits),
    durations: DURATION_HISTOGRAMS.map((h) => publishDuration(h, sums.histograms[h])),
  };
}
