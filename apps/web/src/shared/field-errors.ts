import { CombinedGraphQLErrors } from '@apollo/client';
import { DomainException } from '@domain/errors/domain-exception.js';

/** One field a rule refused: where, and the rule's own (English, technical) words. */
export interface FieldIssue {
  readonly path: readonly string[];
  readonly message: string;
}

/** What each field says beside it, by field key (see fieldKey). */
export type FieldErrors = Readonly<Record<string, string>>;

/**
 * The fields a rule refused: from a libs/domain rule run in the browser (DomainException), or from the
 * hub (BAD_USER_INPUT with extensions.fields). Anything else names no field.
 */
export function fieldIssues(error: unknown): FieldIssue[] {
  if (error instanceof DomainException) return (error.details.fields ?? []).map((f) => ({ path: f.path.map(String), message: f.message }));
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    const fields = e.extensions?.fields;
    if (!Array.isArray(fields)) return [];
    return fields.filter((f): f is FieldIssue => Array.isArray(f?.path)).map((f) => ({ path: f.path.map(String), message: String(f.message ?? '') }));
  });
}

/** A field's key: its path without the argument it came in ("input.citizen.bsn" is "citizen.bsn"). */
export function fieldKey(path: readonly string[]): string {
  return (path[0] === 'input' ? path.slice(1) : path).join('.');
}

/** After a refused submit, the keyboard goes to the first field that is wrong (its message is tied to it by aria-describedby). */
export function focusFirstInvalid(form: HTMLElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
