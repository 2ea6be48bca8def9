import { createHmac } from 'node:crypto';
import { PrivacyErrorCode, PrivacyException } from './privacy-exception.js';

/**
 * Keyed HMAC-SHA256 pseudonyms: equal inputs give equal values, so a BSN can be looked up without
 * decrypting anything, and without the key nobody can test a guess. A separate key from the field
 * keys; it cannot rotate without re-indexing (rotating it would orphan every stored index).
 */
export class BlindIndex {
  constructor(private readonly key: Uint8Array) {
    if (key.length < 32) throw new PrivacyException(PrivacyErrorCode.MALFORMED, 'The blind-index key must be at least 32 bytes');
  }

  /** The stored index of a (normalised, elfproef-valid) BSN. */
  bsn(bsn: string): string {
    return this.hmac(`bsn:${bsn}`);
  }

  /** The data subject a processing record names: the BSN's index, or the visit's when no BSN is known. */
  subject(visitId: string, bsn: string | null): string {
    return bsn === null ? `VISIT:${this.hmac(`visit:${visitId}`)}` : `BSN:${this.bsn(bsn)}`;
  }

  visitSubject(visitId: string): string {
    return this.subject(visitId, null);
  }

  private hmac(value: string): string {
    return createHmac('sha256', this.key).update(value, 'utf8').digest('hex');
  }
}
