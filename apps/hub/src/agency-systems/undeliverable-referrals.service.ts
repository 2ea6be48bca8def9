import { Inject, Injectable } from '@nestjs/common';
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
import { DeadLetterRepository, DeliveryAlertRepository, moveReferralIn, ScopedDatabase, SYSTEM_SCOPE } from '#persistence';
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
      const { eventIds, requestedReferralIds } = await new DeadLetterRepository(manager).takeAll(agencyCode);
      if (eventIds.length === 0) return 0;
      let failed = 0;
      for (const referralId of requestedReferralIds) {
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
      await new DeliveryAlertRepository(manager).resolveDeadLetters(agencyCode, eventIds);
      return failed;
    });
  }
}
