import { describe, expect, it } from '@jest/globals';
import { currentDeadline, isPickupOverdue, pickupAlert } from './pickup-watch';

const NOW = Date.parse('2026-04-09T10:00:00Z');

describe('isPickupOverdue', () => {
  it('alerts on a LIVE referral from five minutes, a CALLBACK one from four hours', () => {
    expect(isPickupOverdue('LIVE', 299)).toBe(false);
    expect(isPickupOverdue('LIVE', 300)).toBe(true);
    expect(isPickupOverdue('CALLBACK', 4 * 3600 - 1)).toBe(false);
    expect(isPickupOverdue('CALLBACK', 4 * 3600)).toBe(true);
  });

  it('never alerts on a REGULAR referral, whose deadline counts in business days', () => {
    expect(isPickupOverdue('REGULAR', 30 * 24 * 3600)).toBe(false);
  });
});

describe('pickupAlert', () => {
  const base = { urgency: 'LIVE' as const, timeline: [], receiveDueAt: '2026-04-09T10:01:00Z', acceptDueAt: '2026-04-09T10:05:00Z' };

  it('runs against the receive deadline while REQUESTED and the accept deadline once RECEIVED', () => {
    expect(currentDeadline({ ...base, status: 'REQUESTED' })).toBe(base.receiveDueAt);
    expect(currentDeadline({ ...base, status: 'RECEIVED' })).toBe(base.acceptDueAt);
    expect(currentDeadline({ ...base, status: 'ACCEPTED' })).toBeNull();
  });

  it('alerts once the hub deadline has passed, before the wall-clock threshold', () => {
    const regular = { ...base, urgency: 'REGULAR' as const, status: 'RECEIVED' as const };
    expect(pickupAlert(regular, 60, Date.parse(base.acceptDueAt) - 1)).toBe(false);
    expect(pickupAlert(regular, 60, Date.parse(base.acceptDueAt))).toBe(true);
  });

  it('alerts on the wall-clock threshold even when the business-time deadline is later', () => {
    const afterHours = { ...base, status: 'RECEIVED' as const, acceptDueAt: '2026-04-10T07:05:00Z' };
    expect(pickupAlert(afterHours, 299, NOW)).toBe(false);
    expect(pickupAlert(afterHours, 300, NOW)).toBe(true);
  });

  it('alerts at once when the hub alerted the desk, and never after pickup', () => {
    const alerted = { ...base, timeline: [{ type: 'DESK_ALERTED' as const }] };
    expect(pickupAlert({ ...alerted, status: 'RECEIVED' }, 0, NOW)).toBe(true);
    expect(pickupAlert({ ...alerted, status: 'ACCEPTED' }, 0, NOW)).toBe(false);
  });

  it('falls back to the client threshold without a deadline', () => {
    const none = { ...base, receiveDueAt: null, acceptDueAt: null, status: 'RECEIVED' as const };
    expect(pickupAlert(none, 299, NOW)).toBe(false);
    expect(pickupAlert(none, 300, NOW)).toBe(true);
  });
});
