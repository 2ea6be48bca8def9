import { DateTime } from 'luxon';
import type { LineHours, Weekday } from '../catalogue/line-hours.js';
import { DUTCH_PUBLIC_HOLIDAYS, type HolidayCalendar } from './public-holidays.js';

const WEEKDAYS: readonly Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
/** No line is closed this long; a calendar that never opens is refused rather than looped over. */
const MAX_DAYS_SEARCHED = 366 * 2;

function minutesOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

/**
 * Business time of one professional line: its opening hours in its own time zone, minus public
 * holidays. All arithmetic is in milliseconds of open line time; instants are plain Dates.
 */
export class BusinessCalendar {
  private readonly opensAt: number;
  private readonly closesAt: number;
  private readonly days: ReadonlySet<Weekday>;

  constructor(
    readonly hours: LineHours,
    private readonly holidays: HolidayCalendar = DUTCH_PUBLIC_HOLIDAYS,
  ) {
    this.opensAt = minutesOfDay(hours.opens);
    this.closesAt = minutesOfDay(hours.closes);
    this.days = new Set(hours.days);
    if (!DateTime.local().setZone(hours.timeZone).isValid) throw new RangeError('Unknown time zone');
    if (this.days.size === 0 || this.opensAt >= this.closesAt) throw new RangeError('The line is never open');
  }

  /** Open time of one business day, in milliseconds. */
  get dayLengthMs(): number {
    return (this.closesAt - this.opensAt) * 60_000;
  }

  /** Whether the line is open on this calendar day (a luxon date at any time of that day). */
  private isOpenDay(day: DateTime): boolean {
    return this.days.has(WEEKDAYS[day.weekday - 1]!) && !this.holidays.isHoliday(day.toISODate()!);
  }

  /** The opening and closing instants of the calendar day `day` lies in. */
  private window(day: DateTime): { open: DateTime; close: DateTime } {
    const start = day.startOf('day');
    return {
      open: start.set({ hour: Math.floor(this.opensAt / 60), minute: this.opensAt % 60 }),
      close: start.set({ hour: Math.floor(this.closesAt / 60), minute: this.closesAt % 60 }),
    };
  }

  /** The instant that lies `ms` of open line time after `start`; time before opening counts from opening. */
  addBusinessMs(start: Date, ms: number): Date {
    if (ms < 0) throw new RangeError('Cannot add negative business time');
    let cursor = DateTime.fromJSDate(start, { zone: this.hours.timeZone });
    let left = ms;
    for (let i = 0; i <= MAX_DAYS_SEARCHED; i++) {
      if (this.isOpenDay(cursor)) {
        const { open, close } = this.window(cursor);
        const from = cursor < open ? open : cursor;
        if (from < close) {
          const available = close.toMillis() - from.toMillis();
          if (left <= available) return new Date(from.toMillis() + left);
          left -= available;
        }
      }
      cursor = cursor.plus({ days: 1 }).startOf('day');
    }
    throw new RangeError('No business time found within two years');
  }

  addBusinessMinutes(start: Date, minutes: number): Date {
    return this.addBusinessMs(start, minutes * 60_000);
  }

  /** Open line time between two instants, in milliseconds; zero when `to` is not after `from`. */
  businessMsBetween(from: Date, to: Date): number {
    if (to <= from) return 0;
    const end = DateTime.fromJSDate(to, { zone: this.hours.timeZone });
    let cursor = DateTime.fromJSDate(from, { zone: this.hours.timeZone });
    let total = 0;
    while (cursor < end) {
      if (this.isOpenDay(cursor)) {
        const { open, close } = this.window(cursor);
        const a = Math.max(cursor.toMillis(), open.toMillis());
        const b = Math.min(end.toMillis(), close.toMillis());
        if (b > a) total += b - a;
      }
      cursor = cursor.plus({ days: 1 }).startOf('day');
    }
    return total;
  }

  /** The open windows [open, close) in epoch milliseconds of every open day from `from`'s day to `to`'s day. */
  openWindows(from: Date, to: Date): [number, number][] {
    const end = DateTime.fromJSDate(to, { zone: this.hours.timeZone });
    const windows: [number, number][] = [];
    for (let cursor = DateTime.fromJSDate(from, { zone: this.hours.timeZone }).startOf('day'); cursor <= end; cursor = cursor.plus({ days: 1 })) {
      if (!this.isOpenDay(cursor)) continue;
      const { open, close } = this.window(cursor);
      windows.push([open.toMillis(), close.toMillis()]);
    }
    return windows;
  }

  businessMinutesBetween(from: Date, to: Date): number {
    return this.businessMsBetween(from, to) / 60_000;
  }
}
