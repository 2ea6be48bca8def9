import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DEFAULT_LINE_HOURS } from '../catalogue/line-hours.js';
import { BusinessCalendar } from './business-calendar.js';
import { BusinessClock } from './business-clock.js';

describe('business clock', () => {
  const calendar = new BusinessCalendar(DEFAULT_LINE_HOURS);
  const spanFrom = new Date('2024-01-01T00:00:00Z');
  const spanTo = new Date('2025-12-31T00:00:00Z');
  const clock = new BusinessClock(calendar, spanFrom, spanTo);
  const instant = fc.integer({ min: spanFrom.getTime(), max: spanTo.getTime() }).map((ms) => new Date(ms));

  it('counts the same open time as the calendar, inside and outside its span', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 20 * 86_400_000 }), (from, length) => {
        const to = new Date(from.getTime() + length);
        expect(clock.businessMsBetween(from, to)).toBe(calendar.businessMsBetween(from, to));
      }),
    );
    const before = new Date('2023-12-20T10:00:00Z');
    expect(clock.businessMsBetween(before, new Date('2024-01-03T10:00:00Z'))).toBe(calendar.businessMsBetween(before, new Date('2024-01-03T10:00:00Z')));
  });
});
