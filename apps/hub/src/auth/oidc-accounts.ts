import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor, AgencyCode, Role } from '#domain';
import type { OidcIdentity } from '#auth';

interface AccountRow {
  id: string;
  active: boolean;
  role: Role;
  service_point_id: string | null;
  agency_code: AgencyCode | null;
}

/** Remembered mappings, so a busy user's requests do not each write the account row. */
const CACHE_TTL_MS = 60_000;
const CACHE_MAX = 10_000;

/**
 * Accounts for people who sign in through the identity provider, created on first sign-in and
 * kept in step with the provider's claims (role and scope can change there).
 */
@Injectable()
export class OidcAccounts {
  private readonly cache = new Map<string, { actor: Actor; until: number }>();

  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  /** The actor for this identity, or null when its service point is unknown or the account is disabled. */
  async actorFor(identity: OidcIdentity, now = Date.now()): Promise<Actor | null> {
    const key = JSON.stringify(identity);
    const cached = this.cache.get(key);
    if (cached && cached.until > now) return cached.actor;
    const actor = await this.upsert(identity);
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    if (actor) this.cache.set(key, { actor, until: now + CACHE_TTL_MS });
    return actor;
  }

  private async upsert(identity: OidcIdentity): Promise<Actor | null> {
    let servicePointId: string | null = null;
    if (identity.servicePointCode) {
      const [point] = (await this.db.query('SELECT id FROM service_point WHERE code = $1', [identity.servicePointCode])) as { id: string }[];
      if (!point) return null;
      servicePointId = point.id;
    }
    const host = new URL(identity.issuer).host;
    const [row] = (await this.db.query(
      `INSERT INTO account (username, display_name, password_hash, role, service_point_id, agency_code, oidc_issuer, oidc_subject)
       VALUES ($1, $2, NULL, $3, $4, $5, $6, $7)
       ON CONFLICT (oidc_issuer, oidc_subject) DO UPDATE
         SET display_name = EXCLUDED.display_name, role = EXCLUDED.role,
             service_point_id = EXCLUDED.service_point_id, agency_code = EXCLUDED.agency_code
       RETURNING id, active, role, service_point_id, agency_code`,
      [`oidc:${identity.subject}@${host}`, identity.displayName, identity.role, servicePointId, identity.agencyCode, identity.issuer, identity.subject],
    )) as AccountRow[];
    if (!row?.active) return null;
    return { accountId: row.id, role: row.role, servicePointId: row.service_point_id, agencyCode: row.agency_code };
  }
}
