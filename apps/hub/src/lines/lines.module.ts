import { Module } from '@nestjs/common';
import { ReferralsModule } from '../referrals/referrals.module.js';
import { AgencyRejectReasonsResolver } from './agency-reject-reasons.resolver.js';
import { LineWorkResolver } from './line-work.resolver.js';
import { LineWorkService } from './line-work.service.js';
import { LineService } from './line.service.js';
import { LinesResolver } from './lines.resolver.js';

@Module({ imports: [ReferralsModule], providers: [LinesResolver, LineService, LineWorkResolver, LineWorkService, AgencyRejectReasonsResolver] })
export class LineFeatureModule {}
