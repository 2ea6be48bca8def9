import {
  CancelReasonCode,
  Party,
  ProcessingActivity,
  ReferralAction,
  referralsToWithdraw,
  type Role,
  type TraceContext,
  VisitCloseReason,
  VisitStatus,
} from '#domain';
import { moveReferralIn, type ScopedDatabase, SYSTEM_SCOPE, type VisitErasureRepository, type VisitReferral } from '#persistence';
import type { PersonalDataVault } from './personal-data-vault.js';
import type { VisitEraser } from './visit-eraser.js';

/** What an erasure on request did: how many visits lost their personal data, and which referrals were withdrawn. */
export interface ErasureReport {
  readonly erasedVisits: number;
  readonly withdrawnReferrals: readonly VisitReferral[];
}

/** The privacy officer who decided the request. */
export interface ErasureOfficer {
  readonly id: string;
  readonly role: Role;
}

/**
 * Erasure on request (AVG art. 17) of one citizen, found by BSN through the blind index: every visit
 * of theirs loses its personal data exactly as retention erases it (VisitEraser), while the rows,
 * statuses and timestamps stay, so the figures do not change. Open referrals are handled as
 * referralsToWithdraw (libs/domain) decides: refused until the officer says to withdraw them, then
 * cancelled with ERASURE_REQUESTED in the same transaction; open visits are closed.
 *
 * It runs in the system scope: the privacy officer's own scope sees the processing log only, and
 * the officer never reads the case data being erased. The processing log and the timeline name
 * the officer. Visits without a BSN cannot be found this way; retention reaches them.
 */
export class CitizenErasure {
  constructor(
    private readonly db: ScopedDatabase,
    private readonly vault: PersonalDataVault,
    private readonly repository: VisitErasureRepository,
    private readonly eraser: VisitEraser,
  ) {}

  eraseOnRequest(officer: ErasureOfficer, trace: TraceContext, bsn: string, withdrawOpenReferrals: boolean, now: Date): Promise<ErasureReport> {
    return this.db.run(SYSTEM_SCOPE, async (manager) => {
      const visits = await this.repository.lockByBsnIndex(manager, this.vault.bsnIndex(bsn));
      if (visits.length === 0) return { erasedVisits: 0, withdrawnReferrals: [] };
      const referrals = await this.repository.lockReferrals(
        manager,
        visits.map((v) => v.id),
      );
      const withdraw = new Set(referralsToWithdraw(referrals, withdrawOpenReferrals).map((r) => r.id));
      for (const id of withdraw) {
        await moveReferralIn(manager, {
          referralId: id,
          action: ReferralAction.CANCEL,
          party: Party.DESK,
          actor: officer,
          reasonCode: CancelReasonCode.ERASURE_REQUESTED,
          isVisible: () => true,
        });
      }
      const open = visits.filter((v) => v.status === VisitStatus.OPEN).map((v) => v.id);
      await this.repository.close(manager, open, VisitCloseReason.ERASURE_REQUEST, now);
      await this.eraser.erase(manager, trace, officer, ProcessingActivity.ERASURE_REQUEST, visits, now);
      return { erasedVisits: visits.length, withdrawnReferrals: referrals.filter((r) => withdraw.has(r.id)) };
    });
  }
}
