import { DomainErrorCode } from './domain-error-code.js';

/** A field that failed validation; `path` points into the input object. */
export interface FieldIssue {
  readonly path: readonly string[];
  readonly message: string;
}

/** A referral that keeps a visit open, by its reference (never personal data). */
export interface BlockingReferral {
  readonly id: string;
  readonly reference: string;
  readonly status: string;
}

/**
 * The only exception domain code throws. Messages are safe to show to the caller: they never
 * contain personal data (no BSN, names or phone numbers).
 */
export class DomainException extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: {
      readonly currentStatus?: string;
      readonly fields?: readonly FieldIssue[];
      readonly blockingReferrals?: readonly BlockingReferral[];
    } = {},
  ) {
    super(message);
    this.name = 'DomainException';
  }

  static notFound(what: string): DomainException {
    return new DomainException(DomainErrorCode.NOT_FOUND, `${what} not found`);
  }

  static invalidInput(fields: readonly FieldIssue[]): DomainException {
    const summary = fields.map((f) => `${f.path.join('.')}: ${f.message}`).join('; ');
    return new DomainException(DomainErrorCode.INVALID_INPUT, `Invalid input: ${summary}`, { fields });
  }
}
