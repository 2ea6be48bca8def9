import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { idempotencyLink } from './idempotency-link';

function webSocketUrl(): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}/graphql`;
}

function isSubscription(operation: ApolloLink.Operation): boolean {
  const definition = getMainDefinition(operation.query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
}

export interface ConnectedClient {
  client: ApolloClient;
  dispose(): void;
}

/**
 * One client per signed-in session: HTTP for queries and mutations, graphql-ws for live events,
 * both carrying the same bearer token. After a dropped WebSocket reconnects, active queries are
 * refetched so no event missed in between leaves the screen stale.
 */
export function connectClient(token: string | null, onUnauthenticated: () => void): ConnectedClient {
  const authorization = token ? `Bearer ${token}` : undefined;
  // Mutations carry an Idempotency-Key, so a retried submission never creates twice.
  const http = ApolloLink.from([idempotencyLink(), new HttpLink({ uri: '/graphql', headers: authorization ? { authorization } : {} })]);
  const errors = new ErrorLink(({ error }) => {
    if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) onUnauthenticated();
  });
  const cache = new InMemoryCache({ typePolicies: { Agency: { keyFields: ['code'] } } });
  if (!authorization) {
    return { client: new ApolloClient({ link: ApolloLink.from([errors, http]), cache }), dispose: () => undefined };
  }
  let connectedBefore = false;
  let client: ApolloClient | undefined;
  const ws = createClient({
    url: webSocketUrl(),
    connectionParams: { authorization },
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    on: {
      connected: () => {
        if (connectedBefore) void client?.refetchQueries({ include: 'active' });
        connectedBefore = true;
      },
      // 4401: the token expired, the session was signed out or the account disabled; the hub will not take it again.
      closed: (event) => {
        if ((event as { code?: number }).code === 4401) onUnauthenticated();
      },
    },
  });
  const link = ApolloLink.split(isSubscription, new GraphQLWsLink(ws), http);
  client = new ApolloClient({ link: ApolloLink.from([errors, link]), cache });
  return {
    client,
    dispose: () => {
      client.stop();
      void ws.dispose();
    },
  };
}
