import { DomainException, type FieldIssue } from '../errors/domain-exception.js';
import { isValidBsn } from './bsn.js';

/** How the agency can reach the citizen. Every field is optional; at least a name or phone helps. */
export interface CitizenContact {
  readonly name: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly bsn: string | null;
}

const PHONE = /^\+?[0-9 ()-]{8,20}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed.length === 0 ? null : trimmed;
}

/**
 * Validates and normalises contact data. Messages never echo the value: it is personal data.
 */
export function normaliseCitizenContact(input: Partial<Record<keyof CitizenContact, string | null>>, path: readonly string[] = ['citizen']): CitizenContact {
  const contact: CitizenContact = {
    name: blankToNull(input.name),
    phone: blankToNull(input.phone),
    email: blankToNull(input.email)?.toLowerCase() ?? null,
    bsn: blankToNull(input.bsn)?.replace(/[\s.]/g, '') ?? null,
  };
  const issues: FieldIssue[] = [];
  if (contact.name !== null && contact.name.length > 200) issues.push({ path: [...path, 'name'], message: 'must be at most 200 characters' });
  if (contact.phone !== null && !PHONE.test(contact.phone)) issues.push({ path: [...path, 'phone'], message: 'is not a valid phone number' });
  if (contact.email !== null && (!EMAIL.test(contact.email) || contact.email.length > 254)) {
    issues.push({ path: [...path, 'email'], message: 'is not a valid e-mail address' });
  }
  if (contact.bsn !== null && !isValidBsn(contact.bsn)) issues.push({ path: [...path, 'bsn'], message: 'is not a valid BSN (elfproef failed)' });
  if (issues.length > 0) throw DomainException.invalidInput(issues);
  return contact;
}
