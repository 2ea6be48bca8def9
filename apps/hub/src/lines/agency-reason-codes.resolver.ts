import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AGENCY_FAIL_REASONS, AGENCY_REJECT_REASONS, FailReasonCode, RejectReasonCode } from '#domain';
import { Roles } from '#auth';
import type { AgencyEntity } from '#persistence';
import { SIGNED_IN } from '../auth/roles.js';
import { AgencyType } from '../directory/directory.types.js';

/** The coded reasons an agency may reject or fail with, so a line's screen offers only those. */
@Resolver(() => AgencyType)
@Roles(...SIGNED_IN)
export class AgencyReasonCodesResolver {
  @ResolveField(() => [RejectReasonCode])
  rejectReasons(@Parent() agency: AgencyEntity): readonly RejectReasonCode[] {
    return AGENCY_REJECT_REASONS[agency.code];
  }

  @ResolveField(() => [FailReasonCode], { description: 'The reasons the agency\'s staff may fail a referral they accepted with.' })
  failReasons(): readonly FailReasonCode[] {
    return AGENCY_FAIL_REASONS;
  }
}
