import type { Language } from '../i18n/dictionary';

const LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
/** Every time on screen is the line's and the desk's own: Dutch time. */
const ZONE = 'Europe/Amsterdam';

/** Intl formatters are costly to build and a list re-renders every second: one per language and style. */
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

const dates = (language: Language, style: 'time' | 'dateTime' | 'moment' | 'day') =>
  cached(`${language}:${style}`, () => {
    switch (style) {
      case 'time':
        return new Intl.DateTimeFormat(LOCALE[language], { hour: '2-digit', minute: '2-digit', timeZone: ZONE });
      case 'dateTime':
        return new Intl.DateTimeFormat(LOCALE[language], { dateStyle: 'short', timeStyle: 'short', timeZone: ZONE });
      case 'moment':
        return new Intl.DateTimeFormat(LOCALE[language], { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: ZONE });
      case 'day':
        return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE });
    }
  });

export function formatTime(iso: string, language: Language): string {
  return dates(language, 'time').format(new Date(iso));
}

export function formatDateTime(iso: string, language: Language): string {
  return dates(language, 'dateTime').format(new Date(iso));
}

/** A moment as people say it: the time alone today, with the day and date otherwise ("wo 3 dec, 14:30"). */
export function formatMoment(iso: string, language: Language, now: number): string {
  const at = new Date(iso);
  const day = dates('nl', 'day');
  if (day.format(at) === day.format(now)) return formatTime(iso, language);
  return dates(language, 'moment').format(at);
}

const unit = (language: Language, name: 'second' | 'minute' | 'hour', amount: number) =>
  cached(`${language}:${name}`, () => new Intl.NumberFormat(LOCALE[language], { style: 'unit', unit: name, unitDisplay: 'long' })).format(amount);

/** A span in words: "40 seconden", "5 minuten", "1 uur en 5 minuten"; no clock notation. */
export function formatDuration(seconds: number, language: Language): string {
  const whole = Math.max(0, Math.floor(seconds));
  if (whole < 60) return unit(language, 'second', whole);
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return unit(language, 'minute', minutes);
  const parts = [unit(language, 'hour', Math.floor(minutes / 60))];
  if (minutes % 60 > 0) parts.push(unit(language, 'minute', minutes % 60));
  return cached(`${language}:list`, () => new Intl.ListFormat(LOCALE[language], { type: 'conjunction' })).format(parts);
}

export function secondsBetween(fromIso: string, to: number | string): number {
  const end = typeof to === 'number' ? to : Date.parse(to);
  return Math.max(0, Math.floor((end - Date.parse(fromIso)) / 1000));
}
