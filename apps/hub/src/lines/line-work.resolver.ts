import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Role, type TraceContext } from '#domain';
import { CurrentActor, CurrentTrace, Roles } from '#auth';
import { ReferralType } from '../referrals/referral.types.js';
import { LineWorkService } from './line-work.service.js';
import { StaffMemberType } from './staff-member.types.js';

/** Handing out a line's work: take the next referral, see who is on the line, reassign. */
@Resolver()
@Roles(Role.AGENCY_SPECIALIST, Role.AGENCY_COORDINATOR)
export class LineWorkResolver {
  constructor(@Inject(LineWorkService) private readonly work: LineWorkService) {}

  @Mutation(() => ReferralType, {
    nullable: true,
    description: 'Claim the next received referral on your line (most urgent, then earliest deadline); null when none is waiting.',
  })
  takeNextReferral(@CurrentActor() actor: Actor, @CurrentTrace() trace: TraceContext) {
    return this.work.takeNext(actor, trace);
  }

  @Query(() => [StaffMemberType], { description: 'The specialists and coordinators of your line.' })
  lineStaff(@CurrentActor() actor: Actor) {
    return this.work.staff(actor);
  }

  @Mutation(() => ReferralType, { description: 'Hand a picked-up referral to another specialist of your agency.' })
  @Roles(Role.AGENCY_COORDINATOR)
  reassignReferral(
    @CurrentActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('toAccountId', { type: () => ID }) toAccountId: string,
  ) {
    return this.work.reassign(actor, id, toAccountId);
  }

  @Mutation(() => ReferralType, { description: 'Take over a colleague\'s case on your line; the move is recorded on the timeline.' })
  @Roles(Role.AGENCY_SPECIALIST)
  takeOverReferral(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.work.takeOver(actor, id);
  }
}
