import { ApolloLink } from '@apollo/client';
import { getMainDefinition } from '@apollo/client/utilities';
import { print } from 'graphql';
import { tap } from 'rxjs';
import { SubmissionKeys } from './submission-keys';

/** Errors the hub marks retryable (a store briefly away): the same submission may come again. */
function retryable(errors: readonly { extensions?: Record<string, unknown> }[] | undefined): boolean {
  return (errors ?? []).some((e) => e.extensions?.retryable === true);
}

/**
 * Puts an Idempotency-Key on every mutation sent over HTTP, one per form submission (SubmissionKeys):
 * a retry after a dropped connection or a SERVICE_UNAVAILABLE carries the same key.
 */
export function idempotencyLink(keys = new SubmissionKeys()): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const definition = getMainDefinition(operation.query);
    if (definition.kind !== 'OperationDefinition' || definition.operation !== 'mutation') return forward(operation);
    const submission = `${print(operation.query)}\n${JSON.stringify(operation.variables)}`;
    const key = keys.keyFor(submission);
    operation.setContext(({ headers }: { headers?: Record<string, string> }) => ({ headers: { ...headers, 'Idempotency-Key': key } }));
    // A network failure (error) keeps the key for the retry; any answer but a retryable one spends it.
    return forward(operation).pipe(
      tap({
        next: (result) => {
          if (!retryable(result.errors)) keys.settled(submission);
        },
      }),
    );
  });
}
