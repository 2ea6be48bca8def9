import type { EntityManager } from 'typeorm';
import type { AgencyCode, DeliveryMode } from '#domain';
import { AgencyConnectionEntity } from '../entities/agency-connection.entity.js';

/** A signing secret that signs now, without the secret itself. */
export interface LiveSigningKey {
  readonly id: string;
  readonly createdAt: Date;
  /** Set once a newer secret replaced it; it signs along until then. */
  readonly expiresAt: Date | null;
}

/**
 * ADMIN's side of an agency's delivery: the connection row (mode, endpoint, disabled) and its webhook
 * signing secrets. No row means PORTAL. The line worker's side is AgencyDeliveryRepository.
 */
export class AgencyConnectionRepository {
  constructor(private readonly manager: EntityManager) {}

  find(agencyCode: AgencyCode): Promise<AgencyConnectionEntity | null> {
    return this.manager.findOneBy(AgencyConnectionEntity, { agencyCode });
  }

  /** Sets mode and endpoint and re-enables a disabled endpoint. */
  async configure(agencyCode: AgencyCode, mode: DeliveryMode, endpointUrl: string | null): Promise<void> {
    await this.manager.upsert(AgencyConnectionEntity, { agencyCode, mode, endpointUrl, disabledAt: null, disabledReason: null }, ['agencyCode']);
  }

  /** Secrets that sign now, newest first: the current one, and the previous one while its overlap lasts. */
  async liveSigningKeys(agencyCode: AgencyCode): Promise<LiveSigningKey[]> {
    return this.manager.query(
      `SELECT id, created_at AS "createdAt", expires_at AS "expiresAt" FROM agency_signing_secret
        WHERE agency_code = $1 AND (expires_at IS NULL OR expires_at > now()) ORDER BY created_at DESC`,
      [agencyCode],
    );
  }

  /** Stores `secret` as the current one unless the agency has a current secret already; true when stored. */
  async addSecretUnlessCurrent(agencyCode: AgencyCode, secret: string): Promise<boolean> {
    const rows = (await this.manager.query(
      `INSERT INTO agency_signing_secret (agency_code, secret, expires_at)
       SELECT $1::varchar, $2::text, NULL::timestamptz WHERE NOT EXISTS (SELECT 1 FROM agency_signing_secret WHERE agency_code = $1 AND expires_at IS NULL)
       RETURNING id`,
      [agencyCode, secret],
    )) as unknown[];
    return rows.length === 1;
  }

  /**
   * Makes `secret` the current one: the old current one signs along for `overlapHours`, anything older
   * stops now, so never more than two sign. The agency's secrets are locked first, so two rotations
   * take turns.
   */
  async rotate(agencyCode: AgencyCode, secret: string, overlapHours: number): Promise<void> {
    await this.manager.query(`SELECT id FROM agency_signing_secret WHERE agency_code = $1 FOR UPDATE`, [agencyCode]);
    await this.manager.query(`UPDATE agency_signing_secret SET expires_at = now() WHERE agency_code = $1 AND expires_at IS NOT NULL AND expires_at > now()`, [
      agencyCode,
    ]);
    await this.manager.query(`UPDATE agency_signing_secret SET expires_at = now() + make_interval(hours => $2) WHERE agency_code = $1 AND expires_at IS NULL`, [
      agencyCode,
      overlapHours,
    ]);
    await this.manager.query(`INSERT INTO agency_signing_secret (agency_code, secret, expires_at) VALUES ($1, $2, NULL)`, [agencyCode, secret]);
  }
}
