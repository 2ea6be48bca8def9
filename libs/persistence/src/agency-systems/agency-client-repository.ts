import { IsNull, type EntityManager } from 'typeorm';
import type { AgencyCode } from '#domain';
import { AgencyClientEntity } from '../entities/agency-client.entity.js';

/** Agency systems' OAuth2 clients (client credentials); only the secret's hash is stored. */
export class AgencyClientRepository {
  constructor(private readonly manager: EntityManager) {}

  async insert(client: { readonly clientId: string; readonly agencyCode: AgencyCode; readonly secretHash: string }): Promise<void> {
    await this.manager.insert(AgencyClientEntity, { ...client, revokedAt: null });
  }

  /** A client that may still get tokens. */
  active(clientId: string): Promise<AgencyClientEntity | null> {
    return this.manager.findOneBy(AgencyClientEntity, { clientId, revokedAt: IsNull() });
  }

  /** The agency's clients, revoked ones too, oldest first. */
  ofAgency(agencyCode: AgencyCode): Promise<AgencyClientEntity[]> {
    return this.manager.find(AgencyClientEntity, { where: { agencyCode }, order: { createdAt: 'ASC' } });
  }
}
