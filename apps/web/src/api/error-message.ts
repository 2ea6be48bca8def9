import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import type { Dictionary } from '../i18n/dictionary';

/** A calm, translated sentence for an API error; the hub's own messages are English and technical. */
export function errorMessage(error: unknown, t: Dictionary): string {
  if (CombinedGraphQLErrors.is(error)) {
    switch (error.errors[0]?.extensions?.code) {
      case 'BAD_USER_INPUT':
        return t.error.badInput;
      case 'CONFLICT':
        return t.error.conflict;
      case 'NOT_FOUND':
        return t.error.notFound;
      case 'UNAUTHENTICATED':
        return t.error.unauthenticated;
      default:
        return t.error.generic;
    }
  }
  if (ServerError.is(error) || error instanceof TypeError) return t.error.network;
  return t.error.generic;
}

/** The names of the input fields the hub rejected (the last step of each path, e.g. "bsn"). */
export function invalidFields(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    const fields = e.extensions?.fields;
    if (!Array.isArray(fields)) return [];
    return fields.map((f: { path?: unknown }) => (Array.isArray(f.path) ? String(f.path[f.path.length - 1]) : '')).filter(Boolean);
  });
}
