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
