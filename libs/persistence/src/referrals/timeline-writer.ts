import type { EntityManager } from 'typeorm';
import type { ReferralStatus, Role, TimelineEventType } from '#domain';
import type { ReferralEventEntity } from '../entities/referral-event.entity.js';
import type { ReferralEntity } from '../entities/referral.entity.js';
import { type TimelineNote, writeTimelineNote } from './timeline-notes.js';
import { TimelineRepository } from './timeline-repository.js';

export interface TimelineEntry {
  readonly referral: ReferralEntity;
  readonly type: TimelineEventType;
  readonly fromStatus: ReferralStatus | null;
  readonly actor: { readonly id: string | null; readonly role: Role | 'LINE' };
  /** A neutral, coded reason (no personal data): it stays on the append-only timeline. */
  readonly reason: string | null;
  /** Free text that may hold personal data: stored sealed beside the event, erased with the visit. */
  readonly note?: TimelineNote;
}

/** Appends a timeline event and its outbox row; call inside the transaction that made the change. */
export async function appendTimelineEvent(manager: EntityManager, entry: TimelineEntry): Promise<ReferralEventEntity> {
  const event = await new TimelineRepository(manager).append({
    referralId: entry.referral.id,
    agencyCode: entry.referral.agencyCode,
    type: entry.type,
    fromStatus: entry.fromStatus,
    toStatus: entry.referral.status,
    actor: entry.actor,
    reason: entry.reason,
  });
  if (entry.note) await writeTimelineNote(manager, event, entry.note);
  return event;
}
