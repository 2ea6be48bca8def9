import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor, TraceContext } from '#domain';
import { CurrentActor, CurrentTrace, Roles } from '#auth';
import type { IdempotentRequest, ReferralEntity } from '#persistence';
import { CASE_PARTIES, DESK } from '../auth/roles.js';
import { OnceOnly } from '../graphql/idempotent-request.decorator.js';
import { StaffMemberType } from '../lines/staff-member.types.js';
import { ResendReferralInput, RerouteReferralInput } from './referral.inputs.js';
import { ReferralType } from './referral.types.js';
import { ReferralLinksService } from './referral-links.service.js';
import { ReferralRoutingService } from './referral-routing.service.js';

/** Re-routing and conversion by the desk, and the links they leave on a referral. */
@Resolver(() => ReferralType)
@Roles(...CASE_PARTIES)
export class ReferralRoutingResolver {
  constructor(
    @Inject(ReferralRoutingService) private readonly routing: ReferralRoutingService,
    @Inject(ReferralLinksService) private readonly links: ReferralLinksService,
  ) {}

  @Mutation(() => ReferralType, { description: 'Send a rejected referral on to another agency, with consent for it; returns the new referral.' })
  @Roles(...DESK)
  rerouteReferral(
    @CurrentActor() actor: Actor,
    @CurrentTrace() trace: TraceContext,
    @Args('input') input: RerouteReferralInput,
    @OnceOnly() once: IdempotentRequest | null,
  ) {
    return this.routing.reroute(actor, trace, input, once);
  }

  @Mutation(() => ReferralType, {
    description: 'Correct a referral the agency sent back (a rejection the desk can put right) and send it again to the same agency; returns the new, linked referral.',
  })
  @Roles(...DESK)
  resendReferral(
    @CurrentActor() actor: Actor,
    @CurrentTrace() trace: TraceContext,
    @Args('input') input: ResendReferralInput,
    @OnceOnly() once: IdempotentRequest | null,
  ) {
    return this.routing.resend(actor, trace, input, once);
  }

  @Mutation(() => ReferralType, { description: 'The citizen stops waiting: a LIVE referral not yet picked up becomes a CALLBACK.' })
  @Roles(...DESK)
  convertToCallback(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.routing.convertToCallback(actor, id);
  }

  @ResolveField(() => ReferralType, { nullable: true, description: 'The rejected referral this one re-routes, if you may see it.' })
  reroutedFrom(@CurrentActor() actor: Actor, @Parent() referral: ReferralEntity) {
    return this.links.reroutedFrom(actor, referral);
  }

  @ResolveField(() => ReferralType, { nullable: true, description: 'The referral that took over after this one was rejected, if you may see it.' })
  reroutedTo(@CurrentActor() actor: Actor, @Parent() referral: ReferralEntity) {
    return this.links.reroutedTo(actor, referral);
  }

  @ResolveField(() => String, { nullable: true, description: 'The specialist\'s explanation when the agency sent the referral back (the code is rejectReasonCode).' })
  rejectionNote(@CurrentActor() actor: Actor, @CurrentTrace() trace: TraceContext, @Parent() referral: ReferralEntity) {
    return this.routing.rejectionNote(actor, trace, referral);
  }

  @ResolveField(() => StaffMemberType, { nullable: true, description: 'The specialist responsible since pickup.' })
  assignee(@Parent() referral: ReferralEntity) {
    return this.links.assignee(referral);
  }
}
