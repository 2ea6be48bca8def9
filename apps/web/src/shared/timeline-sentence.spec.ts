import { describe, expect, it } from '@jest/globals';
import { AGENCY_CODES, REFERRAL_STATUSES, Role, TIMELINE_REASON_CODES, TimelineEventType } from '../../../../libs/domain/src/index.js';
import { en, nl } from '../i18n/dictionary';
import { timelineEn, timelineNl } from '../i18n/timeline-words';
import { formatMoment } from './format';
import { type TimelineEntry, timelineSentence } from './timeline-sentence';

const LANGUAGES = [
  { language: 'nl' as const, t: nl, words: timelineNl },
  { language: 'en' as const, t: en, words: timelineEn },
];
const NOW = Date.parse('2026-12-02T09:00:00Z');
const ACTORS = [...Object.values(Role), 'LINE'];

/** What may never reach the screen: a code, an ISO timestamp, an id. */
function leaks(text: string): string[] {
  const found: string[] = [];
  const agencies = new Set<string>(AGENCY_CODES);
  for (const word of text.match(/\b[A-Z][A-Z_]{2,}\b/g) ?? []) if (!agencies.has(word)) found.push(`code ${word}`);
  if (/\d{4}-\d\d-\d\dT\d\d:\d\d/.test(text)) found.push('ISO timestamp');
  if (/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.test(text)) found.push('id');
  if (/undefined|null|\[object/.test(text)) found.push('missing word');
  return found;
}

/** Every entry the hub can send: each event type, by each kind of actor, with and without names, each reason code. */
function everyEntry(): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const type of Object.values(TimelineEventType)) {
    for (const actorRole of ACTORS) {
      for (const named of [false, true]) {
        for (const reasonCode of [null, ...TIMELINE_REASON_CODES]) {
          entries.push({
            type,
            actorRole,
            actorName: named ? 'Demo Specialist UWV' : null,
            handlerName: named ? 'Demo Specialist UWV 2' : null,
            reasonCode,
            note: reasonCode === null ? 'Wacht op de ontslagbrief' : null,
            relatedReference: type === 'CREATED' || type === 'REROUTED' || type === 'RESENT' ? 'LL-001234' : null,
            scheduledKind: type === 'SCHEDULED' ? 'APPOINTMENT' : null,
            scheduledAt: type === 'SCHEDULED' ? '2026-12-03T13:30:00.000Z' : null,
          });
        }
      }
    }
  }
  return entries;
}

describe('every status, event type and reason code reads as words, in Dutch and English', () => {
  it.each(LANGUAGES)('names every status of the domain ($language)', ({ t }) => {
    for (const status of REFERRAL_STATUSES) {
      const word = t.status[status as keyof typeof t.status];
      expect([status, leaks(word ?? 'undefined')]).toEqual([status, []]);
    }
  });

  it.each(LANGUAGES)('has words for every coded reason the domain can put on a timeline ($language)', ({ words }) => {
    for (const code of TIMELINE_REASON_CODES) expect([code, leaks(words.reason[code] ?? 'undefined')]).toEqual([code, []]);
  });

  it.each(LANGUAGES)('writes every timeline entry as sentences without codes, ISO times or ids ($language)', ({ language, words }) => {
    const moment = (iso: string) => formatMoment(iso, language, NOW);
    const bad = everyEntry()
      .map((entry) => ({ entry, text: timelineSentence(entry, words, moment) }))
      .filter(({ text }) => leaks(text).length > 0 || !/[.:!]$|\S$/.test(text));
    expect(bad.map(({ entry, text }) => `${entry.type}/${entry.actorRole}/${entry.reasonCode}: ${text}`)).toEqual([]);
  });

  it('reads a real sequence as people say it', () => {
    const moment = (iso: string) => formatMoment(iso, 'nl', NOW);
    const base = { actorName: null, handlerName: null, reasonCode: null, note: null, relatedReference: null, scheduledKind: null, scheduledAt: null };
    expect(timelineSentence({ ...base, type: 'RECEIVE', actorRole: 'LINE' }, timelineNl, moment)).toBe('De lijn van de organisatie heeft de doorverwijzing ontvangen.');
    expect(timelineSentence({ ...base, type: 'REJECT', actorRole: 'AGENCY_SPECIALIST', reasonCode: 'INSUFFICIENT_INFORMATION', note: 'Graag een telefoonnummer' }, timelineNl, moment)).toBe(
      'Een specialist van de organisatie stuurde de doorverwijzing terug. Reden: er is te weinig informatie. Toelichting: Graag een telefoonnummer',
    );
    expect(timelineSentence({ ...base, type: 'REASSIGNED', actorRole: 'AGENCY_COORDINATOR', actorName: 'Demo Coördinator UWV', handlerName: 'Demo Specialist UWV 2' }, timelineNl, moment)).toBe(
      'Demo Coördinator UWV gaf de doorverwijzing aan Demo Specialist UWV 2.',
    );
    expect(timelineSentence({ ...base, type: 'SCHEDULED', actorRole: 'AGENCY_SPECIALIST', scheduledKind: 'APPOINTMENT', scheduledAt: '2026-12-03T13:30:00.000Z' }, timelineNl, moment)).toMatch(
      /^Een specialist van de organisatie maakte een afspraak met de burger: do 3 dec\.?,? 14:30\.$/,
    );
  });
});
