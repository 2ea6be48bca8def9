import type { AgencyCode } from '../catalogue/agency-code.js';
import { Role } from '../catalogue/role.js';
import { DomainErrorCode } from '../errors/domain-error-code.js';
import { DomainException } from '../errors/domain-exception.js';
import type { Actor } from './actor.js';

/** What decides who has a case: its line and the specialist who picked it up. */
export interface HandledCase {
  readonly agencyCode: AgencyCode;
  readonly assignedTo: string | null;
}

/**
 * Who may act on a case once a specialist picked it up (decision: docs/decisions/0009-who-has-the-case.md):
 * the handler and the line's coordinators. The agency's system speaks for the whole agency. Another
 * specialist of the line first takes the case over, a move recorded on the timeline. Before pickup,
 * and for the desk, this rule does not apply.
 */
export function mayActOnCase(actor: Actor, referral: HandledCase): boolean {
  if (referral.assignedTo === null || actor.agencyCode !== referral.agencyCode) return true;
  switch (actor.role) {
    case Role.AGENCY_SPECIALIST:
      return actor.accountId === referral.assignedTo;
    case Role.AGENCY_COORDINATOR:
    case Role.AGENCY_SYSTEM:
    case Role.DESK_WORKER:
    case Role.MONITOR:
    case Role.ADMIN:
    case Role.PRIVACY_OFFICER:
      return true;
  }
}

/** Refuses a move on someone else's case with NOT_ASSIGNEE: the case is visible, so this is no secret. */
export function assertMayActOnCase(actor: Actor, referral: HandledCase): void {
  if (!mayActOnCase(actor, referral)) {
    throw new DomainException(DomainErrorCode.NOT_ASSIGNEE, 'Another specialist handles this referral; take it over first');
  }
}

/** A specialist of the line may take over a case someone else picked up; the move is recorded. */
export function mayTakeOver(actor: Actor, referral: HandledCase): boolean {
  return actor.role === Role.AGENCY_SPECIALIST && actor.agencyCode === referral.agencyCode && referral.assignedTo !== null && referral.assignedTo !== actor.accountId;
}
