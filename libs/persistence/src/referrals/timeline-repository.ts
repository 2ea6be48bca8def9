import type { EntityManager } from 'typeorm';
import type { AgencyCode, ReferralStatus, Role, TimelineEventType } from '#domain';
import { ReferralEventEntity } from '../entities/referral-event.entity.js';

/** A timeline event as written; its outbox row goes with it. */
export interface NewTimelineEvent {
  readonly referralId: string;
  readonly agencyCode: AgencyCode;
  readonly type: TimelineEventType;
  readonly fromStatus: ReferralStatus | null;
  readonly toStatus: ReferralStatus;
  readonly actor: { readonly id: string | null; readonly role: Role | 'LINE' };
  readonly reason: string | null;
}

/** The append-only timeline (referral_event), its sealed notes and the outbox row of each event. */
export class TimelineRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Appends an event and its outbox row in one statement; call inside the transaction that made the change. */
  async append(entry: NewTimelineEvent): Promise<ReferralEventEntity> {
    const [row] = (await this.manager.query(
      `WITH event AS (
         INSERT INTO referral_event (referral_id, type, from_status, to_status, actor_id, actor_role, reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, occurred_at
       ), queued AS (
         INSERT INTO outbox (referral_id, event_id, agency_code) SELECT $1, id, $8 FROM event
       )
       SELECT id, occurred_at FROM event`,
      [entry.referralId, entry.type, entry.fromStatus, entry.toStatus, entry.actor.id, entry.actor.role, entry.reason, entry.agencyCode],
    )) as { id: string; occurred_at: Date }[];
    return timelineEvent({ ...entry, id: row!.id, occurredAt: row!.occurred_at });
  }

  /** A timeline event's free text, already sealed for that event. */
  async addNote(eventId: string, referralId: string, noteSealed: string): Promise<void> {
    await this.manager.query(`INSERT INTO referral_event_note (event_id, referral_id, note_sealed) VALUES ($1, $2, $3)`, [eventId, referralId, noteSealed]);
  }
}

/** The entity for an event just written, without a re-read. */
export function timelineEvent(event: Omit<NewTimelineEvent, 'agencyCode'> & { readonly id: string; readonly occurredAt: Date }): ReferralEventEntity {
  const entity = new ReferralEventEntity();
  entity.id = event.id;
  entity.referralId = event.referralId;
  entity.type = event.type;
  entity.fromStatus = event.fromStatus;
  entity.toStatus = event.toStatus;
  entity.actorId = event.actor.id;
  entity.actorRole = event.actor.role;
  entity.reason = event.reason;
  entity.occurredAt = event.occurredAt;
  return entity;
}
