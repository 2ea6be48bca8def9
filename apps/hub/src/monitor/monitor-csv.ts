import { DURATION_HISTOGRAMS, type PublishedCount, type PublishedFigures } from '#domain';

/** A cell as CSV: quoted when it holds a separator, a quote or a line break; a leading formula sign is neutralised. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@]/.test(text) && !/^-?\d/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: readonly (string | number | null)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

const label = (count: PublishedCount) => count.label;

/** The header of a table of figures; durations are labelled with their measure and clock. */
export const FIGURES_HEADER = [
  'key',
  'label',
  'referrals',
  'received',
  'accepted',
  'receivedInTimeShare',
  'acceptedInTimeShare',
  'rejected',
  'cancelled',
  'failed',
  'rerouted',
  'visits',
  'referralsPerVisit',
  ...DURATION_HISTOGRAMS.flatMap((h) => [`${h}MedianSeconds`, `${h}P90Seconds`]),
];

/** One row of figures: only the published values (decision 0008), as the API gives them. */
export function figuresRow(key: string, rowLabel: string, f: PublishedFigures): (string | number | null)[] {
  return [
    key,
    rowLabel,
    label(f.referrals),
    label(f.received),
    label(f.accepted),
    f.receivedInTimeShare,
    f.acceptedInTimeShare,
    label(f.rejected),
    label(f.cancelled),
    label(f.failed),
    label(f.rerouted),
    label(f.visits),
    f.referralsPerVisit,
    ...f.durations.flatMap((d) => [d.medianSeconds, d.p90Seconds]),
  ];
}
