import { DomainException } from '../errors/domain-exception.js';

const TYPED = /^(?:LL)?-?0*(\d{1,6})$/;

/**
 * A referral reference as a desk worker may type it ("LL-001001", "ll 1001", "1001") in the form the
 * hub gives it out. Refused, naming `path`, when it cannot be one.
 */
export function normaliseReference(typed: string, path: readonly string[]): string {
  const match = TYPED.exec(typed.replace(/\s/g, '').toUpperCase());
  if (!match) throw DomainException.invalidInput([{ path, message: 'is not a referral reference (LL-000000)' }]);
  return `LL-${match[1]!.padStart(6, '0')}`;
}
