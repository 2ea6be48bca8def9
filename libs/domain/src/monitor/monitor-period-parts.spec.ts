import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { monitorPeriodParts } from './monitor-period-parts.js';

const day = (d: DateTime) => d.toISODate()!;

/** Every day a split covers, months expanded to their days, in order. */
function coveredDays(from: string, to: string): string[] {
  const parts = monitorPeriodParts({ from, to });
  const days: string[] = [];
  const span = (a: DateTime, b: DateTime) => {
    for (let d = a; d <= b; d = d.plus({ days: 1 })) days.push(day(d));
  };
  const at = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });
  for (const edge of parts.days) span(at(edge.from), at(edge.to));
  if (parts.months) span(at(parts.months.from), at(parts.months.to).endOf('month').startOf('day'));
  return days.sort();
}

describe('monitor period parts', () => {
  it('read whole months as months and only the edges as days', () => {
    expect(monitorPeriodParts({ from: '2025-01-15', to: '2025-05-10' })).toEqual({
      months: { from: '2025-02-01', to: '2025-04-01' },
      days: [
        { from: '2025-01-15', to: '2025-01-31' },
        { from: '2025-05-01', to: '2025-05-10' },
      ],
    });
    expect(monitorPeriodParts({ from: '2024-02-01', to: '2024-02-29' })).toEqual({ months: { from: '2024-02-01', to: '2024-02-01' }, days: [] });
    expect(monitorPeriodParts({ from: '2025-03-02', to: '2025-03-31' })).toEqual({ months: null, days: [{ from: '2025-03-02', to: '2025-03-31' }] });
    expect(monitorPeriodParts({ from: '2025-03-20', to: '2025-04-10' })).toEqual({ months: null, days: [{ from: '2025-03-20', to: '2025-04-10' }] });
  });

  it('cover every day of any period exactly once', () => {
    const start = DateTime.fromISO('2023-01-01', { zone: 'utc' });
    fc.assert(
      fc.property(fc.nat(1200), fc.nat(1200), (a, length) => {
        const from = start.plus({ days: a });
        const to = from.plus({ days: length });
        const expected: string[] = [];
        for (let d = from; d <= to; d = d.plus({ days: 1 })) expected.push(day(d));
        expect(coveredDays(day(from), day(to))).toEqual(expected);
      }),
    );
  });
});
