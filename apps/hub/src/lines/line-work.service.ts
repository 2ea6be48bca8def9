import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  type Actor,
  DomainErrorCode,
  DomainException,
  isPickedUp,
  isTerminal,
  mayTakeOver,
  ProcessingActivity,
  ProcessingOperation,
  ReferralAction,
  ReferralNote,
  ReferralStatus,
  Role,
  timelineReasonText,
  type TraceContext,
} from '#domain';
import { type AccountEntity, appendTimelineEvent, LineInboxRepository, type ReferralEntity, ReferralRepository, ScopedDatabase, scopeOf, AccountRepository } from '#persistence';
import { ReferralsService } from '../referrals/referrals.service.js';

/** Roles whose accounts can be responsible for a referral. */
const STAFF_ROLES = [Role.AGENCY_SPECIALIST, Role.AGENCY_COORDINATOR];

/** How a line hands out work: the next referral to whoever asks, and reassignment by its coordinator. */
@Injectable()
export class LineWorkService {
  constructor(
    @Inject(ScopedDatabase) private readonly db: ScopedDatabase,
    @Inject(ReferralsService) private readonly referrals: ReferralsService,
  ) {}

  /**
   * Claims the line's most urgent received referral (then earliest accept deadline) for the actor:
   * SKIP LOCKED lets concurrent callers pass each other's row, the compare-and-set move makes the
   * claim. Null when nothing is waiting.
   */
  async takeNext(actor: Actor, trace: TraceContext): Promise<ReferralEntity | null> {
    return this.db.run(scopeOf(actor), async (manager) => {
      const id = actor.agencyCode === null ? null : await new LineInboxRepository(manager).lockNextReceived(actor.agencyCode);
      if (id === null) return null;
      const logged = { trace, activity: ProcessingActivity.LINE_HANDLING, operation: ProcessingOperation.ACCEPT };
      return (await this.referrals.moveIn(manager, actor, id, ReferralAction.ACCEPT, { patch: { assignedTo: actor.accountId }, logged })).referral;
    });
  }

  /** The specialists and coordinators of the actor's own line. */
  async staff(actor: Actor): Promise<AccountEntity[]> {
    return actor.agencyCode === null ? [] : new AccountRepository(this.db.dataSource.manager).ofLine(actor.agencyCode, STAFF_ROLES);
  }

  /** A coordinator hands a picked-up referral to another specialist of the same agency. */
  async reassign(actor: Actor, id: string, toAccountId: string): Promise<ReferralEntity> {
    return this.db.run(scopeOf(actor), async (manager) => {
      const referral = await this.pickedUp(manager, actor, id);
      const target = await new AccountRepository(manager).activeOf(toAccountId, referral.agencyCode);
      if (!target || !STAFF_ROLES.includes(target.role)) {
        throw DomainException.invalidInput([{ path: ['toAccountId'], message: 'is not a specialist of this agency' }]);
      }
      return this.handOver(manager, actor, referral, target.id);
    });
  }

  /** A specialist takes over a colleague's case: an explicit move, recorded like a reassignment (docs/decisions/0009). */
  async takeOver(actor: Actor, id: string): Promise<ReferralEntity> {
    return this.db.run(scopeOf(actor), async (manager) => {
      const referral = await this.pickedUp(manager, actor, id);
      if (referral.assignedTo === actor.accountId) return referral;
      if (!mayTakeOver(actor, referral)) {
        throw new DomainException(DomainErrorCode.ILLEGAL_TRANSITION, 'Only another specialist of the line takes a case over', { currentStatus: referral.status });
      }
      return this.handOver(manager, actor, referral, actor.accountId);
    });
  }

  /** The referral, locked, if it is on the actor's line and picked up and not yet done. */
  private async pickedUp(manager: EntityManager, actor: Actor, id: string): Promise<ReferralEntity> {
    const referral = await new ReferralRepository(manager).findForUpdate(id);
    if (!referral || referral.agencyCode !== actor.agencyCode || referral.status === ReferralStatus.DRAFT) throw DomainException.notFound('Referral');
    if (!isPickedUp(referral.status) || isTerminal(referral.status)) {
      throw new DomainException(DomainErrorCode.ILLEGAL_TRANSITION, `Cannot reassign a referral that is ${referral.status}`, {
        currentStatus: referral.status,
      });
    }
    return referral;
  }

  /** The new handler, its timeline entry and outbox row in one transaction: every open screen hears it. */
  private async handOver(manager: EntityManager, actor: Actor, referral: ReferralEntity, handlerId: string): Promise<ReferralEntity> {
    if (referral.assignedTo === handlerId) return referral;
    const updated = await new ReferralRepository(manager).assign(referral.id, handlerId);
    await appendTimelineEvent(manager, {
      referral: updated,
      type: ReferralNote.REASSIGNED,
      fromStatus: updated.status,
      actor: { id: actor.accountId, role: actor.role },
      reason: timelineReasonText.assignedTo(handlerId),
    });
    return updated;
  }
}
