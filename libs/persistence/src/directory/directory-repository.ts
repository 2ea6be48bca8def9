import type { EntityManager } from 'typeorm';
import type { AgencyCode } from '#domain';
import { AgencyEntity } from '../entities/agency.entity.js';
import { ServicePointEntity } from '../entities/service-point.entity.js';
import { TopicEntity } from '../entities/topic.entity.js';

/** A keyset position in the service point list: after this creation time and id. */
export interface ServicePointCursor {
  readonly at: Date;
  readonly id: string;
}

/** The catalogue everyone may read: agencies, their topics, service points. No row-level security applies. */
export class DirectoryRepository {
  constructor(private readonly manager: EntityManager) {}

  agencies(): Promise<AgencyEntity[]> {
    return this.manager.find(AgencyEntity, { order: { code: 'ASC' } });
  }

  agency(code: AgencyCode): Promise<AgencyEntity | null> {
    return this.manager.findOneBy(AgencyEntity, { code });
  }

  /** Topics of one or all agencies by agency and name, optionally with a search text in name or description (LIKE wildcards escaped). */
  topics(agencyCode: AgencyCode | null, search: string | null): Promise<TopicEntity[]> {
    const query = this.manager.getRepository(TopicEntity).createQueryBuilder('t').orderBy('t.agency_code').addOrderBy('t.name');
    if (agencyCode) query.andWhere('t.agency_code = :agencyCode', { agencyCode });
    if (search) query.andWhere('(t.name ILIKE :q OR t.description ILIKE :q)', { q: `%${search.replace(/[\\%_]/g, '\\$&')}%` });
    return query.getMany();
  }

  topic(id: string): Promise<TopicEntity | null> {
    return this.manager.findOneBy(TopicEntity, { id });
  }

  /**
   * Up to `limit` service points in creation order, after the cursor when given. The order and the
   * comparison use the creation time to the millisecond, as the cursor (a JS Date) carries it: the
   * seed creates every point in one transaction, so at full precision they share one time that a
   * cursor truncated to milliseconds falls before, and every next page began at the start again.
   */
  servicePoints(limit: number, after: ServicePointCursor | null): Promise<ServicePointEntity[]> {
    const query = this.manager
      .getRepository(ServicePointEntity)
      .createQueryBuilder('s')
      .orderBy(`date_trunc('milliseconds', s.created_at)`, 'ASC')
      .addOrderBy('s.id', 'ASC')
      .take(limit);
    if (after) query.where(`(date_trunc('milliseconds', s.created_at), s.id) > (:at, :id)`, after);
    return query.getMany();
  }

  servicePoint(id: string): Promise<ServicePointEntity | null> {
    return this.manager.findOneBy(ServicePointEntity, { id });
  }
}
