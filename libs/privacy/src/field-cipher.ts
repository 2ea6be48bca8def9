import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { PrivacyErrorCode, PrivacyException } from './privacy-exception.js';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM for single values: `keyId:base64url(iv || ciphertext || tag)`, a random 96-bit IV per
 * value. The context (table, column, row id) is bound as additional data, so a sealed value copied
 * to another row or column no longer opens. Old keys stay readable; new values use the current key.
 */
export class FieldCipher {
  constructor(
    private readonly keys: ReadonlyMap<string, Uint8Array>,
    readonly currentKeyId: string,
  ) {
    if (!keys.has(currentKeyId)) throw new PrivacyException(PrivacyErrorCode.UNKNOWN_KEY, 'The current field key is not configured');
    for (const key of keys.values()) {
      if (key.length !== 32) throw new PrivacyException(PrivacyErrorCode.MALFORMED, 'Field keys must be 32 bytes');
    }
  }

  seal(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.currentKeyId)!, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `${this.currentKeyId}:${body.toString('base64url')}`;
  }

  open(sealed: string, context: string): string {
    const separator = sealed.indexOf(':');
    const key = separator > 0 ? this.keys.get(sealed.slice(0, separator)) : undefined;
    if (separator <= 0) throw new PrivacyException(PrivacyErrorCode.MALFORMED, 'Sealed value has no key id');
    if (!key) throw new PrivacyException(PrivacyErrorCode.UNKNOWN_KEY, 'Sealed value names an unknown key');
    const body = Buffer.from(sealed.slice(separator + 1), 'base64url');
    if (body.length < IV_BYTES + TAG_BYTES) throw new PrivacyException(PrivacyErrorCode.MALFORMED, 'Sealed value is too short');
    const decipher = createDecipheriv('aes-256-gcm', key, body.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(body.subarray(IV_BYTES, body.length - TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new PrivacyException(PrivacyErrorCode.TAMPERED, 'Sealed value failed authentication');
    }
  }

  sealNullable(plaintext: string | null, context: string): string | null {
    return plaintext === null ? null : this.seal(plaintext, context);
  }

  openNullable(sealed: string | null, context: string): string | null {
    return sealed === null ? null : this.open(sealed, context);
  }

  /** True when the value was sealed under the current key (rotation skips it). */
  isCurrent(sealed: string): boolean {
    return sealed.startsWith(`${this.currentKeyId}:`);
  }
}
