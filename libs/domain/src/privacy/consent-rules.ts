import { partyOf, type Actor } from '../access/actor.js';
import { ConsentMethod, DataCategory } from '../citizen/data-category.js';
import { DomainErrorCode } from '../errors/domain-error-code.js';
import { DomainException } from '../errors/domain-exception.js';
import { Party } from '../referral/referral-action.js';

/** A representative (gemachtigde) who gave consent for the citizen; personal data itself. */
export interface Representative {
  readonly name: string;
  readonly relation: string;
}

/** The consent of one referral as far as the rules need it. */
export interface ConsentState {
  readonly categories: readonly DataCategory[];
  readonly withdrawnAt: Date | null;
}

const EVERYTHING: ReadonlySet<DataCategory> = new Set(Object.values(DataCategory));
const NOTHING: ReadonlySet<DataCategory> = new Set();

/**
 * The categories of a referral's personal data the actor may see: the desk everything it recorded,
 * the agency only what the citizen consented to and has not withdrawn, anyone else nothing.
 * Call only for an actor that may see the referral at all.
 */
export function visibleCategories(actor: Actor, consent: ConsentState | null): ReadonlySet<DataCategory> {
  switch (partyOf(actor)) {
    case Party.DESK:
      return EVERYTHING;
    case Party.AGENCY:
      return consent && consent.withdrawnAt === null ? new Set(consent.categories) : NOTHING;
    default:
      return NOTHING;
  }
}

const MAX_NAME = 200;
const MAX_RELATION = 100;

/**
 * Consent given through a representative names that representative; consent given by the citizen
 * names none. Messages never echo the values.
 */
export function normaliseRepresentative(
  method: ConsentMethod,
  input: { readonly name?: string | null; readonly relation?: string | null } | null | undefined,
  path: readonly string[] = ['consent', 'representative'],
): Representative | null {
  if (method !== ConsentMethod.REPRESENTATIVE) {
    if (input) throw DomainException.invalidInput([{ path: [...path], message: 'only for consent given by a representative' }]);
    return null;
  }
  const name = input?.name?.trim() ?? '';
  const relation = input?.relation?.trim() ?? '';
  if (!input) throw new DomainException(DomainErrorCode.CONSENT_REQUIRED, 'Consent given by a representative must name the representative');
  const issues = [];
  if (name.length === 0 || name.length > MAX_NAME) issues.push({ path: [...path, 'name'], message: `must be 1 to ${MAX_NAME} characters` });
  if (relation.length === 0 || relation.length > MAX_RELATION) {
    issues.push({ path: [...path, 'relation'], message: `must be 1 to ${MAX_RELATION} characters` });
  }
  if (issues.length > 0) throw DomainException.invalidInput(issues);
  return { name, relation };
}
