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

/** An account row as node-postgres returns it. */
interface AccountRow {
  id: string;
  username: string;
  display_name: string;
  password_hash: string | null;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  role: Role;
  service_point_id: string | null;
  agency_code: AgencyCode | null;
  active: boolean;
  created_at: Date;
}

const ACCOUNT_COLUMNS = `id, username, display_name, password_hash, oidc_issuer, oidc_subject, role, service_point_id, agency_code, active, created_at`;

function accountFromRow(row: AccountRow): AccountEntity {
  const account = new AccountEntity();
  account.id = row.id;
  account.username = row.username;
  account.displayName = row.display_name;
  account.passwordHash = row.password_hash;
  account.oidcIssuer = row.oidc_issuer;
  account.oidcSubject = row.oidc_subject;
  account.role = row.role;
  account.servicePointId = row.service_point_id;
  account.agencyCode = row.agency_code;
  account.active = row.active;
  account.createdAt = row.created_at;
  return account;
}

/** People's accounts: local ones that sign in with a password, and those provisioned from the identity provider. */
export class AccountRepository {
  constructor(private readonly manager: EntityManager) {}

  /** An active account by its (already normalised) user name. */
  async activeByUsername(username: string): Promise<AccountEntity | null> {
    const [row] = (await this.manager.query(`SELECT ${ACCOUNT_COLUMNS} FROM account WHERE username = $1 AND active`, [username])) as AccountRow[];
    return row ? accountFromRow(row) : null;
  }

  async activeById(id: string): Promise<AccountEntity | null> {
    const [row] = (await this.manager.query(`SELECT ${ACCOUNT_COLUMNS} FROM account WHERE id = $1 AND active`, [id])) as AccountRow[];
    return row ? accountFromRow(row) : null;
  }

  /** Staff as case work sees them: who handles a referral, who may. Who may see a name is the domain's rule (canSeeStaffName). */
  async find(id: string): Promise<AccountEntity | null> {
    return (await this.byIds([id]))[0] ?? null;
  }

  /** Many accounts in one statement; an unknown id is missing. */
  async byIds(ids: readonly string[]): Promise<AccountEntity[]> {
    const rows = (await this.manager.query(`SELECT ${ACCOUNT_COLUMNS} FROM account WHERE id = ANY($1::uuid[])`, [ids])) as AccountRow[];
    return rows.map(accountFromRow);
  }

  /** The active accounts of an agency in these roles, by name. */
  async ofLine(agency: AgencyCode, roles: readonly Role[]): Promise<AccountEntity[]> {
    const rows = (await this.manager.query(
      `SELECT ${ACCOUNT_COLUMNS} FROM account WHERE agency_code = $1 AND role = ANY($2::text[]) AND active ORDER BY display_name`,
      [agency, roles],
    )) as AccountRow[];
    return rows.map(accountFromRow);
  }

  /** The account if it is active and belongs to the agency. */
  async activeOf(id: string, agency: AgencyCode): Promise<AccountEntity | null> {
    const [row] = (await this.manager.query(`SELECT ${ACCOUNT_COLUMNS} FROM account WHERE id = $1 AND agency_code = $2 AND active`, [id, agency])) as AccountRow[];
    return row ? accountFromRow(row) : null;
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
