import { Module } from '@nestjs/common';
import { ReferralsModule } from '../referrals/referrals.module.js';
import { LineService } from './line.service.js';
import { LinesResolver } from './lines.resolver.js';

@Module({ imports: [ReferralsModule], providers: [LinesResolver, LineService] })
export class LineFeatureModule {}
