import type { EntityManager } from 'typeorm';
import { planSla, type SlaPlan } from '#domain';
import { ReferralEntity } from '../entities/referral.entity.js';
import { ReferralTimerEntity, TimerOutcome } from '../entities/referral-timer.entity.js';
import { lineCalendar, slaTargets } from './line-sla.js';

/**
 * Sets a referral's deadlines from `startedAt` and replaces its pending timers with the new plan.
 * Call inside the transaction that submitted (or re-planned) it; the outbox relay schedules the
 * timers in Redis after commit.
 */
export async function planDeadlines(manager: EntityManager, referral: ReferralEntity, startedAt: Date): Promise<SlaPlan> {
  const calendar = await lineCalendar(manager, referral.agencyCode);
  const plan = planSla(startedAt, await slaTargets(manager, referral.agencyCode, referral.urgency), calendar);
  await manager.update(ReferralEntity, { id: referral.id }, { receiveDueAt: plan.receiveDueAt, acceptDueAt: plan.acceptDueAt });
  await manager.query(
    `UPDATE referral_timer SET settled_at = now(), outcome = $2 WHERE referral_id = $1 AND settled_at IS NULL`,
    [referral.id, TimerOutcome.SUPERSEDED],
  );
  await manager.insert(
    ReferralTimerEntity,
    plan.timers.map((t) => ({ referralId: referral.id, kind: t.kind, fireAt: t.fireAt })),
  );
  return plan;
}
