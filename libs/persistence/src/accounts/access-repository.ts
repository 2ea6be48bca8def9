import type { DataSource } from 'typeorm';

/** What every hub must refuse right now: disabled accounts, and sessions that were revoked and have not yet expired. */
export interface RevokedAccess {
  readonly disabledAccountIds: readonly string[];
  readonly revokedSessionIds: readonly string[];
}

/** Accounts being switched off and sessions being ended; both small, read whole by every hub every few seconds. */
export class AccessRepository {
  constructor(private readonly db: DataSource) {}

  /** Idempotent: revoking twice keeps the first time. */
  async revokeSession(sessionId: string, accountId: string, expiresAt: Date): Promise<void> {
    await this.db.query(
      `INSERT INTO session_revocation (session_id, account_id, expires_at) VALUES ($1, $2, $3) ON CONFLICT (session_id) DO NOTHING`,
      [sessionId, accountId, expiresAt],
    );
  }

  /** False when there is no such account. */
  async setAccountActive(accountId: string, active: boolean): Promise<boolean> {
    const [, count] = (await this.db.query(`UPDATE account SET active = $2 WHERE id = $1`, [accountId, active])) as [unknown, number];
    return count === 1;
  }

  async revoked(now: Date): Promise<RevokedAccess> {
    const rows = (await this.db.query(
      `SELECT 'account' AS kind, id::text AS id FROM account WHERE NOT active
       UNION ALL
       SELECT 'session', session_id FROM session_revocation WHERE expires_at > $1`,
      [now],
    )) as { kind: 'account' | 'session'; id: string }[];
    return {
      disabledAccountIds: rows.filter((r) => r.kind === 'account').map((r) => r.id),
      revokedSessionIds: rows.filter((r) => r.kind === 'session').map((r) => r.id),
    };
  }

  /** Rows of sessions whose tokens have all expired: nothing left to refuse. */
  async forgetExpired(now: Date): Promise<number> {
    const [, count] = (await this.db.query(`DELETE FROM session_revocation WHERE expires_at <= $1`, [now])) as [unknown, number];
    return count;
  }
}
