import { Inject, Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { type Actor, canSeeVisit, type CitizenSummary, citizenSummary, DEFAULT_LINE_HOURS, DomainException, whatToBring } from '#domain';
import { AgencyEntity, AppointmentEntity, ReferralEntity, ScopedDatabase, scopeOf, ServicePointEntity, TopicEntity, VisitEntity } from '#persistence';

/** Gathers a visit's referrals into the one-page summary the citizen takes home. */
@Injectable()
export class CitizenSummaryService {
  constructor(@Inject(ScopedDatabase) private readonly db: ScopedDatabase) {}

  /** Everything it reads runs in the desk's own scope; nothing personal is on it besides appointment times. */
  forVisit(actor: Actor, visitId: string): Promise<CitizenSummary> {
    return this.db.run(scopeOf(actor), async (manager) => {
      const visit = await manager.findOneBy(VisitEntity, { id: visitId });
      if (!visit || !canSeeVisit(actor, visit)) throw DomainException.notFound('Visit');
      const point = await manager.findOneByOrFail(ServicePointEntity, { id: visit.servicePointId });
      const referrals = await manager.find(ReferralEntity, { where: { visitId }, order: { createdAt: 'ASC' } });
      const agencies = new Map((await manager.find(AgencyEntity)).map((a) => [a.code, a]));
      const topics = new Map((await manager.findBy(TopicEntity, { id: In(referrals.map((r) => r.topicId)) })).map((t) => [t.id, t]));
      const appointments = new Map(
        (await manager.findBy(AppointmentEntity, { referralId: In(referrals.map((r) => r.id)) })).map((a) => [a.referralId, a]),
      );
      return citizenSummary({
        servicePointName: point.name,
        timeZone: DEFAULT_LINE_HOURS.timeZone,
        referrals: referrals.map((r) => {
          const appointment = appointments.get(r.id) ?? null;
          const topic = topics.get(r.topicId)!;
          return {
            reference: r.reference,
            agencyName: agencies.get(r.agencyCode)!.name,
            topicName: topic.name,
            status: r.status,
            appointment,
            whatToBring: whatToBring(topic.whatToBring, appointment?.extraItems ?? []),
          };
        }),
      });
    });
  }
}
