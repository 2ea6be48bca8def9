import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor, canSeeVisit, type CitizenSummary, citizenSummary, DEFAULT_LINE_HOURS, DomainException, whatToBring } from '#domain';
import { AgencyEntity, AppointmentEntity, ReferralEntity, ServicePointEntity, TopicEntity, VisitEntity } from '#persistence';

/** Gathers a visit's referrals into the one-page summary the citizen takes home. */
@Injectable()
export class CitizenSummaryService {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  async forVisit(actor: Actor, visitId: string): Promise<CitizenSummary> {
    const visit = await this.db.getRepository(VisitEntity).findOneBy({ id: visitId });
    if (!visit || !canSeeVisit(actor, visit)) throw DomainException.notFound('Visit');
    const [point, referrals] = await Promise.all([
      this.db.getRepository(ServicePointEntity).findOneByOrFail({ id: visit.servicePointId }),
      this.db.getRepository(ReferralEntity).find({ where: { visitId }, order: { createdAt: 'ASC' } }),
    ]);
    const byId = <T>(rows: T[], key: (row: T) => string) => new Map(rows.map((r) => [key(r), r]));
    const ids = referrals.map((r) => r.id);
    const [agencies, topics, appointments] = await Promise.all([
      this.db.getRepository(AgencyEntity).find().then((rows) => byId(rows, (a) => a.code)),
      this.db.getRepository(TopicEntity).findBy(referrals.map((r) => ({ id: r.topicId }))).then((rows) => byId(rows, (t) => t.id)),
      ids.length ? this.db.getRepository(AppointmentEntity).findBy(ids.map((id) => ({ referralId: id }))).then((rows) => byId(rows, (a) => a.referralId)) : new Map<string, AppointmentEntity>(),
    ]);
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
  }
}
