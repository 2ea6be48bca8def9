export type Weekday = 'MON' | 'TUE' | 'WED' | 'THU' | 'FRI' | 'SAT' | 'SUN';

/** Opening hours of a professional line, in the line's own time zone. */
export interface LineHours {
  readonly timeZone: string;
  readonly days: readonly Weekday[];
  /** 24-hour clock, "HH:MM". */
  readonly opens: string;
  readonly closes: string;
}

export const DEFAULT_LINE_HOURS: LineHours = {
  timeZone: 'Europe/Amsterdam',
  days: ['MON', 'TUE', 'WED', 'THU', 'FRI'],
  opens: '09:00',
  closes: '17:00',
};
