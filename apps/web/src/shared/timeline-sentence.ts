import type { ReferralFieldsFragment } from '../gql/graphql';
import type { TimelineWords } from '../i18n/timeline-words';

export type TimelineEntry = Omit<ReferralFieldsFragment['timeline'][number], 'id' | 'occurredAt' | 'fromStatus' | 'toStatus'>;

/** The person by name where the hub shows it to this viewer, otherwise their role in words; never an id or a code. */
function whoOf(entry: TimelineEntry, words: TimelineWords): string {
  if (entry.actorName) return entry.actorName;
  return entry.actorRole in words.who ? words.who[entry.actorRole as keyof TimelineWords['who']] : words.who.LINE;
}

/** The first sentence: what happened and who did it. */
function whatHappened(entry: TimelineEntry, words: TimelineWords, moment: (iso: string) => string): string {
  const who = whoOf(entry, words);
  switch (entry.type) {
    case 'CREATED':
      return entry.relatedReference ? `${words.created(who)} ${words.createdInsteadOf(entry.relatedReference)}` : words.created(who);
    case 'SUBMIT':
      return words.submitted(who);
    case 'RECEIVE':
      return words.received;
    case 'ACCEPT':
      return words.accepted(who);
    case 'REJECT':
      return words.rejected(who);
    case 'START':
      return words.started(who);
    case 'HOLD':
      return words.held(who);
    case 'RESUME':
      return words.resumed(who);
    case 'COMPLETE':
      return words.completed(who);
    case 'CANCEL':
      return words.cancelled(who);
    case 'FAIL':
      return words.failed(who);
    case 'CONSENT_WITHDRAWN':
      return words.consentWithdrawn(who);
    case 'REMINDED':
      return words.reminded;
    case 'ESCALATED':
      return words.escalated;
    case 'DESK_ALERTED':
      return words.deskAlerted;
    case 'CONVERTED_TO_CALLBACK':
      return words.convertedToCallback(who);
    case 'REASSIGNED':
      if (entry.actorName && entry.actorName === entry.handlerName) return words.tookOver(who);
      return words.handedTo(who, entry.handlerName ?? words.aColleague);
    case 'REROUTED':
      return entry.relatedReference ? words.rerouted(who, entry.relatedReference) : words.reroutedSomewhere(who);
    case 'RESENT':
      return entry.relatedReference ? words.resent(who, entry.relatedReference) : words.resentSomewhere(who);
    case 'SCHEDULED':
      return entry.scheduledKind && entry.scheduledAt ? words.scheduled(who, entry.scheduledKind, moment(entry.scheduledAt)) : words.scheduledNoTime(who);
    case 'VISIT_ABANDONED':
      return words.visitAbandoned;
  }
}

/**
 * One timeline entry as plain sentences (B1): who did what, then the coded reason in words, then the
 * person's own note. The completion's coded reason is already in its sentence.
 */
export function timelineSentence(entry: TimelineEntry, words: TimelineWords, moment: (iso: string) => string): string {
  const parts = [whatHappened(entry, words, moment)];
  if (entry.reasonCode && entry.reasonCode !== 'OUTCOME_RECORDED') parts.push(words.because(words.reason[entry.reasonCode]));
  if (entry.note) parts.push(words.note(entry.note));
  return parts.join(' ');
}
