import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module.js';
import { ReferralsResolver } from './referrals.resolver.js';
import { ReferralsService } from './referrals.service.js';

@Module({ imports: [DirectoryModule], providers: [ReferralsResolver, ReferralsService], exports: [ReferralsService] })
export class ReferralsModule {}
