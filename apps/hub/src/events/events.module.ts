import { Module } from '@nestjs/common';
import { ReferralsModule } from '../referrals/referrals.module.js';
import { OutboxRelayAttachment } from './outbox-relay.attachment.js';
import { OutboxRelayService } from './outbox-relay.provider.js';
import { PUB_SUB, pubSubProvider } from './pub-sub.provider.js';
import { ReferralEventsResolver } from './referral-events.resolver.js';

@Module({ imports: [ReferralsModule], providers: [pubSubProvider, OutboxRelayService, OutboxRelayAttachment, ReferralEventsResolver], exports: [PUB_SUB] })
export class EventsModule {}
