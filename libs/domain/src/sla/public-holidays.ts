import Holidays from 'date-holidays';

/** Tells whether a calendar date ("YYYY-MM-DD", in the line's own time zone) is a day off. */
export interface HolidayCalendar {
  isHoliday(isoDate: string): boolean;
}

/**
 * Dutch public holidays from date-holidays (country NL). Only type "public" counts: Good Friday and
 * Liberation Day are listed there as school holidays and remain business days for the agencies.
 */
export class DutchPublicHolidays implements HolidayCalendar {
  private readonly holidays = new Holidays('NL');
  private readonly byYear = new Map<number, ReadonlySet<string>>();

  isHoliday(isoDate: string): boolean {
    const year = Number(isoDate.slice(0, 4));
    let dates = this.byYear.get(year);
    if (!dates) {
      dates = new Set(
        this.holidays
          .getHolidays(year)
          .filter((h) => h.type === 'public')
          .map((h) => h.date.slice(0, 10)),
      );
      this.byYear.set(year, dates);
    }
    return dates.has(isoDate);
  }
}

/** One shared instance: the holiday rules are static and the per-year cache is worth keeping. */
export const DUTCH_PUBLIC_HOLIDAYS: HolidayCalendar = new DutchPublicHolidays();
