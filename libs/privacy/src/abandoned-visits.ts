import type { EntityManager } from 'typeorm';
import {
  AbandonedReferralStep,
  abandonedReferralStep,
  abandonmentCutoff,
  CancelReasonCode,
  isAbandoned,
  Party,
  ReferralAction,
  TimelineEventType,
  VisitCloseReason,
  VisitStatus,
} from '#domain';
import { appendTimelineEvent, moveReferralIn, ReferralRepository, type ScopedDatabase, SYSTEM_SCOPE, type VisitErasureRepository, type VisitReferral } from '#persistence';

/** The machinery acts, not a person: its timeline entries carry no account. */
const MACHINERY = { id: null, role: 'LINE' } as const;

/**
 * Closes visits the desk never let go of and nobody touched for `abandonedVisitDays` (the rule is
 * libs/domain's isAbandoned), so the retention period starts for them too. Their referrals follow
 * abandonedReferralStep: never picked up, cancelled with VISIT_ABANDONED; picked up, kept by the
 * agency with a VISIT_ABANDONED note on the timeline; ended, left alone. `now` is injected.
 */
export class AbandonedVisits {
  constructor(
    private readonly db: ScopedDatabase,
    private readonly repository: VisitErasureRepository,
    private readonly abandonedVisitDays: number,
    private readonly batchSize = 100,
  ) {}

  /** Returns how many visits were closed. */
  async closeAbandoned(now: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const { claimed, closed } = await this.closeBatch(now);
      total += closed;
      if (claimed < this.batchSize) return total;
    }
  }

  private closeBatch(now: Date): Promise<{ claimed: number; closed: number }> {
    return this.db.run(SYSTEM_SCOPE, async (manager) => {
      const claimed = await this.repository.claimAbandoned(manager, abandonmentCutoff(now, this.abandonedVisitDays), this.batchSize);
      if (claimed.length === 0) return { claimed: 0, closed: 0 };
      const ids = claimed.map((v) => v.id);
      const referrals = await this.repository.lockReferrals(manager, ids);
      // Re-read under the locks: a move that committed since the claim means the visit is alive after all.
      const activity = await this.repository.lastActivity(manager, ids);
      const quiet = ids.filter((id) => isAbandoned({ status: VisitStatus.OPEN, lastActivityAt: activity.get(id)! }, now, this.abandonedVisitDays));
      for (const referral of referrals.filter((r) => quiet.includes(r.visitId))) await this.settle(manager, referral);
      await this.repository.close(manager, quiet, VisitCloseReason.ABANDONED, now);
      return { claimed: claimed.length, closed: quiet.length };
    });
  }

  private async settle(manager: EntityManager, referral: VisitReferral): Promise<void> {
    switch (abandonedReferralStep(referral.status)) {
      case AbandonedReferralStep.WITHDRAW:
        // On the desk's behalf: the visit is the desk's, and withdrawing a handoff is the desk's move.
        await moveReferralIn(manager, {
          referralId: referral.id,
          action: ReferralAction.CANCEL,
          party: Party.DESK,
          actor: MACHINERY,
          reasonCode: CancelReasonCode.VISIT_ABANDONED,
          isVisible: () => true,
        });
        return;
      case AbandonedReferralStep.KEEP_WITH_NOTE:
        await appendTimelineEvent(manager, {
          // Locked by lockReferrals in this transaction: it is there.
          referral: (await new ReferralRepository(manager).find(referral.id))!,
          type: TimelineEventType.VISIT_ABANDONED,
          fromStatus: referral.status,
          actor: MACHINERY,
          reason: null,
        });
        return;
      case AbandonedReferralStep.NONE:
        return;
    }
  }
}
