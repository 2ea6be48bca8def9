import type { EntityManager } from 'typeorm';
import { planSla, type SlaPlan } from '#domain';
import type { ReferralEntity } from '../entities/referral.entity.js';
import { TimerRepository } from './timer-repository.js';

/** The SLA plan of a referral that goes on the line at `startedAt`; writes nothing. */
export async function planFor(manager: EntityManager, referral: Pick<ReferralEntity, 'agencyCode' | 'urgency'>, startedAt: Date): Promise<SlaPlan> {
  const { calendar, targets } = await new TimerRepository(manager).slaContext(referral.agencyCode, referral.urgency);
  return planSla(startedAt, targets, calendar);
}

/**
 * Sets a referral's deadlines from `startedAt` and replaces its pending timers with the new plan.
 * Call inside the transaction that submitted (or re-planned) it; the outbox relay schedules the
 * timers in Redis after commit.
 */
export async function planDeadlines(manager: EntityManager, referral: ReferralEntity, startedAt: Date): Promise<SlaPlan> {
  const plan = await planFor(manager, referral, startedAt);
  const timers = new TimerRepository(manager);
  await timers.setDeadlines(referral.id, plan.receiveDueAt, plan.acceptDueAt);
  await timers.replacePending(referral.id, plan.timers);
  return plan;
}
