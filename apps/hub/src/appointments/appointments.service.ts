import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  assertMayActOnCase,
  BUSINESS_STATUS_FOR,
  canSchedule,
  canSeeReferral,
  DomainErrorCode,
  DomainException,
  normaliseAppointment,
  ReferralNote,
  timelineReasonText,
  whatToBring,
} from '#domain';
import { type Clock, CLOCK } from '#lines';
import {
  type AppointmentEntity,
  AppointmentRepository,
  appendTimelineEvent,
  createOnce,
  type IdempotentRequest,
  type ReferralEntity,
  ReferralRepository,
  ScopedDatabase,
  scopeOf,
  screenFreeTextIn,
} from '#persistence';
import type { ScheduleAppointmentInput } from './appointment.inputs.js';

/** Appointments and callback windows: set by the agency or the desk once a referral is picked up. */
@Injectable()
export class AppointmentsService {
  constructor(
    @Inject(ScopedDatabase) private readonly db: ScopedDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Sets (or replaces) the referral's appointment; its business status shows the kind. */
  async schedule(actor: Actor, input: ScheduleAppointmentInput, once: IdempotentRequest | null = null): Promise<ReferralEntity> {
    return this.db.run(scopeOf(actor), (manager) => createOnce(manager, once, async () => {
      const referrals = new ReferralRepository(manager);
      const referral = await referrals.findForUpdate(input.referralId);
      if (!referral || !canSeeReferral(actor, referral)) throw DomainException.notFound('Referral');
      assertMayActOnCase(actor, referral);
      if (!canSchedule(referral.status)) {
        throw new DomainException(DomainErrorCode.ILLEGAL_TRANSITION, `Cannot schedule for a referral that is ${referral.status}`, {
          currentStatus: referral.status,
        });
      }
      const appointment = normaliseAppointment(input, this.clock(), ['input']);
      // Both sides read the place and the items: only personal data the citizen consented to.
      await screenFreeTextIn(manager, referral.id, [
        { path: ['input', 'place'], text: input.place },
        ...(input.extraItems ?? []).map((text, i) => ({ path: ['input', 'extraItems', String(i)], text })),
      ]);
      await new AppointmentRepository(manager).put(referral.id, appointment, { id: actor.accountId, role: actor.role });
      const updated = await referrals.setBusinessStatus(referral.id, BUSINESS_STATUS_FOR[appointment.kind]);
      await appendTimelineEvent(manager, {
        referral: updated,
        type: ReferralNote.SCHEDULED,
        fromStatus: updated.status,
        actor: { id: actor.accountId, role: actor.role },
        reason: timelineReasonText.scheduled(appointment.kind, appointment.startsAt),
      });
      return updated;
    }, (first) => new ReferralRepository(manager).get(first)));
  }

  appointment(actor: Actor, referralId: string): Promise<AppointmentEntity | null> {
    return this.db.run(scopeOf(actor), (manager) => new AppointmentRepository(manager).of(referralId));
  }

  /** The topic's list plus the agency's additions. */
  async whatToBring(actor: Actor, referral: ReferralEntity): Promise<string[]> {
    const { topicItems, extraItems } = await this.db.run(scopeOf(actor), (manager) => new AppointmentRepository(manager).toBring(referral.id, referral.topicId));
    return whatToBring(topicItems, extraItems);
  }
}
