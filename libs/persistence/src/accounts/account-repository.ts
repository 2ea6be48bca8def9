import type { EntityManager } from 'typeorm';
import type { AgencyCode, Role } from '#domain';
import { AccountEntity } from '../entities/account.entity.js';

/** An identity provider's person as the account row keeps it. */
export interface OidcAccountClaims {
  readonly issuer: string;
  readonly subject: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  /** The service point's code as the provider names it; null for a person without one. */
  readonly servicePointCode: string | null;
  readonly agencyCode: AgencyCode | null;
}

/** What a request needs of an account: who, in which role and scope, and whether it may still act. */
export interface AccountGrant {
  readonly id: string;
  readonly active: boolean;
  readonly role: Role;
  readonly servicePointId: string | null;
  readonly agencyCode: AgencyCode | null;
}

/** People's accounts: local ones that sign in with a password, and those provisioned from the identity provider. */
export class AccountRepository {
  constructor(private readonly manager: EntityManager) {}

  /** An active account by its (already normalised) user name. */
  activeByUsername(username: string): Promise<AccountEntity | null> {
    return this.manager.findOneBy(AccountEntity, { username, active: true });
  }

  activeById(id: string): Promise<AccountEntity | null> {
    return this.manager.findOneBy(AccountEntity, { id, active: true });
  }

  /**
   * Creates the account on first sign-in or brings role and scope in step with the provider, in one
   * statement with the service point's code looked up inside it. Null, and nothing written, when the
   * code names no service point. A disabled account stays disabled: `active` is never set here.
   */
  async upsertOidc(claims: OidcAccountClaims): Promise<AccountGrant | null> {
    const [row] = (await this.manager.query(
      `WITH point AS (SELECT id FROM service_point WHERE code = $6)
       INSERT INTO account (username, display_name, password_hash, role, service_point_id, agency_code, oidc_issuer, oidc_subject)
       SELECT $1::text, $2::text, NULL::text, $3::text, (SELECT id FROM point), $4::varchar, $5::text, $7::text
        WHERE $6::text IS NULL OR EXISTS (SELECT 1 FROM point)
       ON CONFLICT (oidc_issuer, oidc_subject) DO UPDATE
         SET display_name = EXCLUDED.display_name, role = EXCLUDED.role,
             service_point_id = EXCLUDED.service_point_id, agency_code = EXCLUDED.agency_code
       RETURNING id, active, role, service_point_id AS "servicePointId", agency_code AS "agencyCode"`,
      [claims.username, claims.displayName, claims.role, claims.agencyCode, claims.issuer, claims.servicePointCode, claims.subject],
    )) as AccountGrant[];
    return row ?? null;
  }
}
