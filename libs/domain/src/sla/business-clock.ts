import type { BusinessCalendar } from './business-calendar.js';

/**
 * BusinessCalendar.businessMsBetween for millions of referrals: the open windows of a fixed span are
 * laid out once with running totals, so one duration costs two binary searches instead of a walk over
 * calendar days. Outside the span it asks the calendar itself.
 */
export class BusinessClock {
  private readonly opens: number[];
  private readonly closes: number[];
  /** Open time before window i. */
  private readonly before: number[];

  constructor(
    private readonly calendar: BusinessCalendar,
    private readonly spanFrom: Date,
    private readonly spanTo: Date,
  ) {
    const windows = calendar.openWindows(spanFrom, spanTo);
    this.opens = windows.map(([open]) => open);
    this.closes = windows.map(([, close]) => close);
    this.before = [];
    let total = 0;
    for (const [open, close] of windows) {
      this.before.push(total);
      total += close - open;
    }
  }

  businessMsBetween(from: Date, to: Date): number {
    if (to <= from) return 0;
    if (from < this.spanFrom || to > this.spanTo) return this.calendar.businessMsBetween(from, to);
    return this.openTimeUntil(to.getTime()) - this.openTimeUntil(from.getTime());
  }

  /** Open time from the span's start up to `at`. */
  private openTimeUntil(at: number): number {
    // The last window opening at or before `at`.
    let low = 0;
    let high = this.opens.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.opens[mid]! <= at) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    if (found === -1) return 0;
    return this.before[found]! + Math.min(at, this.closes[found]!) - this.opens[found]!;
  }
}
