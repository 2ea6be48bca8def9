import type { INestApplication } from '@nestjs/common';
import { graphqlWebSocketServer } from './websocket-server.js';

/** HTTP bodies stop at 100 kB (body-parser's default); a socket message stops at the same size, not ws's 100 MB. */
export const MAX_MESSAGE_BYTES = 100 * 1024;

/**
 * Nest builds the graphql-ws server without a way to pass ws options, so the limit is set on the server it
 * made; ws reads it for every new connection. Fails the boot if Nest's internals move, rather than running unlimited.
 */
export function limitWebSocketPayload(app: INestApplication): void {
  graphqlWebSocketServer(app).options.maxPayload = MAX_MESSAGE_BYTES;
}
