import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, type CitizenContact, type TraceContext, VisitStatus } from '#domain';
import { CurrentActor, CurrentTrace, type RequestContext, Roles } from '#auth';
import type { IdempotentRequest, VisitEntity } from '#persistence';
import { DESK } from '../auth/roles.js';
import { DirectoryService } from '../directory/directory.service.js';
import { ServicePointType } from '../directory/directory.types.js';
import { ConnectionOf, PageArgs } from '../graphql/connection.js';
import { OnceOnly } from '../graphql/idempotent-request.decorator.js';
import { RequestBatches } from '../graphql/request-batch.js';
import { ReferralType } from '../referrals/referral.types.js';
import { OpenVisitInput } from './visit.inputs.js';
import { CitizenType, VisitType } from './visit.types.js';
import { VisitsService } from './visits.service.js';

@ObjectType()
class VisitConnection extends ConnectionOf(VisitType, 'Visit') {}

/** The desk's visits: only the actor's own service point, always. */
@Resolver(() => VisitType)
@Roles(...DESK)
export class VisitsResolver {
  /** The citizens of a list of visits are read, and their views logged, in one go per request. */
  private readonly citizens = new RequestBatches<VisitEntity, CitizenContact | null>((request, visits) => {
    const { actor, trace } = request as RequestContext;
    return this.service.citizens(actor!, trace, visits);
  });

  /** Likewise their questions: one transaction and one processing-log insert per request. */
  private readonly questionLists = new RequestBatches<VisitEntity, string[]>((request, visits) => {
    const { actor, trace } = request as RequestContext;
    return this.service.questions(actor!, trace, visits);
  });

  constructor(
    @Inject(VisitsService) private readonly service: VisitsService,
    @Inject(DirectoryService) private readonly directory: DirectoryService,
  ) {}

  @Mutation(() => VisitType, { description: 'Open a visit for a citizen at your service point.' })
  openVisit(@CurrentActor() actor: Actor, @CurrentTrace() trace: TraceContext, @Args('input') input: OpenVisitInput, @OnceOnly() once: IdempotentRequest | null) {
    return this.service.open(actor, trace, input, once);
  }

  @Query(() => VisitType)
  visit(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(actor, id);
  }

  @Query(() => VisitConnection, { description: 'Visits of your service point, newest first; with a BSN, only that citizen\'s (found through its blind index).' })
  visits(
    @CurrentActor() actor: Actor,
    @Args() page: PageArgs,
    @Args('status', { type: () => VisitStatus, nullable: true }) status: VisitStatus | null,
    @Args('bsn', { type: () => String, nullable: true }) bsn: string | null,
  ) {
    return this.service.list(actor, { status: status ?? null, bsn: bsn ?? null }, page.first, page.after);
  }

  @ResolveField(() => ServicePointType)
  servicePoint(@Parent() visit: VisitEntity) {
    return this.directory.servicePoint(visit.servicePointId);
  }

  @ResolveField(() => [String], { description: 'The questions the citizen brought in; empty once erased.' })
  questions(@Context() request: RequestContext, @Parent() visit: VisitEntity) {
    return this.questionLists.load(request, visit);
  }

  @ResolveField(() => CitizenType, { nullable: true, description: 'Contact data; every view is logged. Null once erased.' })
  citizen(@Context() request: RequestContext, @Parent() visit: VisitEntity) {
    return this.citizens.load(request, visit);
  }

  @ResolveField(() => [ReferralType])
  referrals(@CurrentActor() actor: Actor, @Parent() visit: VisitEntity) {
    return this.service.referrals(actor, visit.id);
  }
}
