import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '#domain';
import { CurrentActor, Roles } from '#auth';
import { DESK } from '../auth/roles.js';
import { CitizenSummaryType } from './citizen-summary.types.js';
import { CitizenSummaryService } from './citizen-summary.service.js';
import { LetGoService } from './let-go.service.js';
import { VisitType } from './visit.types.js';

/** The end of a visit at the desk: the citizen's summary, and letting go once every handoff holds. */
@Resolver()
@Roles(...DESK)
export class LetGoResolver {
  constructor(
    @Inject(LetGoService) private readonly letGo: LetGoService,
    @Inject(CitizenSummaryService) private readonly summaries: CitizenSummaryService,
  ) {}

  @Query(() => CitizenSummaryType, { description: 'The one-page summary for the citizen (also printable at GET /visits/:id/summary).' })
  citizenSummary(@CurrentActor() actor: Actor, @Args('visitId', { type: () => ID }) visitId: string) {
    return this.summaries.forVisit(actor, visitId);
  }

  @Query(() => [VisitType], {
    description:
      'Visits your service point let go of, to print the summary again: those closed today (Europe/Amsterdam), or with a reference the closed visit holding that referral (NOT_FOUND otherwise).',
  })
  closedVisits(@CurrentActor() actor: Actor, @Args('reference', { type: () => String, nullable: true }) reference: string | null) {
    return this.letGo.closed(actor, reference ?? null);
  }

  @Mutation(() => VisitType, {
    description: 'Let go of the citizen: allowed when every referral is accepted and scheduled, or ended; otherwise CONFLICT naming the blockers.',
  })
  closeVisit(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.letGo.close(actor, id);
  }
}
