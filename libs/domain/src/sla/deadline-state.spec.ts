import { describe, expect, it } from '@jest/globals';
import { DateTime } from 'luxon';
import { DEFAULT_LINE_HOURS } from '../catalogue/line-hours.js';
import { REFERRAL_STATUSES, ReferralStatus } from '../referral/referral-status.js';
import { Urgency } from '../referral/urgency.js';
import { BusinessCalendar } from './business-calendar.js';
import { deadlineStateOf, DeadlineStatus, RUNNING_DEADLINE } from './deadline-state.js';
import { isDeadlineMet } from './sla-policy.js';

const ams = (local: string) => DateTime.fromISO(local, { zone: 'Europe/Amsterdam' }).toJSDate();
const calendar = new BusinessCalendar(DEFAULT_LINE_HOURS);
const facts = (status: ReferralStatus, urgency = Urgency.LIVE) => ({
  status,
  urgency,
  receiveDueAt: ams('2026-04-08T10:02'),
  acceptDueAt: ams('2026-04-08T10:10'),
});

describe('deadlineStateOf', () => {
  it('runs the receive deadline while REQUESTED and the accept deadline while RECEIVED', () => {
    expect(deadlineStateOf(facts(ReferralStatus.REQUESTED), ams('2026-04-08T09:00'), calendar)).toEqual({
      dueAt: ams('2026-04-08T10:02'),
      state: DeadlineStatus.ON_TIME,
      businessMinutesLeft: 62,
    });
    expect(deadlineStateOf(facts(ReferralStatus.RECEIVED), ams('2026-04-08T10:08'), calendar)).toEqual({
      dueAt: ams('2026-04-08T10:10'),
      state: DeadlineStatus.DUE_SOON,
      businessMinutesLeft: 2,
    });
  });

  it('is OVERDUE from the due instant itself, counting late minutes in business time only', () => {
    expect(deadlineStateOf(facts(ReferralStatus.RECEIVED), ams('2026-04-08T10:10'), calendar)?.state).toBe(DeadlineStatus.OVERDUE);
    // Due 16:55, now the next morning 09:05: 5 + 5 business minutes late, not 16 hours.
    const evening = { ...facts(ReferralStatus.RECEIVED), acceptDueAt: ams('2026-04-08T16:55') };
    expect(deadlineStateOf(evening, ams('2026-04-09T09:05'), calendar)).toEqual({
      dueAt: ams('2026-04-08T16:55'),
      state: DeadlineStatus.OVERDUE,
      businessMinutesLeft: -10,
    });
  });

  it('counts "due soon" per urgency: minutes for LIVE, hours for CALLBACK and REGULAR', () => {
    const at = ams('2026-04-08T09:10');
    expect(deadlineStateOf(facts(ReferralStatus.RECEIVED, Urgency.LIVE), at, calendar)?.state).toBe(DeadlineStatus.ON_TIME);
    expect(deadlineStateOf(facts(ReferralStatus.RECEIVED, Urgency.CALLBACK), at, calendar)?.state).toBe(DeadlineStatus.DUE_SOON);
    expect(deadlineStateOf(facts(ReferralStatus.RECEIVED, Urgency.REGULAR), at, calendar)?.state).toBe(DeadlineStatus.DUE_SOON);
  });

  it('is MET for every status past pickup, and absent for a draft or a referral without a plan', () => {
    const late = ams('2026-05-01T12:00');
    for (const status of REFERRAL_STATUSES) {
      const state = deadlineStateOf(facts(status), late, calendar);
      if (status === ReferralStatus.DRAFT) expect(state).toBeNull();
      else if (RUNNING_DEADLINE[status]) expect([status, state?.state]).toEqual([status, DeadlineStatus.OVERDUE]);
      else expect([status, state]).toEqual([status, { dueAt: ams('2026-04-08T10:10'), state: DeadlineStatus.MET, businessMinutesLeft: null }]);
    }
    expect(deadlineStateOf({ ...facts(ReferralStatus.REQUESTED), receiveDueAt: null }, late, calendar)).toBeNull();
  });

  it('runs a deadline exactly while the SLA timers say it is not met', () => {
    for (const status of REFERRAL_STATUSES) {
      const running = RUNNING_DEADLINE[status];
      if (running) expect([status, isDeadlineMet(running, status)]).toEqual([status, false]);
    }
  });
});
