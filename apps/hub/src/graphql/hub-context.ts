import type { RequestContext } from '#auth';

/** The hub's GraphQL context: the actor plus the client address rate limits count against. */
export interface HubContext extends RequestContext {
  readonly clientIp: string;
}
