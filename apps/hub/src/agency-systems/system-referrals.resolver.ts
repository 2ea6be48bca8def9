import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Role, type TraceContext } from '#domain';
import { CurrentActor, CurrentTrace, Roles } from '#auth';
import { ReferralType } from '../referrals/referral.types.js';
import { SystemReferralsService } from './system-referrals.service.js';

/**
 * An agency system (client credentials) acknowledges and reads referrals of its own agency. Accept,
 * reject and complete are the line's own mutations, open to AGENCY_SYSTEM too.
 */
@Resolver()
@Roles(Role.AGENCY_SYSTEM)
export class SystemReferralsResolver {
  constructor(@Inject(SystemReferralsService) private readonly system: SystemReferralsService) {}

  @Mutation(() => ReferralType, { description: 'Your system received the referral (after its webhook): it becomes RECEIVED.' })
  acknowledgeReferral(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.system.acknowledge(actor, id);
  }

  @Query(() => ReferralType, { description: 'A referral of your agency with the data the citizen consented to; every call is logged.' })
  fetchReferral(@CurrentActor() actor: Actor, @CurrentTrace() trace: TraceContext, @Args('id', { type: () => ID }) id: string) {
    return this.system.fetch(actor, trace, id);
  }
}
