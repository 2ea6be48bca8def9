import { Module } from '@nestjs/common';
import { ConfigModule } from '#config';
import { LinesModule } from '#lines';
import { PersistenceModule } from '#persistence';
import { LineWorkersService } from './line-workers.service.js';
import { ReconcilerService } from './reconciler.service.js';
import { ReferralDeliveryHandler } from './referral-delivery.handler.js';

@Module({
  imports: [ConfigModule, PersistenceModule, LinesModule],
  providers: [ReferralDeliveryHandler, LineWorkersService, ReconcilerService],
})
export class LineWorkerModule {}
