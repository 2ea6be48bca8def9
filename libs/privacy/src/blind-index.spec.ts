import { describe, expect, it } from '@jest/globals';
import { createHmac, randomBytes } from 'node:crypto';
import { syntheticBsn } from '#domain';
import { BlindIndex } from './blind-index.js';

describe('BlindIndex', () => {
  const key = randomBytes(32);
  const index = new BlindIndex(key);

  it('is a keyed HMAC-SHA256: stable for one key, different under another, never the BSN itself', () => {
    const bsn = syntheticBsn(1);
    expect(index.bsn(bsn)).toBe(createHmac('sha256', key).update(`bsn:${bsn}`).digest('hex'));
    expect(index.bsn(bsn)).toBe(new BlindIndex(key).bsn(bsn));
    expect(index.bsn(bsn)).not.toBe(new BlindIndex(randomBytes(32)).bsn(bsn));
    expect(index.bsn(bsn)).not.toContain(bsn);
  });

  it('names a data subject by BSN when known, else by a keyed hash of the visit', () => {
    const visitId = '7f1e0d3c-0000-4000-8000-000000000001';
    expect(index.subject(visitId, syntheticBsn(2))).toBe(`BSN:${index.bsn(syntheticBsn(2))}`);
    expect(index.subject(visitId, null)).toMatch(/^VISIT:[0-9a-f]{64}$/);
    expect(index.subject(visitId, null)).not.toContain(visitId);
  });

  it('refuses a short key', () => {
    expect(() => new BlindIndex(randomBytes(16))).toThrow(/at least 32 bytes/);
  });
});
