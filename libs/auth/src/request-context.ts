import type { Actor } from '#domain';

/** What every GraphQL operation carries, over HTTP and over WebSocket alike. */
export interface RequestContext {
  readonly actor: Actor | null;
}
