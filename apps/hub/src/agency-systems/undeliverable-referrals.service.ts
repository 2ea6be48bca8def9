import { Inject, Injectable } from '@nestjs/common';
import { In, IsNull } from 'typeorm';
import {
  type Actor,
  type AgencyCode,
  assertFailReason,
  DomainErrorCode,
  DomainException,
  FailReasonCode,
  Party,
  ReferralAction,
} from '#domain';
import { DeliveryAlertEntity, moveReferralIn, ReferralEventEntity, ScopedDatabase, SYSTEM_SCOPE, WebhookDeadLetterEntity } from '#persistence';
import { PersonalDataVault } from '#privacy';

/**
 * ADMIN gives up on an agency's dead letters (the other way out is a replay). A referral whose
 * request itself is among them never reached the agency: it FAILS as UNDELIVERABLE, so its desk
 * sees it live and on the timeline instead of waiting for a pickup that cannot come.
 */
@Injectable()
export class UndeliverableReferralsService {
  constructor(
    @Inject(ScopedDatabase) private readonly db: ScopedDatabase,
    @Inject(PersonalDataVault) private readonly vault: PersonalDataVault,
  ) {}

  /** Drops the agency's dead letters and fails the referrals whose request was one; returns how many failed. */
  abandon(actor: Actor, agencyCode: AgencyCode): Promise<number> {
    return this.db.run(SYSTEM_SCOPE, async (manager) => {
      // Taken out of the dead letter first: the delete is the claim, so two abandons fail nothing twice.
      const { raw } = await manager.createQueryBuilder().delete().from(WebhookDeadLetterEntity).where({ agencyCode }).returning('event_id').execute();
      const eventIds = (raw as { event_id: string }[]).map((row) => row.event_id);
      if (eventIds.length === 0) return 0;
      const requests = await manager.find(ReferralEventEntity, { where: { id: In(eventIds), type: ReferralAction.SUBMIT }, select: { referralId: true } });
      let failed = 0;
      for (const { referralId } of requests) {
        try {
          await moveReferralIn(manager, {
            referralId,
            action: ReferralAction.FAIL,
            party: Party.LINE,
            actor: { id: actor.accountId, role: actor.role },
            reason: FailReasonCode.UNDELIVERABLE,
            sealer: this.vault,
            patch: { failReasonCode: FailReasonCode.UNDELIVERABLE },
            isVisible: () => true,
            check: (current) => assertFailReason(FailReasonCode.UNDELIVERABLE, Party.LINE, current.status, ['agencyCode']),
          });
          failed++;
        } catch (error) {
          // Moved on meanwhile (received after all, or withdrawn by the desk): nothing to fail.
          if (!(error instanceof DomainException && (error.code === DomainErrorCode.STALE_STATE || error.code === DomainErrorCode.ILLEGAL_TRANSITION))) throw error;
        }
      }
      await manager.update(
        DeliveryAlertEntity,
        { agencyCode, kind: 'DEAD_LETTER', eventId: In(eventIds), resolvedAt: IsNull() },
        { resolvedAt: new Date() },
      );
      return failed;
    });
  }
}
