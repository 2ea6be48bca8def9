import { describe, expect, it } from '@jest/globals';
import { DomainErrorCode, DomainException } from '../index.js';
import { idempotencyKeyReused, normaliseIdempotencyKey } from './idempotency-key.js';

const refusal = (raw: string | string[]) => {
  try {
    normaliseIdempotencyKey(raw);
  } catch (error) {
    return error as DomainException;
  }
  throw new Error('accepted');
};

describe('normaliseIdempotencyKey', () => {
  it('takes a UUID and treats a missing or empty header as no key', () => {
    expect(normaliseIdempotencyKey('0b7e6f2a-6c1d-4e8b-9a51-3f2d1c0e9b8a')).toBe('0b7e6f2a-6c1d-4e8b-9a51-3f2d1c0e9b8a');
    expect(normaliseIdempotencyKey(undefined)).toBeNull();
    expect(normaliseIdempotencyKey('  ')).toBeNull();
  });

  it('refuses short, long, odd or repeated keys with a typed error naming the header', () => {
    for (const raw of ['short', 'x'.repeat(129), 'has space inside', 'ключ-ключ-ключ', ['abcdefgh', 'abcdefgh']]) {
      const error = refusal(raw);
      expect(error.code).toBe(DomainErrorCode.INVALID_INPUT);
      expect(error.details.fields?.[0]?.path).toEqual(['Idempotency-Key']);
    }
  });

  it('names reuse with its own code', () => {
    expect(idempotencyKeyReused().code).toBe(DomainErrorCode.IDEMPOTENCY_KEY_REUSED);
  });
});
