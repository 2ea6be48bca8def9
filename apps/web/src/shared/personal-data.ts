import { CONSENT_FOR_KIND, type FreeTextConsent, unconsentedPersonalData } from '@domain/privacy/free-text-rules.js';
import type { PersonalDataKind } from '@domain/privacy/personal-data-detector.js';
import type { Dictionary } from '../i18n/dictionary';
import { useT } from '../i18n/language';

export type { FreeTextConsent };

/** Field props for free text that the hub would refuse: invalid, with the warning beside it. */
export interface FreeTextWarning {
  invalid?: boolean;
  errorMessage?: string;
}

/**
 * The hub's own rule (libs/domain), run as the desk or the specialist types: which personal data in
 * the text the citizen did not agree to share with this agency. Sending waits until none is left.
 */
export function refusedPersonalData(text: string, consent: FreeTextConsent | null): PersonalDataKind[] {
  return text.trim() ? unconsentedPersonalData(text, consent) : [];
}

function warning(t: Dictionary, kinds: readonly PersonalDataKind[], agencyName: string | null): string {
  const list = (group: readonly PersonalDataKind[]) => t.personalData.list(group.map((kind) => t.personalData.kind[kind]));
  const consentable = kinds.filter((kind) => CONSENT_FOR_KIND[kind] !== null);
  const never = kinds.filter((kind) => CONSENT_FOR_KIND[kind] === null);
  return [
    consentable.length > 0 ? t.personalData.notConsented(list(consentable), agencyName || t.personalData.thisAgency) : '',
    never.length > 0 ? t.personalData.never(list(never)) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Checks free text for one agency; the result spreads onto a Utrecht form field. */
export function useFreeTextWarning(consent: FreeTextConsent | null, agencyName: string | null): (text: string) => FreeTextWarning {
  const t = useT();
  return (text) => {
    const kinds = refusedPersonalData(text, consent);
    return kinds.length > 0 ? { invalid: true, errorMessage: warning(t, kinds, agencyName) } : {};
  };
}
