import { Inject, Injectable } from '@nestjs/common';
import { type Actor, canSeeVisit, type CitizenSummary, citizenSummary, DEFAULT_LINE_HOURS, DomainException, whatToBring } from '#domain';
import { CitizenSummaryRepository, ScopedDatabase, scopeOf, VisitRepository } from '#persistence';

/** Gathers a visit's referrals into the one-page summary the citizen takes home. */
@Injectable()
export class CitizenSummaryService {
  constructor(@Inject(ScopedDatabase) private readonly db: ScopedDatabase) {}

  /** Everything it reads runs in the desk's own scope; nothing personal is on it besides appointment times. */
  forVisit(actor: Actor, visitId: string): Promise<CitizenSummary> {
    return this.db.run(scopeOf(actor), async (manager) => {
      const visit = await new VisitRepository(manager).find(visitId);
      if (!visit || !canSeeVisit(actor, visit)) throw DomainException.notFound('Visit');
      const { servicePointName, referrals } = await new CitizenSummaryRepository(manager).forVisit(visitId, visit.servicePointId);
      return citizenSummary({
        servicePointName,
        timeZone: DEFAULT_LINE_HOURS.timeZone,
        referrals: referrals.map(({ topicItems, ...r }) => ({ ...r, whatToBring: whatToBring(topicItems, r.appointment?.extraItems ?? []) })),
      });
    });
  }
}
