import type { Actor, TraceContext } from '#domain';

/** What every GraphQL operation carries, over HTTP and over WebSocket alike. */
export interface RequestContext {
  readonly actor: Actor | null;
  /** W3C trace of the operation; processing-log records carry its ids. */
  readonly trace: TraceContext;
}
