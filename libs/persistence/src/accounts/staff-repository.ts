import type { EntityManager } from 'typeorm';
import type { AgencyCode, Role } from '#domain';
import { AccountEntity } from '../entities/account.entity.js';

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

/**
 * Staff accounts as case work sees them: who handles a referral, who may, and their names. Who may see
 * a name is the domain's rule (canSeeStaffName); this only reads.
 */
export class StaffRepository {
  constructor(private readonly manager: EntityManager) {}

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
}
