import { DateTime } from 'luxon';
import type { MonitorPeriod } from './monitor-query.js';

/** A period as whole calendar months and the days around them; both inclusive, ISO dates. */
export interface MonitorPeriodParts {
  /** First days of the first and the last whole month, or null when the period holds no whole month. */
  readonly months: MonitorPeriod | null;
  /** The days before the first and after the last whole month (all of the period when there is none). */
  readonly days: readonly MonitorPeriod[];
}

/**
 * Splits a period for the rollups (decision 0008, "Months for long periods"): a long period reads one
 * month cell per whole month and day cells only for its edges. Plain calendar dates: no time zone.
 */
export function monitorPeriodParts(period: MonitorPeriod): MonitorPeriodParts {
  const from = DateTime.fromISO(period.from, { zone: 'utc' });
  const to = DateTime.fromISO(period.to, { zone: 'utc' });
  const firstWhole = from.day === 1 ? from : from.plus({ months: 1 }).startOf('month');
  const afterWhole = to.plus({ days: 1 }).startOf('month');
  if (firstWhole >= afterWhole) return { months: null, days: [period] };
  const iso = (d: DateTime) => d.toISODate()!;
  const days: MonitorPeriod[] = [];
  if (from < firstWhole) days.push({ from: period.from, to: iso(firstWhole.minus({ days: 1 })) });
  if (afterWhole <= to) days.push({ from: iso(afterWhole), to: period.to });
  return { months: { from: iso(firstWhole), to: iso(afterWhole.minus({ months: 1 })) }, days };
}
