import type { FieldIssue } from '../errors/domain-exception.js';
import type { BusinessCalendar } from './business-calendar.js';

/** Units an SLA target is stated in. A business day is one full opening day of the line. */
export enum DurationUnit {
  MINUTES = 'MINUTES',
  HOURS = 'HOURS',
  DAYS = 'DAYS',
}

export interface BusinessDuration {
  readonly amount: number;
  readonly unit: DurationUnit;
}

/** Upper bounds per unit: beyond these a target is a typo, not a promise. */
export const MAX_DURATION: Readonly<Record<DurationUnit, number>> = {
  [DurationUnit.MINUTES]: 600,
  [DurationUnit.HOURS]: 100,
  [DurationUnit.DAYS]: 30,
};

/**
 * Open line time of a duration. Every day of a line has the same opening hours, so N business
 * days land on the same clock time N open days later.
 */
export function businessMs(duration: BusinessDuration, calendar: BusinessCalendar): number {
  switch (duration.unit) {
    case DurationUnit.MINUTES:
      return duration.amount * 60_000;
    case DurationUnit.HOURS:
      return duration.amount * 3_600_000;
    case DurationUnit.DAYS:
      return duration.amount * calendar.dayLengthMs;
  }
}

export function durationIssues(duration: BusinessDuration, path: readonly string[]): FieldIssue[] {
  const max = MAX_DURATION[duration.unit];
  if (!Number.isInteger(duration.amount) || duration.amount < 1 || duration.amount > max) {
    return [{ path: [...path, 'amount'], message: `must be a whole number from 1 to ${max} ${duration.unit.toLowerCase()}` }];
  }
  return [];
}
