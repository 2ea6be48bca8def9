import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { DEFAULT_LINE_HOURS } from '../catalogue/line-hours.js';
import { DomainException } from '../errors/domain-exception.js';
import { ReferralAction } from '../referral/referral-action.js';
import { TRANSITIONS } from '../referral/referral-lifecycle.js';
import { REFERRAL_STATUSES, ReferralStatus } from '../referral/referral-status.js';
import { Urgency } from '../referral/urgency.js';
import { BusinessCalendar } from './business-calendar.js';
import { DurationUnit } from './business-duration.js';
import { normaliseLineHours } from './line-hours-rules.js';
import { assertSlaTargets, DEFAULT_SLA_TARGETS, isDeadlineMet, planSla, SlaDeadline, SlaTimerKind } from './sla-policy.js';

const ZONE = 'Europe/Amsterdam';
const ams = (local: string) => DateTime.fromISO(local, { zone: ZONE }).toJSDate();
const local = (instant: Date) => DateTime.fromJSDate(instant, { zone: ZONE }).toFormat("ccc yyyy-MM-dd'T'HH:mm");
const calendar = new BusinessCalendar(DEFAULT_LINE_HOURS);

describe('SLA defaults', () => {
  it('are the issue\'s accept targets: LIVE 10 business minutes, CALLBACK 4 business hours, REGULAR 2 business days', () => {
    expect(DEFAULT_SLA_TARGETS[Urgency.LIVE].accept).toEqual({ amount: 10, unit: DurationUnit.MINUTES });
    expect(DEFAULT_SLA_TARGETS[Urgency.CALLBACK].accept).toEqual({ amount: 4, unit: DurationUnit.HOURS });
    expect(DEFAULT_SLA_TARGETS[Urgency.REGULAR].accept).toEqual({ amount: 2, unit: DurationUnit.DAYS });
  });

  it('are valid for every line of the catalogue', () => {
    for (const targets of Object.values(DEFAULT_SLA_TARGETS)) expect(() => assertSlaTargets(targets, calendar, ['sla'])).not.toThrow();
  });
});

describe('planSla (the submission instant is the injected clock)', () => {
  it('plans a LIVE referral submitted Friday 16:55 before Easter Monday: accept due Tuesday 09:05', () => {
    const plan = planSla(ams('2026-04-03T16:55'), DEFAULT_SLA_TARGETS[Urgency.LIVE], calendar);
    expect(local(plan.receiveDueAt)).toBe('Fri 2026-04-03T16:57');
    expect(local(plan.acceptDueAt)).toBe('Tue 2026-04-07T09:05');
    expect(plan.timers.map((t) => [t.kind, local(t.fireAt)])).toEqual([
      [SlaTimerKind.RECEIVE_REMINDER, 'Fri 2026-04-03T16:57'],
      [SlaTimerKind.RECEIVE_ESCALATION, 'Fri 2026-04-03T16:58'],
      [SlaTimerKind.ACCEPT_REMINDER, 'Tue 2026-04-07T09:05'],
      [SlaTimerKind.ACCEPT_ESCALATION, 'Tue 2026-04-07T09:10'],
    ]);
  });

  it('plans an evening CALLBACK from the next morning\'s opening', () => {
    const plan = planSla(ams('2026-04-08T19:30'), DEFAULT_SLA_TARGETS[Urgency.CALLBACK], calendar);
    expect(local(plan.receiveDueAt)).toBe('Thu 2026-04-09T09:30');
    expect(local(plan.acceptDueAt)).toBe('Thu 2026-04-09T13:00');
    expect(local(plan.timers[3]!.fireAt)).toBe('Thu 2026-04-09T15:00');
  });

  it('plans a REGULAR referral over a weekend in whole business days of the line', () => {
    const plan = planSla(ams('2026-04-09T14:00'), DEFAULT_SLA_TARGETS[Urgency.REGULAR], calendar);
    expect(local(plan.acceptDueAt)).toBe('Mon 2026-04-13T14:00');
    expect(local(plan.timers[3]!.fireAt)).toBe('Tue 2026-04-14T14:00');
    const early = new BusinessCalendar({ ...DEFAULT_LINE_HOURS, opens: '08:00' });
    expect(local(planSla(ams('2026-04-09T14:00'), DEFAULT_SLA_TARGETS[Urgency.REGULAR], early).acceptDueAt)).toBe('Mon 2026-04-13T14:00');
  });
});

describe('deadline rules', () => {
  it('meets RECEIVE once the referral left REQUESTED, ACCEPT once it left REQUESTED and RECEIVED', () => {
    const met = (deadline: SlaDeadline) => REFERRAL_STATUSES.filter((s) => s !== ReferralStatus.DRAFT && !isDeadlineMet(deadline, s));
    expect(met(SlaDeadline.RECEIVE)).toEqual([ReferralStatus.REQUESTED]);
    expect(met(SlaDeadline.ACCEPT)).toEqual([ReferralStatus.REQUESTED, ReferralStatus.RECEIVED]);
  });

  it('has no deadline running while a referral is on hold: a hold comes only after pickup, when both are met', () => {
    for (const status of [...TRANSITIONS[ReferralAction.HOLD].from, ReferralStatus.ON_HOLD]) {
      expect([status, isDeadlineMet(SlaDeadline.RECEIVE, status), isDeadlineMet(SlaDeadline.ACCEPT, status)]).toEqual([status, true, true]);
    }
  });

  it('refuses targets that are zero, too large, fractional, or accept before receive', () => {
    const fields = (fn: () => void) => {
      try {
        fn();
        return [];
      } catch (error) {
        return (error as DomainException).details.fields!.map((f) => f.path.join('.'));
      }
    };
    const m = (amount: number) => ({ amount, unit: DurationUnit.MINUTES });
    expect(fields(() => assertSlaTargets({ receive: m(0), accept: m(10) }, calendar, ['input']))).toEqual(['input.receive.amount']);
    expect(fields(() => assertSlaTargets({ receive: m(5), accept: { amount: 31, unit: DurationUnit.DAYS } }, calendar, ['input']))).toEqual(['input.accept.amount']);
    expect(fields(() => assertSlaTargets({ receive: m(1.5), accept: m(10) }, calendar, ['input']))).toEqual(['input.receive.amount']);
    expect(fields(() => assertSlaTargets({ receive: { amount: 1, unit: DurationUnit.DAYS }, accept: { amount: 7, unit: DurationUnit.HOURS } }, calendar, ['input']))).toEqual(['input.accept']);
    expect(fields(() => assertSlaTargets({ receive: { amount: 1, unit: DurationUnit.DAYS }, accept: { amount: 8, unit: DurationUnit.HOURS } }, calendar, ['input']))).toEqual([]);
  });
});

describe('normaliseLineHours', () => {
  it('orders the days and keeps valid hours', () => {
    expect(normaliseLineHours({ ...DEFAULT_LINE_HOURS, days: ['FRI', 'MON'] }, ['input'])).toEqual({ ...DEFAULT_LINE_HOURS, days: ['MON', 'FRI'] });
  });

  it('refuses unknown zones, no days, bad times and closing before opening', () => {
    const paths = (hours: Parameters<typeof normaliseLineHours>[0]) => {
      try {
        normaliseLineHours(hours, ['input']);
        return [];
      } catch (error) {
        return (error as DomainException).details.fields!.map((f) => f.path.join('.'));
      }
    };
    expect(paths({ ...DEFAULT_LINE_HOURS, timeZone: 'Nowhere/Else' })).toEqual(['input.timeZone']);
    expect(paths({ ...DEFAULT_LINE_HOURS, days: [] })).toEqual(['input.days']);
    expect(paths({ ...DEFAULT_LINE_HOURS, opens: '9:00' })).toEqual(['input.opens']);
    expect(paths({ ...DEFAULT_LINE_HOURS, opens: '17:00', closes: '09:00' })).toEqual(['input.closes']);
  });
});
