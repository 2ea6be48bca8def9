import type { EntityManager } from 'typeorm';
import {
  decideTransition,
  DomainErrorCode,
  DomainException,
  type FreeTextField,
  isTerminal,
  type Party,
  type ReferralAction,
  ReferralStatus,
  type Role,
} from '#domain';
import { ReferralEntity } from '../entities/referral.entity.js';
import { ReferralEventEntity } from '../entities/referral-event.entity.js';
import { hydrate } from '../hydrate.js';
import type { DbScope } from '../scope/db-scope.js';
import type { ScopedDatabase } from '../scope/scoped-database.js';
import { screenFreeTextIn } from './free-text-screen.js';
import { type NoteSealer, writeTimelineNote } from './timeline-notes.js';

/** Columns a move may set besides its status. */
export interface MovePatch {
  readonly assignedTo?: string | null;
  readonly rejectReasonCode?: string | null;
  readonly outcomeSealed?: string | null;
}

export interface MoveCommand {
  readonly referralId: string;
  readonly action: ReferralAction;
  readonly party: Party;
  readonly actor: { readonly id: string | null; readonly role: Role | 'LINE' };
  /** The mover's free text; it may hold personal data, so it is only ever stored sealed. */
  readonly reason?: string | null;
  /** Seals the reason into referral_event_note; a move with a reason and no sealer is refused. */
  readonly sealer?: NoteSealer;
  /** A coded reason the system gives instead of free text: no personal data, so it stays on the event itself. */
  readonly reasonCode?: string;
  readonly patch?: MovePatch;
  /** What the mover typed that the agency's side will read (reason, note, outcome), by input path: screened against the consent. */
  readonly freeText?: readonly FreeTextField[];
  /** The caller's scope; a referral outside it does not exist for the caller. */
  readonly isVisible: (referral: ReferralEntity) => boolean;
}

export interface MoveResult {
  readonly referral: ReferralEntity;
  readonly event: ReferralEventEntity;
}

const TIMESTAMP_FOR: Partial<Record<ReferralStatus, string>> = {
  [ReferralStatus.REQUESTED]: 'submitted_at',
  [ReferralStatus.RECEIVED]: 'received_at',
  [ReferralStatus.ACCEPTED]: 'accepted_at',
};

const PATCH_COLUMNS: Record<keyof MovePatch, string> = {
  assignedTo: 'assigned_to',
  rejectReasonCode: 'reject_reason_code',
  outcomeSealed: 'outcome_sealed',
};

/**
 * Moves a referral with a compare-and-set on its status. The update, its timeline event and its
 * outbox row are one SQL statement, so they commit together or not at all; the transaction around
 * it carries the caller's scope for row-level security.
 */
export function moveReferral(db: ScopedDatabase, scope: DbScope, command: MoveCommand): Promise<MoveResult> {
  return db.run(scope, (manager) => moveReferralIn(manager, command));
}

/** As moveReferral, inside a transaction the caller already holds. */
export async function moveReferralIn(manager: EntityManager, command: MoveCommand): Promise<MoveResult> {
  const current = await manager.findOneBy(ReferralEntity, { id: command.referralId });
  if (!current || !command.isVisible(current)) throw DomainException.notFound('Referral');
  const transition = decideTransition(current.status, command.action, command.party, command.reasonCode ?? command.reason);
  const note = command.reasonCode === undefined ? transition.reason : null;
  // A programming error, not a user's: free text must never reach the append-only timeline in clear.
  if (note !== null && !command.sealer) throw new Error('A move with a reason needs a sealer');
  await screenFreeTextIn(manager, current.id, command.freeText ?? []);

  const params: unknown[] = [current.id, transition.from, transition.to, transition.action, command.actor.id, command.actor.role, command.reasonCode ?? null];
  const sets = ['status = $3', 'version = version + 1', 'updated_at = now()'];
  const stamp = TIMESTAMP_FOR[transition.to];
  if (stamp) sets.push(`${stamp} = now()`);
  if (isTerminal(transition.to)) sets.push('closed_at = now()');
  for (const [key, value] of Object.entries(command.patch ?? {}) as [keyof MovePatch, unknown][]) {
    params.push(value);
    sets.push(`${PATCH_COLUMNS[key]} = $${params.length}`);
  }
  const rows = (await manager.query(
    `WITH moved AS (
       UPDATE referral SET ${sets.join(', ')} WHERE id = $1 AND status = $2 RETURNING *
     ), event AS (
       INSERT INTO referral_event (referral_id, type, from_status, to_status, actor_id, actor_role, reason)
       SELECT id, $4, $2, status, $5, $6, $7 FROM moved
       RETURNING id AS event_id, occurred_at AS event_occurred_at
     ), queued AS (
       INSERT INTO outbox (referral_id, event_id, agency_code)
       SELECT moved.id, event.event_id, moved.agency_code FROM moved, event
     )
     SELECT moved.*, event.event_id, event.event_occurred_at FROM moved, event`,
    params,
  )) as (Record<string, unknown> & { event_id: string; event_occurred_at: Date })[];
  const row = rows[0];
  if (!row) {
    const now = await manager.findOneByOrFail(ReferralEntity, { id: current.id });
    throw new DomainException(DomainErrorCode.STALE_STATE, `Referral is already ${now.status}`, { currentStatus: now.status });
  }
  const referral = hydrate(manager, ReferralEntity, row);
  const event = manager.create(ReferralEventEntity, {
    id: row.event_id,
    referralId: referral.id,
    type: transition.action,
    fromStatus: transition.from,
    toStatus: transition.to,
    actorId: command.actor.id,
    actorRole: command.actor.role,
    reason: command.reasonCode ?? null,
    occurredAt: row.event_occurred_at,
  });
  if (note !== null) await writeTimelineNote(manager, event, { text: note, sealer: command.sealer! });
  return { referral, event };
}
