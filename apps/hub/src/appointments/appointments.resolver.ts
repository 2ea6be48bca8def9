import { Inject } from '@nestjs/common';
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '#domain';
import { CurrentActor, Roles } from '#auth';
import type { IdempotentRequest, ReferralEntity } from '#persistence';
import { CASE_PARTIES } from '../auth/roles.js';
import { OnceOnly } from '../graphql/idempotent-request.decorator.js';
import { ReferralType } from '../referrals/referral.types.js';
import { ScheduleAppointmentInput } from './appointment.inputs.js';
import { AppointmentType } from './appointment.types.js';
import { AppointmentsService } from './appointments.service.js';

/** Scheduling what happens next for the citizen, by the agency or the desk. */
@Resolver(() => ReferralType)
@Roles(...CASE_PARTIES)
export class AppointmentsResolver {
  constructor(@Inject(AppointmentsService) private readonly appointments: AppointmentsService) {}

  @Mutation(() => ReferralType, { description: 'Set an appointment or a callback window for a picked-up referral; replaces an earlier one.' })
  scheduleAppointment(@CurrentActor() actor: Actor, @Args('input') input: ScheduleAppointmentInput, @OnceOnly() once: IdempotentRequest | null) {
    return this.appointments.schedule(actor, input, once);
  }

  @ResolveField(() => AppointmentType, { nullable: true })
  appointment(@CurrentActor() actor: Actor, @Parent() referral: ReferralEntity) {
    return this.appointments.appointment(actor, referral.id);
  }

  @ResolveField(() => [String], { description: 'What the citizen should bring: the topic\'s list plus the agency\'s additions.' })
  whatToBring(@CurrentActor() actor: Actor, @Parent() referral: ReferralEntity) {
    return this.appointments.whatToBring(actor, referral);
  }
}
