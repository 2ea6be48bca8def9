import { DataCategory } from '../citizen/data-category.js';
import { DomainException, type FieldIssue } from '../errors/domain-exception.js';
import { detectPersonalData, PersonalDataKind } from './personal-data-detector.js';

/**
 * The consent category that lets a kind of personal data reach an agency in free text. IBAN and
 * date of birth have none: Loketlijn records neither, an agency that needs them asks the citizen
 * itself, so free text on a referral never carries them (see README, Personal data).
 */
export const CONSENT_FOR_KIND: Readonly<Record<PersonalDataKind, DataCategory | null>> = {
  [PersonalDataKind.BSN]: DataCategory.BSN,
  [PersonalDataKind.PHONE]: DataCategory.CONTACT_DETAILS,
  [PersonalDataKind.EMAIL]: DataCategory.CONTACT_DETAILS,
  [PersonalDataKind.IBAN]: null,
  [PersonalDataKind.DATE_OF_BIRTH]: null,
};

/** A consent as the browser or the hub holds it; categories as enum values or their strings. */
export interface FreeTextConsent {
  readonly categories: readonly (DataCategory | `${DataCategory}`)[];
  readonly withdrawnAt?: Date | string | null;
}

/** One free-text field of an input, by its path (e.g. ['input', 'summary']). */
export interface FreeTextField {
  readonly path: readonly string[];
  readonly text: string | null | undefined;
}

/**
 * The kinds of personal data in a text that the citizen did not consent to share with the agency.
 * Without consent, or after it was withdrawn, nothing is shared. Free text on a referral is read by
 * both the desk and the agency, so the same rule holds whoever writes it.
 */
export function unconsentedPersonalData(text: string, consent: FreeTextConsent | null, today?: Date): PersonalDataKind[] {
  const allowed = new Set<string>(consent && !consent.withdrawnAt ? consent.categories : []);
  return detectPersonalData(text, today).filter((kind) => {
    const category = CONSENT_FOR_KIND[kind];
    return category === null || !allowed.has(category);
  });
}

/**
 * Refuses free text that carries personal data without the citizen's consent, naming every field
 * and the kinds found in it, never the values.
 */
export function assertFreeTextConsented(fields: readonly FreeTextField[], consent: FreeTextConsent | null, today?: Date): void {
  const issues: FieldIssue[] = [];
  for (const field of fields) {
    const kinds = field.text ? unconsentedPersonalData(field.text, consent, today) : [];
    if (kinds.length > 0) {
      issues.push({ path: [...field.path], message: `contains personal data the citizen did not consent to share with this agency: ${kinds.join(', ')}` });
    }
  }
  if (issues.length > 0) throw DomainException.invalidInput(issues);
}
