import { describe, expect, it } from '@jest/globals';
import { DomainException } from '../errors/domain-exception.js';
import { AppointmentKind, canSchedule, ContactChannel, normaliseAppointment, whatToBring } from './appointment.js';
import { REFERRAL_STATUSES, ReferralStatus } from './referral-status.js';

const now = new Date('2026-04-08T08:00:00Z');
const at = (iso: string) => new Date(iso);
const issues = (fn: () => unknown) => {
  try {
    fn();
    return [];
  } catch (error) {
    return (error as DomainException).details.fields!.map((f) => `${f.path.join('.')}: ${f.message}`);
  }
};

describe('appointments and callbacks', () => {
  it('may be set only for picked-up referrals that are still open', () => {
    expect(REFERRAL_STATUSES.filter(canSchedule)).toEqual([ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.ON_HOLD]);
  });

  it('accepts an appointment in person with a place and trims and dedupes the extra items', () => {
    const appointment = normaliseAppointment(
      { kind: AppointmentKind.APPOINTMENT, startsAt: at('2026-04-09T08:00:00Z'), channel: ContactChannel.IN_PERSON, place: ' Kantoor Utrecht ', extraItems: [' Loonstrook ', 'Loonstrook'] },
      now,
      ['input'],
    );
    expect(appointment).toEqual({ kind: AppointmentKind.APPOINTMENT, startsAt: at('2026-04-09T08:00:00Z'), endsAt: null, channel: ContactChannel.IN_PERSON, place: 'Kantoor Utrecht', extraItems: ['Loonstrook'] });
  });

  it('refuses the past, a place-less meeting, an in-person or open-ended callback and a window over 12 hours', () => {
    expect(issues(() => normaliseAppointment({ kind: AppointmentKind.APPOINTMENT, startsAt: at('2026-04-08T07:00:00Z'), channel: ContactChannel.IN_PERSON }, now, ['input']))).toEqual([
      'input.startsAt: must be in the future',
      'input.place: an appointment in person needs a place',
    ]);
    expect(issues(() => normaliseAppointment({ kind: AppointmentKind.CALLBACK, startsAt: at('2026-04-09T08:00:00Z'), channel: ContactChannel.IN_PERSON }, now, ['input']))).toEqual([
      'input.channel: a callback is by phone or video',
      'input.endsAt: a callback needs the end of its window',
    ]);
    expect(issues(() => normaliseAppointment({ kind: AppointmentKind.CALLBACK, startsAt: at('2026-04-09T08:00:00Z'), endsAt: at('2026-04-09T21:00:00Z'), channel: ContactChannel.PHONE }, now, ['input']))).toEqual([
      'input.endsAt: a callback window is at most 12 hours',
    ]);
    expect(issues(() => normaliseAppointment({ kind: AppointmentKind.CALLBACK, startsAt: at('2026-04-09T08:00:00Z'), endsAt: at('2026-04-09T07:00:00Z'), channel: ContactChannel.PHONE, extraItems: [''] }, now, ['input']))).toEqual([
      'input.endsAt: must be after the start',
      'input.extraItems.0: must be 1 to 200 characters',
    ]);
  });

  it('lists what to bring: the topic\'s items, then the extra ones, without repeats', () => {
    expect(whatToBring(['ID', 'Brief'], ['Brief', 'Loonstrook'])).toEqual(['ID', 'Brief', 'Loonstrook']);
  });
});
