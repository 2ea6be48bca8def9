import { Module } from '@nestjs/common';
import { ConfigModule } from '#config';
import { LinesModule } from '#lines';
import { PersistenceModule } from '#persistence';
import { PrivacyModule } from '#privacy';
import { LineWorkersService } from './line-workers.service.js';
import { PrivacyMaintenanceService } from './privacy-maintenance.service.js';
import { ReconcilerService } from './reconciler.service.js';
import { ReferralDeliveryHandler } from './referral-delivery.handler.js';

@Module({
  imports: [ConfigModule, PersistenceModule, PrivacyModule, LinesModule],
  providers: [ReferralDeliveryHandler, LineWorkersService, ReconcilerService, PrivacyMaintenanceService],
})
export class LineWorkerModule {}
