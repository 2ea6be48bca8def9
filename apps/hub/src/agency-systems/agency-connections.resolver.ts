import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import type { RedisPubSub } from 'graphql-redis-subscriptions';
import { type Actor, Role } from '#domain';
import { CurrentActor, Roles } from '#auth';
import { DELIVERY_ALERT_CHANNEL } from '#lines';
import type { RaisedAlert } from '#persistence';
import { PUB_SUB } from '../events/pub-sub.provider.js';
import {
  AgencyArgs,
  AgencyClientPayload,
  AgencyConnectionPayload,
  AgencyConnectionType,
  ConfigureAgencyDeliveryInput,
  DeliveryAlertType,
  OptionalAgencyArgs,
  WebhookDeadLetterType,
} from './agency-system.types.js';
import { AgencyConnectionsService } from './agency-connections.service.js';
import { UndeliverableReferralsService } from './undeliverable-referrals.service.js';

/** ADMIN configures how each agency's line delivers. Secrets appear once, in the mutation's answer. */
@Resolver(() => AgencyConnectionType)
@Roles(Role.ADMIN)
export class AgencyConnectionsResolver {
  constructor(
    @Inject(AgencyConnectionsService) private readonly connections: AgencyConnectionsService,
    @Inject(PUB_SUB) private readonly pubSub: RedisPubSub,
    @Inject(UndeliverableReferralsService) private readonly undeliverable: UndeliverableReferralsService,
  ) {}

  @Query(() => [AgencyConnectionType], { description: 'Delivery settings of all eight agencies.' })
  agencyConnections() {
    return this.connections.list();
  }

  @Mutation(() => AgencyConnectionPayload, { description: 'Inbox or own system; re-enables a disabled endpoint. A first SYSTEM setup returns its signing secret.' })
  configureAgencyDelivery(@Args('input') input: ConfigureAgencyDeliveryInput) {
    return this.connections.configure(input);
  }

  @Mutation(() => AgencyConnectionPayload, { description: 'New signing secret; the previous one keeps signing during the overlap.' })
  rotateAgencySigningSecret(@Args() args: AgencyArgs) {
    return this.connections.rotate(args.agencyCode);
  }

  @Mutation(() => AgencyClientPayload, { description: 'Client credentials for the agency system (role AGENCY_SYSTEM).' })
  createAgencyClient(@Args() args: AgencyArgs) {
    return this.connections.createClient(args.agencyCode);
  }

  @Mutation(() => Int, { description: 'Send an agency\'s dead letters again under their original ids; returns how many.' })
  replayWebhookDeadLetters(@Args() args: AgencyArgs) {
    return this.connections.replay(args.agencyCode);
  }

  @Mutation(() => Int, {
    description: 'Give up on an agency\'s dead letters: a referral whose request never arrived FAILS as UNDELIVERABLE; returns how many failed.',
  })
  abandonWebhookDeadLetters(@CurrentActor() actor: Actor, @Args() args: AgencyArgs) {
    return this.undeliverable.abandon(actor, args.agencyCode);
  }

  @Subscription(() => DeliveryAlertType, {
    resolve: (alert: RaisedAlert) => ({ ...alert, createdAt: new Date(alert.createdAt) }),
    description: 'Alerts about agency systems as they are raised: an endpoint gone, a dead letter.',
  })
  deliveryAlertRaised() {
    return this.pubSub.asyncIterableIterator(DELIVERY_ALERT_CHANNEL);
  }

  @Query(() => [DeliveryAlertType], { description: 'Open alerts about agency systems, newest first.' })
  deliveryAlerts() {
    return this.connections.openAlerts();
  }

  @Query(() => [WebhookDeadLetterType], { description: 'Events agency systems never took, newest first.' })
  webhookDeadLetters(@Args() args: OptionalAgencyArgs) {
    return this.connections.deadLetters(args.agencyCode);
  }
}
