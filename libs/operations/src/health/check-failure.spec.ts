import { describe, expect, it } from '@jest/globals';
import { CheckFailure, guarded, safeReason } from './check-failure.js';

describe('safeReason', () => {
  it("keeps a check's own words, and only the name and code of anything else", async () => {
    expect(safeReason(new CheckFailure('maxmemory-policy is allkeys-lru; needs noeviction'))).toBe('maxmemory-policy is allkeys-lru; needs noeviction');
    const driver = Object.assign(new Error('password authentication failed for user "secret-user"'), { code: '28P01' });
    expect(safeReason(driver)).toBe('Error (28P01)');
    await expect(guarded(() => Promise.reject(driver))).rejects.toThrow(new CheckFailure('Error (28P01)'));
  });
});
