import { Inject, Injectable } from '@nestjs/common';
import { type Actor, assertCanLetGo, canSeeVisit, DomainErrorCode, DomainException, normaliseReference, type ReferralStatus, VisitCloseReason, VisitStatus } from '#domain';
import { ClosedVisitRepository, ScopedDatabase, scopeOf, VisitEntity } from '#persistence';

/** Enough for one busy day at one service point; older visits are found by reference. */
const CLOSED_TODAY_LIMIT = 100;

/** The let-go gate: the desk closes a visit only when every referral is safely picked up and scheduled. */
@Injectable()
export class LetGoService {
  private readonly closedVisits = new ClosedVisitRepository();

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
      if (wanted === null) return this.closedVisits.closedToday(manager, servicePointId, CLOSED_TODAY_LIMIT);
      const visit = await this.closedVisits.closedByReference(manager, servicePointId, wanted);
      if (!visit || !canSeeVisit(actor, visit)) throw DomainException.notFound('Visit');
      return [visit];
    });
  }

  async close(actor: Actor, id: string): Promise<VisitEntity> {
    return this.db.run(scopeOf(actor), async (manager) => {
      // Locked for update: adding a referral to this visit (a shared lock) waits until we are done.
      const visit = await manager.findOne(VisitEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!visit || !canSeeVisit(actor, visit)) throw DomainException.notFound('Visit');
      if (visit.status !== VisitStatus.OPEN) {
        throw new DomainException(DomainErrorCode.ILLEGAL_TRANSITION, 'The visit is closed already', { currentStatus: visit.status });
      }
      const referrals = (await manager.query(
        `SELECT r.id, r.reference, r.status, (a.referral_id IS NOT NULL) AS scheduled
           FROM referral r LEFT JOIN referral_appointment a ON a.referral_id = r.id
          WHERE r.visit_id = $1
          ORDER BY r.created_at, r.id`,
        [visit.id],
      )) as { id: string; reference: string; status: ReferralStatus; scheduled: boolean }[];
      assertCanLetGo(referrals);
      await manager.update(VisitEntity, { id }, { status: VisitStatus.CLOSED, closedAt: () => 'now()', closeReason: VisitCloseReason.LET_GO });
      return manager.findOneByOrFail(VisitEntity, { id });
    });
  }
}
