import type { EntityManager } from 'typeorm';
import { TimelineRepository } from './timeline-repository.js';

/** Seals a timeline event's free text for that event; the personal-data vault is the one implementation. */
export interface NoteSealer {
  sealNote(eventId: string, text: string): string;
}

/** Free text for a timeline event: it goes sealed into referral_event_note, never into the event itself. */
export interface TimelineNote {
  readonly text: string;
  readonly sealer: NoteSealer;
}

/** Stores a timeline event's free text sealed; call inside the transaction that wrote the event. */
export async function writeTimelineNote(manager: EntityManager, event: { readonly id: string; readonly referralId: string }, note: TimelineNote): Promise<void> {
  await new TimelineRepository(manager).addNote(event.id, event.referralId, note.sealer.sealNote(event.id, note.text));
}
