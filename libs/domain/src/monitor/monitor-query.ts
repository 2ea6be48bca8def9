import { DateTime } from 'luxon';
import type { AgencyCode } from '../catalogue/agency-code.js';
import { DomainException } from '../errors/domain-exception.js';
import type { Urgency } from '../referral/urgency.js';
import type { Channel } from '../visit/channel.js';
import { MONITOR_TIME_ZONE } from './referral-contribution.js';

/** What a monitor table can be broken down by. */
export enum MonitorDimension {
  AGENCY = 'AGENCY',
  SERVICE_POINT = 'SERVICE_POINT',
  MUNICIPALITY = 'MUNICIPALITY',
  TOPIC = 'TOPIC',
  URGENCY = 'URGENCY',
  CHANNEL = 'CHANNEL',
}

/** Days, inclusive, as ISO dates in Dutch time. */
export interface MonitorPeriod {
  readonly from: string;
  readonly to: string;
}

/** Narrowing; an empty or missing list means all. Municipalities are resolved to their service points. */
export interface MonitorFilter {
  readonly servicePointIds?: readonly string[];
  readonly municipalities?: readonly string[];
  readonly agencyCodes?: readonly AgencyCode[];
  readonly topicIds?: readonly string[];
  readonly urgencies?: readonly Urgency[];
  readonly channels?: readonly Channel[];
}

export const DEFAULT_PERIOD_DAYS = 28;
/** Three years and a bit: the history the monitor keeps answering over. */
export const MAX_PERIOD_DAYS = 3 * 366 + 31;

/** The period asked for, or the last four weeks up to today; refused when reversed or too long. */
export function monitorPeriod(now: Date, asked?: Partial<MonitorPeriod>): MonitorPeriod {
  const today = DateTime.fromJSDate(now, { zone: MONITOR_TIME_ZONE }).startOf('day');
  const to = asked?.to ? DateTime.fromISO(asked.to, { zone: MONITOR_TIME_ZONE }) : today;
  const from = asked?.from ? DateTime.fromISO(asked.from, { zone: MONITOR_TIME_ZONE }) : to.minus({ days: DEFAULT_PERIOD_DAYS - 1 });
  const issues = [];
  if (!from.isValid) issues.push({ path: ['period', 'from'], message: 'must be a date (YYYY-MM-DD)' });
  if (!to.isValid) issues.push({ path: ['period', 'to'], message: 'must be a date (YYYY-MM-DD)' });
  if (issues.length === 0 && from > to) issues.push({ path: ['period', 'from'], message: 'must not be after to' });
  if (issues.length === 0 && to.diff(from, 'days').days + 1 > MAX_PERIOD_DAYS) issues.push({ path: ['period'], message: `must be at most ${MAX_PERIOD_DAYS} days` });
  if (issues.length > 0) throw DomainException.invalidInput(issues);
  return { from: from.toISODate()!, to: to.toISODate()! };
}
