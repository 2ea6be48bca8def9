import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { deadlineStateOf } from '#domain';
import { type RequestContext, Roles } from '#auth';
import type { ReferralEntity } from '#persistence';
import { CASE_PARTIES } from '../auth/roles.js';
import { RequestBatches } from '../graphql/request-batch.js';
import { ReferralType } from '../referrals/referral.types.js';
import { DeadlineStateType } from './deadline-state.types.js';
import { SlaService } from './sla.service.js';

/** The deadline state of every referral a screen shows, computed by the hub's clock and the line's calendar. */
@Resolver(() => ReferralType)
@Roles(...CASE_PARTIES)
export class DeadlineStateResolver {
  private readonly states = new RequestBatches<ReferralEntity, DeadlineStateType | null>(async (request, referrals) => {
    const { calendars, now } = await this.sla.calendarsNow((request as RequestContext).actor!, referrals.map((r) => r.agencyCode));
    return referrals.map((r) => deadlineStateOf(r, now, calendars.get(r.agencyCode)!));
  });

  constructor(@Inject(SlaService) private readonly sla: SlaService) {}

  @ResolveField(() => DeadlineStateType, { nullable: true, description: 'Null before the referral reached a line.' })
  deadlineState(@Context() request: RequestContext, @Parent() referral: ReferralEntity) {
    return this.states.load(request, referral);
  }
}
