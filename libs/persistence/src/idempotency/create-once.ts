import type { EntityManager } from 'typeorm';
import { idempotencyKeyReused } from '#domain';
import { IdempotencyKeyRepository, type IdempotentRequest } from './idempotency-key-repository.js';

const keys = new IdempotencyKeyRepository();

/**
 * Runs a creating unit of work at most once per idempotency key, inside the caller's transaction: the
 * key is claimed first, the answer recorded with the work, so both commit or neither. A retry gets the
 * first result read again; the same key with another request is refused. Without a key, just runs.
 */
export async function createOnce<T extends { readonly id: string }>(
  manager: EntityManager,
  request: IdempotentRequest | null,
  create: () => Promise<T>,
  reread: (id: string) => Promise<T>,
): Promise<T> {
  if (!request) return create();
  const claim = await keys.claim(manager, request);
  switch (claim.kind) {
    case 'answered':
      return reread(claim.resultId);
    case 'reused':
      throw idempotencyKeyReused();
    case 'claimed': {
      const result = await create();
      await keys.answer(manager, request, result.id);
      return result;
    }
  }
}
