import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { FieldCipher } from './field-cipher.js';
import { PrivacyErrorCode } from './privacy-exception.js';

const k1 = randomBytes(32);
const k2 = randomBytes(32);
const old = new FieldCipher(new Map([['k1', k1]]), 'k1');
const rotated = new FieldCipher(new Map([['k1', k1], ['k2', k2]]), 'k2');
const context = 'visit_citizen.bsn_sealed:7f1e0d3c-0000-4000-8000-000000000001';

describe('FieldCipher', () => {
  it('seals with the current key id in front and opens again', () => {
    const sealed = old.seal('999999990', context);
    expect(sealed).toMatch(/^k1:[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain('999999990');
    expect(old.open(sealed, context)).toBe('999999990');
  });

  it('uses a fresh 96-bit IV per value: the same plaintext never seals the same twice', () => {
    const a = Buffer.from(old.seal('same', context).slice(3), 'base64url');
    const b = Buffer.from(old.seal('same', context).slice(3), 'base64url');
    expect(a.subarray(0, 12).equals(b.subarray(0, 12))).toBe(false);
    expect(a.length).toBe(12 + 4 + 16);
  });

  it('keeps values under an old key readable after rotation and seals new ones under the current key', () => {
    const before = old.seal('Synthetisch Persoon', context);
    expect(rotated.open(before, context)).toBe('Synthetisch Persoon');
    expect(rotated.isCurrent(before)).toBe(false);
    expect(rotated.seal('x', context)).toMatch(/^k2:/);
  });

  it('refuses a value moved to another row or column, a changed byte, and an unknown key, without echoing data', () => {
    const sealed = old.seal('0612345678', context);
    expect(() => old.open(sealed, context.replace('bsn_sealed', 'name_sealed'))).toThrow(expect.objectContaining({ code: PrivacyErrorCode.TAMPERED }));
    const body = Buffer.from(sealed.slice(3), 'base64url');
    body[14] ^= 1;
    expect(() => old.open(`k1:${body.toString('base64url')}`, context)).toThrow(expect.objectContaining({ code: PrivacyErrorCode.TAMPERED }));
    expect(() => old.open(rotated.seal('0612345678', context), context)).toThrow(expect.objectContaining({ code: PrivacyErrorCode.UNKNOWN_KEY }));
    expect(() => old.open('plaintext', context)).toThrow(expect.objectContaining({ code: PrivacyErrorCode.MALFORMED }));
    try {
      old.open(sealed, 'other');
    } catch (error) {
      expect((error as Error).message).not.toContain('0612345678');
    }
  });

  it('refuses to start without its current key or with a short key', () => {
    expect(() => new FieldCipher(new Map([['k1', k1]]), 'k9')).toThrow(/current field key/);
    expect(() => new FieldCipher(new Map([['k1', randomBytes(16)]]), 'k1')).toThrow(/32 bytes/);
  });
});
