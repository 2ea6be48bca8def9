import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { DEFAULT_LINE_HOURS, type LineHours, type Weekday } from '../catalogue/line-hours.js';
import { BusinessCalendar } from './business-calendar.js';
import { DUTCH_PUBLIC_HOLIDAYS } from './public-holidays.js';

const ZONE = 'Europe/Amsterdam';
/** An Amsterdam wall-clock time as an instant. */
const ams = (local: string) => DateTime.fromISO(local, { zone: ZONE }).toJSDate();
const local = (instant: Date) => DateTime.fromJSDate(instant, { zone: ZONE }).toFormat("cccc yyyy-MM-dd'T'HH:mm");

describe('Dutch public holidays (date-holidays, NL)', () => {
  it('counts only public holidays: Easter and Whit Monday, King\'s Day, Christmas; not Good Friday or Liberation Day', () => {
    for (const day of ['2026-01-01', '2026-04-06', '2026-04-27', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26']) {
      expect({ day, holiday: DUTCH_PUBLIC_HOLIDAYS.isHoliday(day) }).toEqual({ day, holiday: true });
    }
    for (const day of ['2026-04-03', '2026-05-04', '2026-05-05', '2026-12-31', '2026-04-07']) {
      expect({ day, holiday: DUTCH_PUBLIC_HOLIDAYS.isHoliday(day) }).toEqual({ day, holiday: false });
    }
  });
});

describe('BusinessCalendar with the default line hours (Mon-Fri 09:00-17:00 Europe/Amsterdam)', () => {
  const calendar = new BusinessCalendar(DEFAULT_LINE_HOURS);
  const add = (start: string, minutes: number) => local(calendar.addBusinessMinutes(ams(start), minutes));

  it('lands a LIVE 10-minute deadline from Friday 16:55 before Easter Monday on Tuesday 09:05', () => {
    // 3 April 2026 is Good Friday (a working day for the agencies), 6 April Easter Monday.
    expect(add('2026-04-03T16:55', 10)).toBe('Tuesday 2026-04-07T09:05');
  });

  it('does the same before Whit Monday and over Christmas and New Year', () => {
    expect(add('2026-05-22T16:55', 10)).toBe('Tuesday 2026-05-26T09:05');
    expect(add('2026-12-24T16:55', 10)).toBe('Monday 2026-12-28T09:05');
    expect(add('2026-12-31T16:59', 2)).toBe('Monday 2027-01-04T09:01');
  });

  it('stays within the day when there is time left, up to closing time itself', () => {
    expect(add('2026-04-08T10:00', 10)).toBe('Wednesday 2026-04-08T10:10');
    expect(add('2026-04-10T16:50', 10)).toBe('Friday 2026-04-10T17:00');
  });

  it('counts evenings and early mornings from the next opening', () => {
    expect(add('2026-04-08T20:00', 10)).toBe('Thursday 2026-04-09T09:10');
    expect(add('2026-04-08T07:00', 10)).toBe('Wednesday 2026-04-08T09:10');
    expect(add('2026-04-08T17:00', 1)).toBe('Thursday 2026-04-09T09:01');
  });

  it('skips weekends', () => {
    expect(add('2026-04-11T12:00', 60)).toBe('Monday 2026-04-13T10:00');
    expect(add('2026-04-10T16:00', 120)).toBe('Monday 2026-04-13T10:00');
  });

  it('adds 4 business hours (CALLBACK) and 2 business days (REGULAR) across a holiday', () => {
    expect(add('2026-04-09T15:00', 4 * 60)).toBe('Friday 2026-04-10T11:00');
    expect(add('2026-04-07T14:00', 2 * 8 * 60)).toBe('Thursday 2026-04-09T14:00');
    // Ascension Day, Thursday 14 May 2026.
    expect(add('2026-05-13T10:00', 2 * 8 * 60)).toBe('Monday 2026-05-18T10:00');
  });

  it('keeps wall-clock hours across the change to summer time', () => {
    const due = calendar.addBusinessMinutes(ams('2026-03-27T16:55'), 10);
    expect(local(due)).toBe('Monday 2026-03-30T09:05');
    expect(due.toISOString()).toBe('2026-03-30T07:05:00.000Z');
  });

  it('measures business time between instants, skipping nights, weekends and holidays', () => {
    expect(calendar.businessMinutesBetween(ams('2026-04-03T16:00'), ams('2026-04-07T10:00'))).toBe(120);
    expect(calendar.businessMinutesBetween(ams('2026-04-08T18:00'), ams('2026-04-09T08:00'))).toBe(0);
    expect(calendar.businessMinutesBetween(ams('2026-04-08T10:00'), ams('2026-04-08T09:00'))).toBe(0);
    expect(calendar.businessMinutesBetween(ams('2026-04-06T00:00'), ams('2026-04-13T00:00'))).toBe(4 * 8 * 60);
  });

  it('measures back exactly what it added, from any instant (property)', () => {
    const start = fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2028, 0, 1) }).map((ms) => new Date(ms));
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 5 * 8 * 60 }), (at, minutes) => {
        const due = calendar.addBusinessMinutes(at, minutes);
        expect(due.getTime()).toBeGreaterThanOrEqual(at.getTime());
        expect(calendar.businessMinutesBetween(at, due)).toBe(minutes);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees minute by minute with the line hours read directly, across summer time and holidays (property)', () => {
    // Oracle: each minute is open when its local weekday, date and time say so; no day windows involved.
    const isOpenAt = (hours: LineHours, at: number) => {
      const t = DateTime.fromMillis(at, { zone: hours.timeZone });
      const minute = t.hour * 60 + t.minute;
      const [opens, closes] = [hours.opens, hours.closes].map((hhmm) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)));
      return hours.days.includes(t.toFormat('ccc').toUpperCase() as Weekday) && !DUTCH_PUBLIC_HOLIDAYS.isHoliday(t.toISODate()!) && minute >= opens! && minute < closes!;
    };
    const lines: LineHours[] = [DEFAULT_LINE_HOURS, { timeZone: 'America/Curacao', days: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'], opens: '07:30', closes: '22:00' }];
    // One calendar per line for every run: answers from its day cache must equal a first look-up.
    const calendars = lines.map((hours) => new BusinessCalendar(hours));
    const around = ['2026-03-27T00:00Z', '2026-04-02T00:00Z', '2026-10-23T00:00Z', '2026-12-23T00:00Z'].map((iso) => Date.parse(iso));
    const minute = fc.tuple(fc.constantFrom(...around), fc.integer({ min: 0, max: 4 * 24 * 60 })).map(([base, m]) => base + m * 60_000);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1 }), minute, fc.integer({ min: 0, max: 3 * 24 * 60 }), (line, from, span) => {
        let open = 0;
        for (let m = 0; m < span; m++) if (isOpenAt(lines[line]!, from + m * 60_000)) open++;
        expect(calendars[line]!.businessMinutesBetween(new Date(from), new Date(from + span * 60_000))).toBe(open);
        if (open > 0) expect(isOpenAt(lines[line]!, calendars[line]!.addBusinessMinutes(new Date(from), open).getTime() - 60_000)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('uses the line\'s own opening time (a line that opens at 08:00)', () => {
    const early = new BusinessCalendar({ ...DEFAULT_LINE_HOURS, opens: '08:00' });
    expect(local(early.addBusinessMinutes(ams('2026-04-03T16:55'), 10))).toBe('Tuesday 2026-04-07T08:05');
    expect(early.dayLengthMs).toBe(9 * 3_600_000);
  });

  it('refuses a calendar that never opens or an unknown time zone', () => {
    expect(() => new BusinessCalendar({ ...DEFAULT_LINE_HOURS, days: [] })).toThrow(RangeError);
    expect(() => new BusinessCalendar({ ...DEFAULT_LINE_HOURS, opens: '17:00', closes: '09:00' })).toThrow(RangeError);
    expect(() => new BusinessCalendar({ ...DEFAULT_LINE_HOURS, timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});
