import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module.js';
import { ReferralsModule } from '../referrals/referrals.module.js';
import { AgencyConnectionsResolver } from './agency-connections.resolver.js';
import { AgencyConnectionsService } from './agency-connections.service.js';
import { ClientCredentialsService } from './client-credentials.service.js';
import { OAuthTokenController } from './oauth-token.controller.js';
import { SystemReferralsResolver } from './system-referrals.resolver.js';
import { SystemReferralsService } from './system-referrals.service.js';
import { TokenRateLimiter } from './token-rate-limiter.js';
import { UndeliverableReferralsService } from './undeliverable-referrals.service.js';

/** Agencies with their own case system: configuration, machine clients, acknowledgement. */
@Module({
  imports: [ReferralsModule, EventsModule],
  controllers: [OAuthTokenController],
  providers: [AgencyConnectionsResolver, AgencyConnectionsService, SystemReferralsResolver, SystemReferralsService, ClientCredentialsService, TokenRateLimiter, UndeliverableReferralsService],
})
export class AgencySystemsModule {}
