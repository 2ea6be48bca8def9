/** Why sealed data could not be opened. Never carries the data itself. */
export enum PrivacyErrorCode {
  UNKNOWN_KEY = 'UNKNOWN_KEY',
  MALFORMED = 'MALFORMED',
  TAMPERED = 'TAMPERED',
}

/** An integrity failure of sealed data: an internal error for the caller, masked by the API. */
export class PrivacyException extends Error {
  constructor(
    readonly code: PrivacyErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PrivacyException';
  }
}
