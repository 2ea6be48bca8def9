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

/** [open, close) of one local day in epoch milliseconds, or null when the line is closed that day. */
type DayWindow = readonly [number, number] | null;

const DAY_MS = 86_400_000;
/** Day windows kept per calendar: a few years of days, far more than any deadline looks ahead. */
const MAX_CACHED_DAYS = 4_000;

/**
 * Business time of one professional line: its opening hours in its own time zone, minus public
 * holidays. All arithmetic is in milliseconds of open line time; instants are plain Dates.
 * Each local day's window is worked out with luxon once and then kept: time-zone look-ups through
 * Intl cost microseconds each, and every submit plans four deadlines.
 */
export class BusinessCalendar {
  private readonly opensAt: number;
  private readonly closesAt: number;
  private readonly days: ReadonlySet<Weekday>;
  /** Day windows by local day number (days since 1970-01-01 in the line's calendar). */
  private readonly windows = new Map<number, DayWindow>();

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

  /** The local day number of an instant. */
  private dayOf(instant: Date): number {
    const local = DateTime.fromJSDate(instant, { zone: this.hours.timeZone });
    return Math.round(Date.UTC(local.year, local.month - 1, local.day) / DAY_MS);
  }

  /** The open window of local day `day`, from the cache or worked out once. */
  private window(day: number): DayWindow {
    let window = this.windows.get(day);
    if (window !== undefined) return window;
    const date = new Date(day * DAY_MS);
    const start = DateTime.fromObject({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }, { zone: this.hours.timeZone });
    const open = this.days.has(WEEKDAYS[start.weekday - 1]!) && !this.holidays.isHoliday(start.toISODate()!);
    window = open
      ? [
          start.set({ hour: Math.floor(this.opensAt / 60), minute: this.opensAt % 60 }).toMillis(),
          start.set({ hour: Math.floor(this.closesAt / 60), minute: this.closesAt % 60 }).toMillis(),
        ]
      : null;
    if (this.windows.size >= MAX_CACHED_DAYS) this.windows.clear();
    this.windows.set(day, window);
    return window;
  }

  /** The instant that lies `ms` of open line time after `start`; time before opening counts from opening. */
  addBusinessMs(start: Date, ms: number): Date {
    if (ms < 0) throw new RangeError('Cannot add negative business time');
    const from = start.getTime();
    let left = ms;
    for (let day = this.dayOf(start), i = 0; i <= MAX_DAYS_SEARCHED; day++, i++) {
      const window = this.window(day);
      if (window === null) continue;
      const begin = Math.max(window[0], from);
      if (begin >= window[1]) continue;
      const available = window[1] - begin;
      if (left <= available) return new Date(begin + left);
      left -= available;
    }
    throw new RangeError('No business time found within two years');
  }

  addBusinessMinutes(start: Date, minutes: number): Date {
    return this.addBusinessMs(start, minutes * 60_000);
  }

  /** Open line time between two instants, in milliseconds; zero when `to` is not after `from`. */
  businessMsBetween(from: Date, to: Date): number {
    if (to <= from) return 0;
    const [a, b] = [from.getTime(), to.getTime()];
    let total = 0;
    for (let day = this.dayOf(from), last = this.dayOf(to); day <= last; day++) {
      const window = this.window(day);
      if (window === null) continue;
      const overlap = Math.min(b, window[1]) - Math.max(a, window[0]);
      if (overlap > 0) total += overlap;
    }
    return total;
  }

  /** The open windows [open, close) in epoch milliseconds of every open day from `from`'s day to `to`'s day. */
  openWindows(from: Date, to: Date): [number, number][] {
    const windows: [number, number][] = [];
    for (let day = this.dayOf(from), last = this.dayOf(to); day <= last; day++) {
      const window = this.window(day);
      if (window !== null) windows.push([window[0], window[1]]);
    }
    return windows;
  }

  businessMinutesBetween(from: Date, to: Date): number {
    return this.businessMsBetween(from, to) / 60_000;
  }
}
