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
import type { ReferralEntity } from '../entities/referral.entity.js';
import type { ReferralEventEntity } from '../entities/referral-event.entity.js';
import type { DbScope } from '../scope/db-scope.js';
import type { ScopedDatabase } from '../scope/scoped-database.js';
import { screenFreeTextIn } from './free-text-screen.js';
import { type MovePatch, ReferralRepository } from './referral-repository.js';
import { timelineEvent } from './timeline-repository.js';
import { type NoteSealer, writeTimelineNote } from './timeline-notes.js';

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
  /** A rule of the caller's on top of the lifecycle table (e.g. which reason fits the status); throws to refuse. */
  readonly check?: (current: ReferralEntity) => void;
  /** Columns that depend on the referral as it stands and on the move's moment (now(), e.g. deadlines). */
  readonly patchAt?: (current: ReferralEntity, now: Date) => Promise<MovePatch> | MovePatch;
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
  const referrals = new ReferralRepository(manager);
  const found = await referrals.findWithClock(command.referralId);
  if (!found || !command.isVisible(found.referral)) throw DomainException.notFound('Referral');
  const current = found.referral;
  // The lifecycle answers first: a move that lost a race is a CONFLICT naming the status, not a question of who has the case.
  const transition = decideTransition(current.status, command.action, command.party, command.reasonCode ?? command.reason);
  command.check?.(current);
  const note = command.reasonCode === undefined ? transition.reason : null;
  // A programming error, not a user's: free text must never reach the append-only timeline in clear.
  if (note !== null && !command.sealer) throw new Error('A move with a reason needs a sealer');
  await screenFreeTextIn(manager, current.id, command.freeText ?? []);

  const stamp = TIMESTAMP_FOR[transition.to];
  const stamps = [...(stamp ? [stamp] : []), ...(isTerminal(transition.to) ? ['closed_at'] : [])];
  const patch = { ...command.patch, ...(await command.patchAt?.(current, found.now)) };
  const reason = command.reasonCode ?? null;
  const moved = await referrals.move({ referralId: current.id, from: transition.from, to: transition.to, type: transition.action, actor: command.actor, reason, stamps, patch });
  if (!moved) {
    const status = await referrals.status(current.id);
    throw new DomainException(DomainErrorCode.STALE_STATE, `Referral is already ${status}`, { currentStatus: status ?? undefined });
  }
  const event = timelineEvent({
    id: moved.eventId,
    referralId: current.id,
    type: transition.action,
    fromStatus: transition.from,
    toStatus: transition.to,
    actor: command.actor,
    reason,
    occurredAt: moved.occurredAt,
  });
  if (note !== null) await writeTimelineNote(manager, event, { text: note, sealer: command.sealer! });
  return { referral: moved.referral, event };
}
