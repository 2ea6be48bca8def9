import type { Language } from '../i18n/dictionary';

const LOCALE: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

export function formatTime(iso: string, language: Language): string {
  return new Date(iso).toLocaleTimeString(LOCALE[language], { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });
}

export function formatDateTime(iso: string, language: Language): string {
  return new Date(iso).toLocaleString(LOCALE[language], { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
}

export function secondsBetween(fromIso: string, to: number | string): number {
  const end = typeof to === 'number' ? to : Date.parse(to);
  return Math.max(0, Math.floor((end - Date.parse(fromIso)) / 1000));
}
