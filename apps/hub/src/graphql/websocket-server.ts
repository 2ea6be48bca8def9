import type { INestApplication } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { WebSocketServer } from 'ws';

/**
 * The ws server Nest built for graphql-ws; Nest offers no public way to reach it. Fails loudly if
 * Nest's internals move, rather than silently skipping what callers do with it.
 */
export function graphqlWebSocketServer(app: INestApplication): WebSocketServer {
  const adapter = app.get(GraphQLModule, { strict: false }).graphQlAdapter as unknown as { _subscriptionService?: { wss?: WebSocketServer } };
  const wss = adapter._subscriptionService?.wss;
  if (!wss) throw new Error('graphql-ws server not found');
  return wss;
}

/** 1012 "service restart": graphql-ws clients (the web app's among them) reconnect, behind a load balancer to another hub. */
export const SOCKET_SERVICE_RESTART = 1012;

export function closeSocketsForRestart(app: INestApplication): void {
  for (const socket of graphqlWebSocketServer(app).clients) socket.close(SOCKET_SERVICE_RESTART, 'Service restart');
}
