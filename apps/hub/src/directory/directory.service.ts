import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AgencyCode, DomainException } from '#domain';
import { AgencyEntity, ServicePointEntity, TopicEntity } from '#persistence';
import { decodeCursor, toConnection, type Connection } from '../graphql/connection.js';

@Injectable()
export class DirectoryService {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  agencies(): Promise<AgencyEntity[]> {
    return this.db.getRepository(AgencyEntity).find({ order: { code: 'ASC' } });
  }

  async agency(code: AgencyCode): Promise<AgencyEntity> {
    const agency = await this.db.getRepository(AgencyEntity).findOneBy({ code });
    if (!agency) throw DomainException.notFound('Agency');
    return agency;
  }

  /** Topics of one or all agencies, optionally matching a search text in name or description. */
  topics(agencyCode: AgencyCode | null, search: string | null): Promise<TopicEntity[]> {
    const query = this.db.getRepository(TopicEntity).createQueryBuilder('t').orderBy('t.agency_code').addOrderBy('t.name');
    if (agencyCode) query.andWhere('t.agency_code = :agencyCode', { agencyCode });
    const text = search?.trim();
    if (text) query.andWhere('(t.name ILIKE :q OR t.description ILIKE :q)', { q: `%${text.replace(/[\\%_]/g, '\\$&')}%` });
    return query.getMany();
  }

  async topic(id: string): Promise<TopicEntity> {
    const topic = await this.db.getRepository(TopicEntity).findOneBy({ id });
    if (!topic) throw DomainException.notFound('Topic');
    return topic;
  }

  async servicePoints(first: number, after: string | null | undefined): Promise<Connection<ServicePointEntity>> {
    const cursor = decodeCursor(after);
    const query = this.db
      .getRepository(ServicePointEntity)
      .createQueryBuilder('s')
      .orderBy('s.created_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .take(first + 1);
    if (cursor) query.where('(s.created_at, s.id) > (:at, :id)', cursor);
    return toConnection(await query.getMany(), first, (s) => ({ at: s.createdAt, id: s.id }));
  }

  async servicePoint(id: string): Promise<ServicePointEntity> {
    const point = await this.db.getRepository(ServicePointEntity).findOneBy({ id });
    if (!point) throw DomainException.notFound('Service point');
    return point;
  }
}
