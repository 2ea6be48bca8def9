import { Inject } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AppointmentKind, readTimelineReason, TimelineReasonCode } from '#domain';
import { type RequestContext, Roles } from '#auth';
import type { ReferralEventEntity } from '#persistence';
import { CASE_PARTIES } from '../auth/roles.js';
import { RequestBatches } from '../graphql/request-batch.js';
import { TimelineEntryType } from './referral.types.js';
import { StaffNamesService } from './staff-names.service.js';

/** A timeline entry in parts a screen can put into a sentence: who, which code, the note, what it points to. */
@Resolver(() => TimelineEntryType)
@Roles(...CASE_PARTIES)
export class TimelineEntryResolver {
  /** All names on one request's timelines in one query. */
  private readonly names = new RequestBatches<string | null, string | null>((request, ids) => this.staff.names((request as RequestContext).actor!, ids));

  constructor(@Inject(StaffNamesService) private readonly staff: StaffNamesService) {}

  @ResolveField(() => String, { nullable: true, description: 'Who made this entry, by name, when you may see it (a colleague of your own organisation).' })
  actorName(@Context() request: RequestContext, @Parent() event: ReferralEventEntity) {
    return this.names.load(request, event.actorId);
  }

  @ResolveField(() => String, { nullable: true, description: 'After a REASSIGNED entry: who has the case now, by name, when you may see it.' })
  handlerName(@Context() request: RequestContext, @Parent() event: ReferralEventEntity) {
    return this.names.load(request, readTimelineReason(event.type, event.reason).handlerId);
  }

  @ResolveField(() => TimelineReasonCode, { nullable: true, description: 'The coded reason, if the entry has one.' })
  reasonCode(@Parent() event: ReferralEventEntity) {
    return readTimelineReason(event.type, event.reason).code;
  }

  @ResolveField(() => String, { nullable: true, description: 'The words a person gave with this entry.' })
  note(@Parent() event: ReferralEventEntity) {
    return readTimelineReason(event.type, event.reason).note;
  }

  @ResolveField(() => String, { nullable: true, description: 'The other referral a re-route points to, by reference.' })
  relatedReference(@Parent() event: ReferralEventEntity) {
    return readTimelineReason(event.type, event.reason).relatedReference;
  }

  @ResolveField(() => AppointmentKind, { nullable: true, description: 'After a SCHEDULED entry: appointment or callback.' })
  scheduledKind(@Parent() event: ReferralEventEntity) {
    return readTimelineReason(event.type, event.reason).scheduledKind;
  }

  @ResolveField(() => Date, { nullable: true, description: 'After a SCHEDULED entry: when it starts.' })
  scheduledAt(@Parent() event: ReferralEventEntity) {
    return readTimelineReason(event.type, event.reason).scheduledAt;
  }
}
