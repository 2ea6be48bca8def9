import { Inject } from '@nestjs/common';
import { Args, ArgsType, Field, ID, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsArray, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { type Actor, AgencyCode, ReferralStatus, type TraceContext, Urgency } from '#domain';
import { CurrentActor, CurrentTrace, Roles } from '#auth';
import { AGENCY } from '../auth/roles.js';
import { ConnectionOf, PageArgs } from '../graphql/connection.js';
import { CompleteArgs, ReasonedMoveArgs } from '../referrals/move.args.js';
import { FailReferralInput, RejectReferralInput } from '../referrals/referral.inputs.js';
import { ReferralType } from '../referrals/referral.types.js';
import { LineService } from './line.service.js';

@ObjectType()
class ReferralConnection extends ConnectionOf(ReferralType, 'Referral') {}

@ArgsType()
class InboxArgs extends PageArgs {
  @Field(() => AgencyCode)
  @IsEnum(AgencyCode)
  agency!: AgencyCode;

  @Field(() => [ReferralStatus], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(ReferralStatus, { each: true })
  status?: ReferralStatus[] | null;

  @Field(() => [Urgency], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(Urgency, { each: true })
  urgency?: Urgency[] | null;

  @Field(() => ID, { nullable: true, description: 'Only the cases this specialist or coordinator of your line handles.' })
  @IsOptional()
  @IsUUID()
  handler?: string | null;
}

/** An agency's professional line: its inbox and the specialist's moves. */
@Resolver()
@Roles(...AGENCY)
export class LinesResolver {
  constructor(@Inject(LineService) private readonly line: LineService) {}

  @Query(() => ReferralConnection, { description: 'Referrals on your agency\'s line in work order: open first, then most urgent, then earliest deadline (as takeNextReferral picks).' })
  inbox(@CurrentActor() actor: Actor, @Args() args: InboxArgs) {
    return this.line.inbox(actor, args.agency, { statuses: args.status ?? null, urgencies: args.urgency ?? null, handler: args.handler ?? null }, args.first, args.after);
  }

  @Mutation(() => ReferralType, { description: 'Confirm pickup: you are now responsible for this referral.' })
  acceptReferral(@CurrentActor() actor: Actor, @CurrentTrace() trace: TraceContext, @Args('id', { type: () => ID }) id: string) {
    return this.line.accept(actor, trace, id);
  }

  @Mutation(() => ReferralType, { description: 'Not for your agency: give a coded reason; the desk re-routes.' })
  rejectReferral(@CurrentActor() actor: Actor, @Args('input') input: RejectReferralInput) {
    return this.line.reject(actor, input.id, input.reasonCode, input.note);
  }

  @Mutation(() => ReferralType, {
    description: 'Give up on a referral you accepted, with a coded reason: no agency can help, or the citizen cannot be reached.',
  })
  failReferral(@CurrentActor() actor: Actor, @Args('input') input: FailReferralInput) {
    return this.line.fail(actor, input.id, input.reasonCode, input.note);
  }

  @Mutation(() => ReferralType, { description: 'Contact with the citizen is under way.' })
  startReferral(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.line.start(actor, id);
  }

  @Mutation(() => ReferralType, { description: 'Wait for the citizen or documents; a reason is required.' })
  holdReferral(@CurrentActor() actor: Actor, @Args() args: ReasonedMoveArgs) {
    return this.line.hold(actor, args.id, args.reason);
  }

  @Mutation(() => ReferralType)
  resumeReferral(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string) {
    return this.line.resume(actor, id);
  }

  @Mutation(() => ReferralType, { description: 'Record the outcome; the referral is done.' })
  completeReferral(@CurrentActor() actor: Actor, @Args() args: CompleteArgs) {
    return this.line.complete(actor, args.id, args.outcome);
  }
}
