import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { MONITOR_TIME_ZONE, monitorDay } from './referral-contribution.js';

const dutchDay = (ms: number) => DateTime.fromMillis(ms, { zone: MONITOR_TIME_ZONE }).toISODate();

describe('monitorDay', () => {
  it('answers the Dutch calendar day of any instant, around midnight and the clock changes too', () => {
    // 2025-03-30 01:00 UTC (summer time starts) and 2025-10-26 01:00 UTC (it ends); 22:00/23:00 UTC is Dutch midnight.
    for (const iso of ['2025-03-30T00:59:59.999Z', '2025-03-30T01:00:00Z', '2025-03-29T22:59:59.999Z', '2025-03-29T23:00:00Z', '2025-10-25T21:59:59.999Z', '2025-10-25T22:00:00Z', '2025-10-26T22:59:59.999Z', '2025-10-26T23:00:00Z']) {
      expect(monitorDay(new Date(iso))).toBe(dutchDay(Date.parse(iso)));
    }
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2020-01-01T00:00:00Z'), max: Date.parse('2032-12-31T00:00:00Z') }), (ms) => {
        expect(monitorDay(new Date(ms))).toBe(dutchDay(ms));
      }),
      { numRuns: 2000 },
    );
  });
});
