import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor, canSeeVisit, DomainException, normaliseCitizenContact, normaliseQuestions, VisitStatus } from '#domain';
import { CitizenEntity, ReferralEntity, VisitEntity } from '#persistence';
import { decodeCursor, toConnection, type Connection } from '../graphql/connection.js';
import type { OpenVisitInput } from './visit.inputs.js';

@Injectable()
export class VisitsService {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  /** Opens a visit for the actor's own service point, with the citizen's contact data beside it. */
  async open(actor: Actor, input: OpenVisitInput): Promise<VisitEntity> {
    const questions = normaliseQuestions(input.questions, ['input', 'questions']);
    const contact = normaliseCitizenContact(input.citizen ?? {}, ['input', 'citizen']);
    return this.db.transaction(async (manager) => {
      const visit = await manager.save(
        manager.create(VisitEntity, {
          servicePointId: actor.servicePointId!,
          openedBy: actor.accountId,
          channel: input.channel,
          status: VisitStatus.OPEN,
          questions,
        }),
      );
      await manager.insert(CitizenEntity, { visitId: visit.id, ...contact });
      return visit;
    });
  }

  async get(actor: Actor, id: string): Promise<VisitEntity> {
    const visit = await this.db.getRepository(VisitEntity).findOneBy({ id });
    if (!visit || !canSeeVisit(actor, visit)) throw DomainException.notFound('Visit');
    return visit;
  }

  /** The desk's own visits, newest first. */
  async list(actor: Actor, status: VisitStatus | null, first: number, after?: string | null): Promise<Connection<VisitEntity>> {
    const cursor = decodeCursor(after);
    const query = this.db
      .getRepository(VisitEntity)
      .createQueryBuilder('v')
      .where('v.service_point_id = :sp', { sp: actor.servicePointId })
      .orderBy('v.opened_at', 'DESC')
      .addOrderBy('v.id', 'DESC')
      .take(first + 1);
    if (status) query.andWhere('v.status = :status', { status });
    if (cursor) query.andWhere('(v.opened_at, v.id) < (:at, :id)', cursor);
    return toConnection(await query.getMany(), first, (v) => ({ at: v.openedAt, id: v.id }));
  }

  citizen(visitId: string): Promise<CitizenEntity | null> {
    return this.db.getRepository(CitizenEntity).findOneBy({ visitId });
  }

  referrals(visitId: string): Promise<ReferralEntity[]> {
    return this.db.getRepository(ReferralEntity).find({ where: { visitId }, order: { createdAt: 'ASC' } });
  }
}
