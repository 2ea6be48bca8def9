import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AGENCY_REJECT_REASONS, RejectReasonCode } from '#domain';
import { Roles } from '#auth';
import type { AgencyEntity } from '#persistence';
import { SIGNED_IN } from '../auth/roles.js';
import { AgencyType } from '../directory/directory.types.js';

/** The coded reasons an agency may reject with, so a line's screen offers only those. */
@Resolver(() => AgencyType)
@Roles(...SIGNED_IN)
export class AgencyRejectReasonsResolver {
  @ResolveField(() => [RejectReasonCode])
  rejectReasons(@Parent() agency: AgencyEntity): readonly RejectReasonCode[] {
    return AGENCY_REJECT_REASONS[agency.code];
  }
}
