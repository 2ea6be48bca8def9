import { type Actor, type AgencyCode, Role } from '#domain';

/** What the database lets a transaction see; row-level security policies read it. */
export type DbScope =
  | { readonly kind: 'desk'; readonly servicePointId: string }
  | { readonly kind: 'agency'; readonly agencyCode: AgencyCode }
  | { readonly kind: 'monitor' }
  | { readonly kind: 'privacy' }
  | { readonly kind: 'system' }
  /** Signed in, but no case data at all (e.g. ADMIN). */
  | { readonly kind: 'none' };

/** The line worker, the outbox relay and the privacy jobs. */
export const SYSTEM_SCOPE: DbScope = { kind: 'system' };

/** The scope an actor's requests run in; an actor missing its service point or agency gets none. */
export function scopeOf(actor: Actor): DbScope {
  switch (actor.role) {
    case Role.DESK_WORKER:
      return actor.servicePointId ? { kind: 'desk', servicePointId: actor.servicePointId } : { kind: 'none' };
    case Role.AGENCY_SPECIALIST:
    case Role.AGENCY_COORDINATOR:
    case Role.AGENCY_SYSTEM:
      return actor.agencyCode ? { kind: 'agency', agencyCode: actor.agencyCode } : { kind: 'none' };
    case Role.MONITOR:
      return { kind: 'monitor' };
    case Role.PRIVACY_OFFICER:
      return { kind: 'privacy' };
    case Role.ADMIN:
      return { kind: 'none' };
  }
}
