import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Role, type TraceContext } from '#domain';
import { CurrentActor, CurrentTrace, Roles } from '#auth';
import { PrivacyOfficerService } from './privacy-officer.service.js';
import { BsnArgs, ChainBreakType, CitizenErasureType, EraseCitizenArgs, ProcessingRecordType } from './privacy.types.js';

/** The privacy officer (functionaris gegevensbescherming) only: separate from ADMIN on purpose. */
@Resolver()
@Roles(Role.PRIVACY_OFFICER)
export class PrivacyOfficerResolver {
  constructor(@Inject(PrivacyOfficerService) private readonly service: PrivacyOfficerService) {}

  @Query(() => [ProcessingRecordType], { description: 'Every processing of one citizen\'s data, oldest first; the query itself is logged.' })
  processingRecords(@CurrentActor() actor: Actor, @CurrentTrace() trace: TraceContext, @Args() args: BsnArgs) {
    return this.service.processingOf(actor, trace, args.bsn);
  }

  @Mutation(() => CitizenErasureType, {
    description: 'Erasure on request (AVG art. 17): erases the personal data of every visit of one citizen, as retention does, logged as ERASE.',
  })
  eraseCitizenData(@CurrentActor() actor: Actor, @CurrentTrace() trace: TraceContext, @Args() args: EraseCitizenArgs) {
    return this.service.erase(actor, trace, args.bsn, args.withdrawOpenReferrals);
  }

  @Query(() => [ChainBreakType], { description: 'Recomputes the processing log\'s hash chains; empty when nothing was tampered with.' })
  processingLogBreaks(@CurrentActor() actor: Actor) {
    return this.service.integrity(actor);
  }
}
