import { DomainException, type FieldIssue } from '../errors/domain-exception.js';
import { BusinessStatus } from './business-status.js';
import { isPickedUp, isTerminal, type ReferralStatus } from './referral-status.js';

/** What the agency promised the citizen: a meeting, or a call within a window. */
export enum AppointmentKind {
  APPOINTMENT = 'APPOINTMENT',
  CALLBACK = 'CALLBACK',
}

/** How the agency and the citizen will meet or talk. */
export enum ContactChannel {
  IN_PERSON = 'IN_PERSON',
  PHONE = 'PHONE',
  VIDEO = 'VIDEO',
}

export interface AppointmentRequest {
  readonly kind: AppointmentKind;
  readonly startsAt: Date;
  readonly endsAt?: Date | null;
  readonly channel: ContactChannel;
  readonly place?: string | null;
  readonly extraItems?: readonly string[] | null;
}

export interface Appointment {
  readonly kind: AppointmentKind;
  readonly startsAt: Date;
  readonly endsAt: Date | null;
  readonly channel: ContactChannel;
  readonly place: string | null;
  readonly extraItems: string[];
}

export const MAX_EXTRA_ITEMS = 10;
export const MAX_ITEM_LENGTH = 200;
const MAX_CALLBACK_WINDOW_MS = 12 * 3_600_000;
const MAX_AHEAD_MS = 366 * 24 * 3_600_000;

export const BUSINESS_STATUS_FOR: Readonly<Record<AppointmentKind, BusinessStatus>> = {
  [AppointmentKind.APPOINTMENT]: BusinessStatus.APPOINTMENT_SCHEDULED,
  [AppointmentKind.CALLBACK]: BusinessStatus.CALLBACK_SCHEDULED,
};

/** Only a referral someone picked up, and that is still open, can get an appointment. */
export function canSchedule(status: ReferralStatus): boolean {
  return isPickedUp(status) && !isTerminal(status);
}

/**
 * Checks an appointment against `now` (injected): in the future, within a year; a meeting in person
 * needs a place; a callback is by phone or video within a window of at most twelve hours.
 */
export function normaliseAppointment(request: AppointmentRequest, now: Date, path: readonly string[]): Appointment {
  const issues: FieldIssue[] = [];
  const at = (field: string, message: string) => issues.push({ path: [...path, field], message });
  const starts = request.startsAt.getTime();
  if (Number.isNaN(starts) || starts <= now.getTime()) at('startsAt', 'must be in the future');
  else if (starts - now.getTime() > MAX_AHEAD_MS) at('startsAt', 'must be within a year');
  const ends = request.endsAt ?? null;
  if (ends && ends.getTime() <= starts) at('endsAt', 'must be after the start');
  const place = request.place?.trim() || null;
  if (place && place.length > 300) at('place', 'must be at most 300 characters');
  if (request.kind === AppointmentKind.CALLBACK) {
    if (request.channel === ContactChannel.IN_PERSON) at('channel', 'a callback is by phone or video');
    if (!ends) at('endsAt', 'a callback needs the end of its window');
    else if (ends.getTime() - starts > MAX_CALLBACK_WINDOW_MS) at('endsAt', 'a callback window is at most 12 hours');
  } else if (request.channel === ContactChannel.IN_PERSON && !place) {
    at('place', 'an appointment in person needs a place');
  }
  const items = (request.extraItems ?? []).map((i) => i.trim());
  if (items.length > MAX_EXTRA_ITEMS) at('extraItems', `at most ${MAX_EXTRA_ITEMS} items`);
  items.forEach((item, i) => {
    if (item.length === 0 || item.length > MAX_ITEM_LENGTH) {
      issues.push({ path: [...path, 'extraItems', String(i)], message: `must be 1 to ${MAX_ITEM_LENGTH} characters` });
    }
  });
  if (issues.length > 0) throw DomainException.invalidInput(issues);
  return { kind: request.kind, startsAt: request.startsAt, endsAt: ends, channel: request.channel, place, extraItems: [...new Set(items)] };
}

/** The topic's list first, then the agency's own additions, without repeats. */
export function whatToBring(topicItems: readonly string[], extraItems: readonly string[]): string[] {
  return [...new Set([...topicItems, ...extraItems])];
}
