import type { Language } from '../i18n/dictionary';

const LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };
/** Every time on screen is the line's and the desk's own: Dutch time. */
const ZONE = 'Europe/Amsterdam';

export function formatTime(iso: string, language: Language): string {
  return new Date(iso).toLocaleTimeString(LOCALE[language], { hour: '2-digit', minute: '2-digit', timeZone: ZONE });
}

export function formatDateTime(iso: string, language: Language): string {
  return new Date(iso).toLocaleString(LOCALE[language], { dateStyle: 'short', timeStyle: 'short', timeZone: ZONE });
}

const dayOf = (instant: number) => new Date(instant).toLocaleDateString('en-CA', { timeZone: ZONE });

/** A moment as people say it: the time alone today, with the day and date otherwise ("wo 3 dec, 14:30"). */
export function formatMoment(iso: string, language: Language, now: number): string {
  const at = Date.parse(iso);
  if (dayOf(at) === dayOf(now)) return formatTime(iso, language);
  return new Date(at).toLocaleString(LOCALE[language], { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: ZONE });
}

const unit = (language: Language, name: 'second' | 'minute' | 'hour' | 'day', amount: number) =>
  new Intl.NumberFormat(LOCALE[language], { style: 'unit', unit: name, unitDisplay: 'long' }).format(amount);

/** A span in words: "40 seconden", "5 minuten", "1 uur en 5 minuten"; no clock notation. */
export function formatDuration(seconds: number, language: Language): string {
  const whole = Math.max(0, Math.floor(seconds));
  if (whole < 60) return unit(language, 'second', whole);
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return unit(language, 'minute', minutes);
  const parts = [unit(language, 'hour', Math.floor(minutes / 60))];
  if (minutes % 60 > 0) parts.push(unit(language, 'minute', minutes % 60));
  return new Intl.ListFormat(LOCALE[language], { type: 'conjunction' }).format(parts);
}

export function secondsBetween(fromIso: string, to: number | string): number {
  const end = typeof to === 'number' ? to : Date.parse(to);
  return Math.max(0, Math.floor((end - Date.parse(fromIso)) / 1000));
}
