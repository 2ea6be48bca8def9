import type { EntityManager } from 'typeorm';
import {
  decideTransition,
  DomainErrorCode,
  DomainException,
  isTerminal,
  type Party,
  type ReferralAction,
  ReferralStatus,
  type Role,
} from '#domain';
import { ReferralEntity } from '../entities/referral.entity.js';
import { ReferralEventEntity } from '../entities/referral-event.entity.js';
import type { DbScope } from '../scope/db-scope.js';
import type { ScopedDatabase } from '../scope/scoped-database.js';
import { appendTimelineEvent } from './timeline-writer.js';

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
  readonly reason?: string | null;
  readonly patch?: MovePatch;
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
 * Moves a referral with a compare-and-set on its status; the move, its timeline event and its
 * outbox row commit in one transaction, or none of them do.
 */
export async function moveReferral(db: ScopedDatabase, scope: DbScope, command: MoveCommand): Promise<MoveResult> {
  return db.run(scope, (manager) => moveReferralIn(manager, command));
}

export async function moveReferralIn(manager: EntityManager, command: MoveCommand): Promise<MoveResult> {
  const current = await manager.findOneBy(ReferralEntity, { id: command.referralId });
  if (!current || !command.isVisible(current)) throw DomainException.notFound('Referral');
  const transition = decideTransition(current.status, command.action, command.party, command.reason);

  const sets = ['status = $3', 'version = version + 1', 'updated_at = now()'];
  const params: unknown[] = [current.id, transition.from, transition.to];
  const stamp = TIMESTAMP_FOR[transition.to];
  if (stamp) sets.push(`${stamp} = now()`);
  if (isTerminal(transition.to)) sets.push('closed_at = now()');
  for (const [key, value] of Object.entries(command.patch ?? {}) as [keyof MovePatch, unknown][]) {
    params.push(value);
    sets.push(`${PATCH_COLUMNS[key]} = $${params.length}`);
  }
  const [rows] = (await manager.query(
    `UPDATE referral SET ${sets.join(', ')} WHERE id = $1 AND status = $2 RETURNING id`,
    params,
  )) as [{ id: string }[], number];
  if (rows.length === 0) {
    const now = await manager.findOneByOrFail(ReferralEntity, { id: current.id });
    throw new DomainException(DomainErrorCode.STALE_STATE, `Referral is already ${now.status}`, { currentStatus: now.status });
  }
  const referral = await manager.findOneByOrFail(ReferralEntity, { id: current.id });
  const event = await appendTimelineEvent(manager, {
    referral,
    type: transition.action,
    fromStatus: transition.from,
    actor: command.actor,
    reason: transition.reason,
  });
  return { referral, event };
}
