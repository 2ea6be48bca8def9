import type { AccessGrant, RequestContext } from '#auth';

/** The hub's GraphQL context: the actor's grant (for sign-out), plus the client address rate limits count against. */
export interface HubContext extends RequestContext {
  readonly grant: AccessGrant | null;
  readonly clientIp: string;
  /** The Idempotency-Key header as sent (HTTP only: over WebSocket only subscriptions run); checked where a mutation honours it. */
  readonly idempotencyKey?: string | string[];
}
