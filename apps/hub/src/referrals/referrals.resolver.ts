import { Inject } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor, TraceContext } from '#domain';
import { CurrentActor, CurrentTrace, type RequestContext, Roles } from '#auth';
import type { IdempotentRequest, ReferralEntity } from '#persistence';
import { CASE_PARTIES, DESK } from '../auth/roles.js';
import { DirectoryService } from '../directory/directory.service.js';
import { AgencyType, ServicePointType, TopicType } from '../directory/directory.types.js';
import { OnceOnly } from '../graphql/idempotent-request.decorator.js';
import { RequestBatches } from '../graphql/request-batch.js';
import { CitizenType } from '../visits/visit.types.js';
import { ReasonedMoveArgs } from './move.args.js';
import { AddReferralInput } from './referral.inputs.js';
import { ConsentType, ReferralType, TimelineEntryType } from './referral.types.js';
import { ReferralsService } from './referrals.service.js';

/** Referrals as the desk composes and follows them; reads are shared with the agency. */
@Resolver(() => ReferralType)
@Roles(...CASE_PARTIES)
export class ReferralsResolver {
  /** Sibling referrals of a list are read, and their views logged, in one transaction per field and request. */
  private readonly summaries = this.batched((actor, trace, referrals) => this.referrals.summaries(actor, trace, referrals));
  private readonly outcomes = this.batched((actor, trace, referrals) => this.referrals.outcomes(actor, trace, referrals));
  private readonly consents = this.batched((actor, trace, referrals) => this.referrals.consents(actor, trace, referrals));
  private readonly timelines = this.batched((actor, trace, referrals) => this.referrals.timelines(actor, trace, referrals));

  constructor(
    @Inject(ReferralsService) private readonly referrals: ReferralsService,
    @Inject(DirectoryService) private readonly directory: DirectoryService,
  ) {}

  @Query(() => ReferralType)
  referral(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.referrals.get(actor, id);
  }

  @Mutation(() => ReferralType, { description: 'Add a draft referral to one agency, with the citizen\'s consent.' })
  @Roles(...DESK)
  addReferral(@CurrentActor() actor: Actor, @CurrentTrace() trace: TraceContext, @Args('input') input: AddReferralInput, @OnceOnly() once: IdempotentRequest | null) {
    return this.referrals.add(actor, trace, input, once);
  }

  @Mutation(() => ReferralType, { description: 'Send a draft referral over the agency\'s professional line.' })
  @Roles(...DESK)
  submitReferral(
    @CurrentActor() actor: Actor,
    @CurrentTrace() trace: TraceContext,
    @Args('id', { type: () => ID }) id: string,
    @OnceOnly() once: IdempotentRequest | null,
  ) {
    return this.referrals.submit(actor, trace, id, once);
  }

  @Mutation(() => ReferralType, { description: 'The citizen withdraws consent: from now on the agency sees none of the citizen\'s data.' })
  @Roles(...DESK)
  withdrawConsent(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.referrals.withdrawConsent(actor, id);
  }

  @Mutation(() => ReferralType, { description: 'Withdraw a referral; a reason is required.' })
  cancelReferral(@CurrentActor() actor: Actor, @Args() args: ReasonedMoveArgs) {
    return this.referrals.cancel(actor, args.id, args.reason);
  }

  private batched<V>(load: (actor: Actor, trace: TraceContext, referrals: readonly ReferralEntity[]) => Promise<V[]>): RequestBatches<ReferralEntity, V> {
    return new RequestBatches<ReferralEntity, V>((request, referrals) => {
      const { actor, trace } = request as RequestContext;
      return load(actor!, trace, referrals);
    });
  }

  @ResolveField(() => AgencyType)
  agency(@Parent() referral: ReferralEntity) {
    return this.directory.agency(referral.agencyCode);
  }

  @ResolveField(() => ServicePointType, { description: 'The service point that sent it: for a LIVE referral, where the citizen waits with the desk.' })
  servicePoint(@Parent() referral: ReferralEntity) {
    return this.directory.servicePoint(referral.servicePointId);
  }

  @ResolveField(() => TopicType)
  topic(@Parent() referral: ReferralEntity) {
    return this.directory.topic(referral.topicId);
  }

  @ResolveField(() => String, { nullable: true, description: 'The question; for the agency only with consent.' })
  summary(@Context() request: RequestContext, @Parent() referral: ReferralEntity) {
    return this.summaries.load(request, referral);
  }

  @ResolveField(() => String, { nullable: true, description: 'What the agency did for the citizen.' })
  outcome(@Context() request: RequestContext, @Parent() referral: ReferralEntity) {
    return this.outcomes.load(request, referral);
  }

  @ResolveField(() => CitizenType, { nullable: true, description: 'Contact data; for the agency only what was consented and not withdrawn.' })
  citizen(@CurrentActor() actor: Actor, @CurrentTrace() trace: TraceContext, @Parent() referral: ReferralEntity) {
    return this.referrals.citizen(actor, trace, referral);
  }

  @ResolveField(() => ConsentType, { nullable: true })
  consent(@Context() request: RequestContext, @Parent() referral: ReferralEntity) {
    return this.consents.load(request, referral);
  }

  @ResolveField(() => [TimelineEntryType])
  timeline(@Context() request: RequestContext, @Parent() referral: ReferralEntity) {
    return this.timelines.load(request, referral);
  }
}
