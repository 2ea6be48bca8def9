import type { EntityManager } from 'typeorm';
import { planSla, type SlaPlan } from '#domain';
import type { ReferralEntity } from '../entities/referral.entity.js';
import { TimerRepository } from './timer-repository.js';

/** The SLA plan of a referral that goes on the line at `startedAt`; writes nothing. */
export async function planFor(manager: EntityManager, referral: Pick<ReferralEntity, 'agencyCode' | 'urgency'>, startedAt: Date): Promise<SlaPlan> {
  const { calendar, targets } = await new TimerRepository(manager).slaContext(referral.agencyCode, referral.urgency);
  return planSla(startedAt, targets, calendar);
}

