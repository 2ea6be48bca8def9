import { Inject } from '@nestjs/common';
import { Args, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { type Actor, AgencyCode, Role } from '#domain';
import { CurrentActor, Roles } from '#auth';
import type { SlaSettingEntity } from '#persistence';
import { AgencyType } from '../directory/directory.types.js';
import { ConnectionOf } from '../graphql/connection.js';
import { ReferralType } from '../referrals/referral.types.js';
import { OverdueArgs, SetLineHoursInput, SetSlaInput } from './sla.inputs.js';
import { SlaService } from './sla.service.js';
import { SlaSettingType } from './sla.types.js';

@ObjectType()
class OverdueReferralConnection extends ConnectionOf(ReferralType, 'OverdueReferral') {}

const toType = (row: SlaSettingEntity): SlaSettingType => ({
  agencyCode: row.agencyCode,
  urgency: row.urgency,
  receive: { amount: row.receiveAmount, unit: row.receiveUnit },
  accept: { amount: row.acceptAmount, unit: row.acceptUnit },
  updatedAt: row.updatedAt,
});

/** Deadlines of a line: its people can read them; only its coordinator changes them or sees what is overdue. */
@Resolver()
@Roles(Role.AGENCY_COORDINATOR)
export class SlaResolver {
  constructor(@Inject(SlaService) private readonly sla: SlaService) {}

  @Query(() => [SlaSettingType], { description: 'Your line\'s receive and accept targets per urgency.' })
  @Roles(Role.AGENCY_SPECIALIST, Role.AGENCY_COORDINATOR)
  async slaSettings(@CurrentActor() actor: Actor, @Args('agency', { type: () => AgencyCode }) agency: AgencyCode) {
    return (await this.sla.settings(actor, agency)).map(toType);
  }

  @Mutation(() => SlaSettingType, { description: 'Set your line\'s targets for one urgency; applies to referrals submitted from now on.' })
  async setSlaTargets(@CurrentActor() actor: Actor, @Args('input') input: SetSlaInput) {
    return toType(await this.sla.setTargets(actor, input.agency, input.urgency, { receive: input.receive, accept: input.accept }));
  }

  @Mutation(() => AgencyType, { description: 'Set your line\'s opening hours; public holidays are always closed.' })
  setLineHours(@CurrentActor() actor: Actor, @Args('input') input: SetLineHoursInput) {
    return this.sla.setLineHours(actor, input.agency, { timeZone: input.timeZone, days: input.days, opens: input.opens, closes: input.closes });
  }

  @Query(() => OverdueReferralConnection, { description: 'Referrals on your line past a receive or accept deadline now, most overdue first.' })
  overdueReferrals(@CurrentActor() actor: Actor, @Args() args: OverdueArgs) {
    return this.sla.overdue(actor, args.agency, args.first, args.after);
  }
}
