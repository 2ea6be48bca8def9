import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type AgencyCode, DomainException } from '#domain';
import { type AgencyEntity, DirectoryRepository, type ServicePointEntity, type TopicEntity } from '#persistence';
import { decodeCursor, toConnection, type Connection } from '../graphql/connection.js';

@Injectable()
export class DirectoryService {
  private readonly directory: DirectoryRepository;

  constructor(@Inject(DataSource) db: DataSource) {
    this.directory = new DirectoryRepository(db.manager);
  }

  agencies(): Promise<AgencyEntity[]> {
    return this.directory.agencies();
  }

  async agency(code: AgencyCode): Promise<AgencyEntity> {
    const agency = await this.directory.agency(code);
    if (!agency) throw DomainException.notFound('Agency');
    return agency;
  }

  /** Topics of one or all agencies, optionally matching a search text in name or description. */
  topics(agencyCode: AgencyCode | null, search: string | null): Promise<TopicEntity[]> {
    return this.directory.topics(agencyCode, search?.trim() || null);
  }

  async topic(id: string): Promise<TopicEntity> {
    const topic = await this.directory.topic(id);
    if (!topic) throw DomainException.notFound('Topic');
    return topic;
  }

  async servicePoints(first: number, after: string | null | undefined): Promise<Connection<ServicePointEntity>> {
    const points = await this.directory.servicePoints(first + 1, decodeCursor(after));
    return toConnection(points, first, (s) => ({ at: s.createdAt, id: s.id }));
  }

  async servicePoint(id: string): Promise<ServicePointEntity> {
    const point = await this.directory.servicePoint(id);
    if (!point) throw DomainException.notFound('Service point');
    return point;
  }
}
