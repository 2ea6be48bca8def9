import type { EntityManager } from 'typeorm';
import { VisitEntity } from '../entities/visit.entity.js';

/**
 * Finding a visit the desk has let go of again, to print its summary once more. Runs in the desk's
 * scoped transaction: row-level security already limits it to the service point, and the explicit
 * WHERE says so for the reader.
 */
export class ClosedVisitRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Visits of the service point closed since the start of today in Europe/Amsterdam, last closed first. */
  closedToday(servicePointId: string, limit: number): Promise<VisitEntity[]> {
    return this.manager
      .getRepository(VisitEntity)
      .createQueryBuilder('v')
      .where('v.service_point_id = :servicePointId', { servicePointId })
      .andWhere(`v.status = 'CLOSED'`)
      .andWhere(`v.closed_at >= (date_trunc('day', now() AT TIME ZONE 'Europe/Amsterdam') AT TIME ZONE 'Europe/Amsterdam')`)
      .orderBy('v.closed_at', 'DESC')
      .addOrderBy('v.id', 'DESC')
      .take(limit)
      .getMany();
  }

  /** The closed visit of the service point that holds the referral with this reference, on any day. */
  closedByReference(servicePointId: string, reference: string): Promise<VisitEntity | null> {
    return this.manager
      .getRepository(VisitEntity)
      .createQueryBuilder('v')
      .innerJoin('referral', 'r', 'r.visit_id = v.id AND r.reference = :reference', { reference })
      .where('v.service_point_id = :servicePointId', { servicePointId })
      .andWhere(`v.status = 'CLOSED'`)
      .getOne();
  }
}
