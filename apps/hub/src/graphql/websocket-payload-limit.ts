import type { INestApplication } from '@nestjs/common';
import { MAX_BODY_BYTES } from '../security/http-security.js';
import { graphqlWebSocketServer } from './websocket-server.js';

/**
 * A socket message stops where an HTTP body does (MAX_BODY_BYTES), not at ws's 100 MB. Nest builds the
 * graphql-ws server without a way to pass ws options, so the limit is set on the server it made; ws reads
 * it for every new connection. Fails the boot if Nest's internals move, rather than running unlimited.
 */
export function limitWebSocketPayload(app: INestApplication): void {
  graphqlWebSocketServer(app).options.maxPayload = MAX_BODY_BYTES;
}
