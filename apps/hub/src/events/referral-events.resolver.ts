import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { RedisPubSub } from 'graphql-redis-subscriptions';
import { type Actor, Role } from '#domain';
import { CurrentActor, Roles } from '#auth';
import { coordinatorChannel, lineChannel, type ReferralEventMessage, servicePointChannel } from '#lines';
import { AGENCY, CASE_PARTIES, DESK } from '../auth/roles.js';
import { ReferralEventType, ReferralType } from '../referrals/referral.types.js';
import { ReferralsService } from '../referrals/referrals.service.js';
import { PUB_SUB } from './pub-sub.provider.js';

const asEvent = (message: ReferralEventMessage) => ({ ...message, occurredAt: new Date(message.occurredAt) });

/** Live changes: a desk follows its own service point, a specialist its own agency's line, a coordinator its escalations. */
@Resolver(() => ReferralEventType)
@Roles(...CASE_PARTIES)
export class ReferralEventsResolver {
  constructor(
    @Inject(PUB_SUB) private readonly pubSub: RedisPubSub,
    @Inject(ReferralsService) private readonly referrals: ReferralsService,
  ) {}

  @Subscription(() => ReferralEventType, { resolve: asEvent, description: 'Every change to your service point\'s referrals.' })
  @Roles(...DESK)
  servicePointEvents(@CurrentActor() actor: Actor) {
    return this.pubSub.asyncIterableIterator(servicePointChannel(actor.servicePointId!));
  }

  @Subscription(() => ReferralEventType, { resolve: asEvent, description: 'Every change on your agency\'s line, except escalations.' })
  @Roles(...AGENCY)
  lineEvents(@CurrentActor() actor: Actor) {
    return this.pubSub.asyncIterableIterator(lineChannel(actor.agencyCode!));
  }

  @Subscription(() => ReferralEventType, { resolve: asEvent, description: 'Referrals of your agency escalated to its coordinators: a deadline passed and the reminder did not help.' })
  @Roles(Role.AGENCY_COORDINATOR)
  escalations(@CurrentActor() actor: Actor) {
    return this.pubSub.asyncIterableIterator(coordinatorChannel(actor.agencyCode!));
  }

  @ResolveField(() => ReferralType, { description: 'The referral as it is now, as you may see it.' })
  referral(@CurrentActor() actor: Actor, @Parent() event: ReferralEventMessage) {
    return this.referrals.get(actor, event.referralId);
  }
}
