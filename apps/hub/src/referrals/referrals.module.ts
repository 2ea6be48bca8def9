import { Module } from '@nestjs/common';
import { CLOCK, systemClock } from '#lines';
import { DirectoryModule } from '../directory/directory.module.js';
import { ReferralLinksService } from './referral-links.service.js';
import { ReferralRoutingResolver } from './referral-routing.resolver.js';
import { ReferralRoutingService } from './referral-routing.service.js';
import { ReferralsResolver } from './referrals.resolver.js';
import { ReferralsService } from './referrals.service.js';
import { StaffNamesService } from './staff-names.service.js';
import { TimelineEntryResolver } from './timeline-entry.resolver.js';

@Module({
  imports: [DirectoryModule],
  providers: [
    ReferralsResolver,
    ReferralsService,
    ReferralRoutingResolver,
    ReferralRoutingService,
    ReferralLinksService,
    StaffNamesService,
    TimelineEntryResolver,
    { provide: CLOCK, useValue: systemClock },
  ],
  exports: [ReferralsService],
})
export class ReferralsModule {}
