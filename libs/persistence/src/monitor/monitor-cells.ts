import { DURATION_BUCKET_COUNT, type DurationHistogram, type MonitorCounts } from '#domain';

/** The columns that name a rollup cell, in key order. */
export const CELL_KEY_COLUMNS = ['day', 'service_point_id', 'agency_code', 'topic_id', 'urgency', 'channel'] as const;

export const CELL_KEY = CELL_KEY_COLUMNS.join(', ');

/** Histogram column prefixes in monitor_day, each also the fact column that holds the referral's bucket. */
export const HISTOGRAMS: Readonly<Record<DurationHistogram, string>> = {
  receiveWall: 'rw',
  receiveBusiness: 'rb',
  acceptWall: 'aw',
  acceptBusiness: 'ab',
};

export type Histogram = DurationHistogram;

export const HISTOGRAM_NAMES = Object.keys(HISTOGRAMS) as Histogram[];

export function bucketColumn(histogram: Histogram, bucket: number): string {
  return `${HISTOGRAMS[histogram]}_${String(bucket).padStart(2, '0')}`;
}

export function bucketColumns(histogram: Histogram): string[] {
  return Array.from({ length: DURATION_BUCKET_COUNT }, (_, i) => bucketColumn(histogram, i));
}

/** Count columns of monitor_day and how a cell's value is counted from its facts. */
export const COUNT_COLUMNS = {
  submitted: 'count(*)',
  received: 'count(*) FILTER (WHERE received)',
  received_in_time: 'count(*) FILTER (WHERE received_in_time)',
  accepted: 'count(*) FILTER (WHERE accepted)',
  accepted_in_time: 'count(*) FILTER (WHERE accepted_in_time)',
  rejected: `count(*) FILTER (WHERE outcome = 'REJECTED')`,
  cancelled: `count(*) FILTER (WHERE outcome = 'CANCELLED')`,
  failed: `count(*) FILTER (WHERE outcome = 'FAILED')`,
  rerouted: 'count(*) FILTER (WHERE rerouted_from_agency IS NOT NULL)',
  visits: 'count(*) FILTER (WHERE first_of_visit)',
} as const;

export type CountColumn = keyof typeof COUNT_COLUMNS;

/** The domain's name of each count column. */
export const COUNT_NAMES: Readonly<Record<CountColumn, keyof MonitorCounts>> = {
  submitted: 'submitted',
  received: 'received',
  received_in_time: 'receivedInTime',
  accepted: 'accepted',
  accepted_in_time: 'acceptedInTime',
  rejected: 'rejected',
  cancelled: 'cancelled',
  failed: 'failed',
  rerouted: 'rerouted',
  visits: 'visits',
};

export const COUNT_COLUMN_NAMES = Object.keys(COUNT_COLUMNS) as CountColumn[];

/** Every value column of monitor_day with the aggregate over monitor_referral_fact that fills it. */
export function cellAggregates(): { column: string; aggregate: string }[] {
  const counts = COUNT_COLUMN_NAMES.map((column) => ({ column, aggregate: COUNT_COLUMNS[column] }));
  const buckets = HISTOGRAM_NAMES.flatMap((histogram) =>
    bucketColumns(histogram).map((column, i) => ({ column, aggregate: `count(*) FILTER (WHERE ${HISTOGRAMS[histogram]} = ${i})` })),
  );
  return [...counts, ...buckets];
}

export type Dimension = 'service_point_id' | 'agency_code' | 'topic_id' | 'urgency' | 'channel';

/** What a rollup row holds for a dimension its grouping does not keep: "all". */
export const ALL: Readonly<Record<Dimension, string>> = {
  service_point_id: `'00000000-0000-0000-0000-000000000000'::uuid`,
  agency_code: `'*'`,
  topic_id: `'00000000-0000-0000-0000-000000000000'::uuid`,
  urgency: `'*'`,
  channel: `'*'`,
};

export interface Grouping {
  readonly id: number;
  readonly dimensions: readonly Dimension[];
}

/**
 * The groupings every cell is kept at, smallest first (rows a day: 1, 8, under 72, under 60, 44+, a few
 * hundred, thousands); the last keeps every dimension. A query reads the first that keeps every dimension
 * it filters or breaks down by. Ids are stored in the rows, so a new grouping takes the next free id.
 */
export const GROUPINGS: readonly Grouping[] = [
  { id: 0, dimensions: [] },
  { id: 6, dimensions: ['agency_code'] },
  { id: 1, dimensions: ['agency_code', 'urgency', 'channel'] },
  { id: 2, dimensions: ['agency_code', 'topic_id'] },
  { id: 3, dimensions: ['service_point_id'] },
  { id: 4, dimensions: ['service_point_id', 'agency_code'] },
  { id: 5, dimensions: ['service_point_id', 'agency_code', 'topic_id', 'urgency', 'channel'] },
];

export const DIMENSIONS: readonly Dimension[] = ['service_point_id', 'agency_code', 'topic_id', 'urgency', 'channel'];

/** The smallest grouping that keeps all of `needed`. */
export function groupingFor(needed: ReadonlySet<Dimension>): Grouping {
  return GROUPINGS.find((g) => [...needed].every((d) => g.dimensions.includes(d)))!;
}
