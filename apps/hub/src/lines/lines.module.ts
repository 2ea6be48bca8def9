import { Module } from '@nestjs/common';
import { ReferralsModule } from '../referrals/referrals.module.js';
import { AgencyReasonCodesResolver } from './agency-reason-codes.resolver.js';
import { LineWorkResolver } from './line-work.resolver.js';
import { LineWorkService } from './line-work.service.js';
import { LineService } from './line.service.js';
import { LinesResolver } from './lines.resolver.js';

@Module({ imports: [ReferralsModule], providers: [LinesResolver, LineService, LineWorkResolver, LineWorkService, AgencyReasonCodesResolver] })
export class LineFeatureModule {}
