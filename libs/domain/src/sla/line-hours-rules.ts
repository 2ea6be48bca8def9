import { DateTime } from 'luxon';
import type { LineHours, Weekday } from '../catalogue/line-hours.js';
import { DomainException, type FieldIssue } from '../errors/domain-exception.js';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const WEEK: readonly Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

/** Line hours a coordinator may set: a real time zone, at least one day, opening before closing. */
export function normaliseLineHours(hours: LineHours, path: readonly string[]): LineHours {
  const issues: FieldIssue[] = [];
  if (!DateTime.local().setZone(hours.timeZone).isValid) issues.push({ path: [...path, 'timeZone'], message: 'is not a known time zone' });
  const days = WEEK.filter((d) => hours.days.includes(d));
  if (days.length === 0) issues.push({ path: [...path, 'days'], message: 'at least one day is required' });
  if (hours.days.some((d) => !WEEK.includes(d))) issues.push({ path: [...path, 'days'], message: 'must be MON to SUN' });
  for (const key of ['opens', 'closes'] as const) {
    if (!HH_MM.test(hours[key])) issues.push({ path: [...path, key], message: 'must be a time as HH:MM' });
  }
  if (issues.length === 0 && hours.opens >= hours.closes) issues.push({ path: [...path, 'closes'], message: 'must be after opening time' });
  if (issues.length > 0) throw DomainException.invalidInput(issues);
  return { timeZone: hours.timeZone, days, opens: hours.opens, closes: hours.closes };
}
