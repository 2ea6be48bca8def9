import { describe, expect, it } from '@jest/globals';
import { formatDuration, formatMoment } from './format';

describe('times and durations in words', () => {
  it('reads a duration as words, never as a clock', () => {
    expect(formatDuration(307, 'nl')).toBe('5 minuten');
    expect(formatDuration(40, 'nl')).toBe('40 seconden');
    expect(formatDuration(60, 'nl')).toBe('1 minuut');
    expect(formatDuration(3900, 'nl')).toBe('1 uur en 5 minuten');
    expect(formatDuration(7200, 'en')).toBe('2 hours');
    expect(formatDuration(3900, 'en')).toBe('1 hour and 5 minutes');
  });

  it('shows the time alone today and the date too on another day, in Dutch time', () => {
    const now = Date.parse('2026-12-02T09:00:00Z');
    expect(formatMoment('2026-12-02T13:30:00Z', 'nl', now)).toBe('14:30');
    expect(formatMoment('2026-12-03T13:30:00Z', 'nl', now)).toMatch(/^do 3 dec\.?,? 14:30$/);
    expect(formatMoment('2026-12-03T13:30:00Z', 'en', now)).toMatch(/^Thu 3 Dec,? 14:30$/);
  });
});
