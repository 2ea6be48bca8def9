/** Coded reasons an agency may give for rejecting a referral. */
export enum RejectReasonCode {
  NOT_OUR_DOMAIN = 'NOT_OUR_DOMAIN',
  NEEDS_FORMAL_REQUEST = 'NEEDS_FORMAL_REQUEST',
  INSUFFICIENT_INFORMATION = 'INSUFFICIENT_INFORMATION',
  CITIZEN_NOT_KNOWN = 'CITIZEN_NOT_KNOWN',
  DUPLICATE = 'DUPLICATE',
}

/** The timeline reason of a rejection: the code, then the specialist's explanation when given. */
export function rejectionReason(code: RejectReasonCode, note: string | null | undefined): string {
  const trimmed = note?.trim() ?? '';
  return trimmed ? `${code}: ${trimmed}` : code;
}

/** The specialist's explanation inside a rejection's timeline reason, or null when only the code was given. */
export function rejectionNote(reason: string | null, code: RejectReasonCode): string | null {
  if (!reason?.startsWith(`${code}: `)) return null;
  return reason.slice(code.length + 2);
}
