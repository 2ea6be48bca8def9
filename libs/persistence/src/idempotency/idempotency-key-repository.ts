import type { DataSource, EntityManager } from 'typeorm';
import { IDEMPOTENCY_KEY_TTL_HOURS } from '#domain';

/** One creating request, named by its caller: whose key, the key, and what was asked. */
export interface IdempotentRequest {
  readonly accountId: string;
  readonly key: string;
  /** SHA-256 of the operation and its arguments. */
  readonly requestHash: string;
}

/** What a claim found: the key is ours now, it answered this same request before, or it answered another one. */
export type KeyClaim = { readonly kind: 'claimed' } | { readonly kind: 'answered'; readonly resultId: string } | { readonly kind: 'reused' };

/**
 * Idempotency keys in Postgres. A claim runs first in the creating transaction: a concurrent twin waits on
 * the primary key until that transaction ends, then sees the committed answer (or claims the key itself
 * when the first one rolled back). Keys are per account, so another account's key is unrelated.
 */
export class IdempotencyKeyRepository {
  async claim(manager: EntityManager, request: IdempotentRequest): Promise<KeyClaim> {
    // An expired key is claimed afresh, as if the retention job had already removed it.
    const inserted = (await manager.query(
      `INSERT INTO idempotency_key (account_id, key, request_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(hours => $4))
       ON CONFLICT (account_id, key) DO UPDATE
         SET request_hash = EXCLUDED.request_hash, result_id = NULL, created_at = now(), expires_at = EXCLUDED.expires_at
         WHERE idempotency_key.expires_at <= now()
       RETURNING 1`,
      [request.accountId, request.key, request.requestHash, IDEMPOTENCY_KEY_TTL_HOURS],
    )) as unknown[];
    if (inserted.length === 1) return { kind: 'claimed' };
    const [row] = (await manager.query(`SELECT request_hash AS "requestHash", result_id AS "resultId" FROM idempotency_key WHERE account_id = $1 AND key = $2`, [
      request.accountId,
      request.key,
    ])) as { requestHash: string; resultId: string | null }[];
    // The row can only lack a result inside its own, uncommitted transaction, which we cannot see.
    if (!row?.resultId) throw new Error('idempotency key without a result');
    return row.requestHash === request.requestHash ? { kind: 'answered', resultId: row.resultId } : { kind: 'reused' };
  }

  /** Records what the claiming request produced, in its own transaction. */
  async answer(manager: EntityManager, request: IdempotentRequest, resultId: string): Promise<void> {
    await manager.query(`UPDATE idempotency_key SET result_id = $3 WHERE account_id = $1 AND key = $2`, [request.accountId, request.key, resultId]);
  }

  /** For the retention job: keys past their expiry; returns how many went. */
  async forgetExpired(db: DataSource, now: Date): Promise<number> {
    const [, count] = (await db.query(`DELETE FROM idempotency_key WHERE expires_at <= $1`, [now])) as [unknown, number];
    return count;
  }
}
