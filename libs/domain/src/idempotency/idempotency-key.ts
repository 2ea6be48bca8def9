import { DomainErrorCode } from '../errors/domain-error-code.js';
import { DomainException } from '../errors/domain-exception.js';

/** The HTTP header a client names one attempt of a creating mutation with (docs/decisions/0007). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** How long a key holds: a client retries within minutes, a day covers an office left and come back to. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

/** Long enough for a UUID or a ULID, short enough to index; URL-safe characters only, so nothing personal fits well. */
const KEY_SHAPE = /^[A-Za-z0-9_-]{8,128}$/;

/** The key as sent, or a typed refusal naming the header; an absent (or empty) header means no key. */
export function normaliseIdempotencyKey(raw: string | readonly string[] | undefined): string | null {
  if (raw === undefined) return null;
  if (typeof raw !== 'string') throw invalidKey('must be sent once');
  const key = raw.trim();
  if (key.length === 0) return null;
  if (!KEY_SHAPE.test(key)) throw invalidKey('must be 8 to 128 letters, digits, "-" or "_"');
  return key;
}

/** The key was used before by the same account for another operation or other variables. */
export function idempotencyKeyReused(): DomainException {
  return new DomainException(
    DomainErrorCode.IDEMPOTENCY_KEY_REUSED,
    `This ${IDEMPOTENCY_KEY_HEADER} was used before for another request; send a new key for a new request`,
  );
}

function invalidKey(message: string): DomainException {
  return DomainException.invalidInput([{ path: [IDEMPOTENCY_KEY_HEADER], message }]);
}
