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
  AppointmentEntity,
  appendTimelineEvent,
  createOnce,
  type IdempotentRequest,
  ReferralEntity,
  ScopedDatabase,
  scopeOf,
  screenFreeTextIn,
  TopicEntity,
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
      const referral = await manager.findOne(ReferralEntity, { where: { id: input.referralId }, lock: { mode: 'pessimistic_write' } });
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
      await manager.upsert(
        AppointmentEntity,
        { referralId: referral.id, ...appointment, scheduledBy: actor.accountId, scheduledByRole: actor.role },
        ['referralId'],
      );
      await manager.update(ReferralEntity, { id: referral.id }, { businessStatus: BUSINESS_STATUS_FOR[appointment.kind] });
      const updated = await manager.findOneByOrFail(ReferralEntity, { id: referral.id });
      await appendTimelineEvent(manager, {
        referral: updated,
        type: ReferralNote.SCHEDULED,
        fromStatus: updated.status,
        actor: { id: actor.accountId, role: actor.role },
        reason: timelineReasonText.scheduled(appointment.kind, appointment.startsAt),
      });
      return updated;
    }, (first) => manager.findOneByOrFail(ReferralEntity, { id: first })));
  }

  appointment(actor: Actor, referralId: string): Promise<AppointmentEntity | null> {
    return this.db.run(scopeOf(actor), (manager) => manager.findOneBy(AppointmentEntity, { referralId }));
  }

  /** The topic's list plus the agency's additions. */
  async whatToBring(actor: Actor, referral: ReferralEntity): Promise<string[]> {
    const [topic, appointment] = await Promise.all([
      this.db.dataSource.getRepository(TopicEntity).findOneByOrFail({ id: referral.topicId }),
      this.appointment(actor, referral.id),
    ]);
    return whatToBring(topic.whatToBring, appointment?.extraItems ?? []);
  }
}
