import type { EntityManager } from 'typeorm';
import type { AgencyCode, ReferralStatus, Role, TimelineEventType } from '#domain';
import { ReferralEventNoteEntity } from '../entities/referral-event-note.entity.js';
import { ReferralEventEntity } from '../entities/referral-event.entity.js';

/** A referral_event row as node-postgres returns it (the bigint id as text). */
interface EventRow {
  id: string;
  referral_id: string;
  type: TimelineEventType;
  from_status: ReferralStatus | null;
  to_status: ReferralStatus;
  actor_id: string | null;
  actor_role: Role | 'LINE';
  reason: string | null;
  occurred_at: Date;
}

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

  /** The events of many referrals, oldest first (by id: the order they were written in). */
  async eventsOf(referralIds: readonly string[]): Promise<ReferralEventEntity[]> {
    const rows = (await this.manager.query(
      `SELECT id, referral_id, type, from_status, to_status, actor_id, actor_role, reason, occurred_at
         FROM referral_event WHERE referral_id = ANY($1::uuid[]) ORDER BY id ASC`,
      [referralIds],
    )) as EventRow[];
    return rows.map((row) =>
      timelineEvent({
        id: row.id,
        referralId: row.referral_id,
        type: row.type,
        fromStatus: row.from_status,
        toStatus: row.to_status,
        actor: { id: row.actor_id, role: row.actor_role },
        reason: row.reason,
        occurredAt: row.occurred_at,
      }),
    );
  }

  /** The sealed notes of many referrals' events; an erased note is gone. */
  async notesOf(referralIds: readonly string[]): Promise<ReferralEventNoteEntity[]> {
    const rows = (await this.manager.query(`SELECT event_id, referral_id, note_sealed FROM referral_event_note WHERE referral_id = ANY($1::uuid[])`, [referralIds])) as {
      event_id: string;
      referral_id: string;
      note_sealed: string;
    }[];
    return rows.map((row) => {
      const note = new ReferralEventNoteEntity();
      note.eventId = row.event_id;
      note.referralId = row.referral_id;
      note.noteSealed = row.note_sealed;
      return note;
    });
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
