import { Inject, Injectable } from '@nestjs/common';
import { type Actor, assertCanLetGo, canSeeVisit, DomainErrorCode, DomainException, normaliseReference, VisitCloseReason, VisitStatus } from '#domain';
import { ClosedVisitRepository, ScopedDatabase, scopeOf, type VisitEntity, VisitRepository } from '#persistence';

/** Enough for one busy day at one service point; older visits are found by reference. */
const CLOSED_TODAY_LIMIT = 100;

/** The let-go gate: the desk closes a visit only when every referral is safely picked up and scheduled. */
@Injectable()
export class LetGoService {
  constructor(@Inject(ScopedDatabase) private readonly db: ScopedDatabase) {}

  /**
   * Visits the desk let go of, so their summary can be printed again: today's, or the one holding a
   * referral reference. Only the actor's own service point; another point's visit is simply not found.
   */
  async closed(actor: Actor, reference: string | null): Promise<VisitEntity[]> {
    const servicePointId = actor.servicePointId;
    if (!servicePointId) return [];
    const wanted = reference === null ? null : normaliseReference(reference, ['reference']);
    return this.db.run(scopeOf(actor), async (manager) => {
      const closedVisits = new ClosedVisitRepository(manager);
      if (wanted === null) return closedVisits.closedToday(servicePointId, CLOSED_TODAY_LIMIT);
      const visit = await closedVisits.closedByReference(servicePointId, wanted);
      if (!visit || !canSeeVisit(actor, visit)) throw DomainException.notFound('Visit');
      return [visit];
    });
  }

  async close(actor: Actor, id: string): Promise<VisitEntity> {
    return this.db.run(scopeOf(actor), async (manager) => {
      // Locked for update: adding a referral to this visit (a shared lock) waits until we are done.
      const visits = new VisitRepository(manager);
      const visit = await visits.findForUpdate(id);
      if (!visit || !canSeeVisit(actor, visit)) throw DomainException.notFound('Visit');
      if (visit.status !== VisitStatus.OPEN) {
        throw new DomainException(DomainErrorCode.ILLEGAL_TRANSITION, 'The visit is closed already', { currentStatus: visit.status });
      }
      assertCanLetGo(await visits.letGoReferrals(visit.id));
      return visits.close(id, VisitCloseReason.LET_GO);
    });
  }
}
