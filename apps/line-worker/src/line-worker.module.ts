import { Module } from '@nestjs/common';
import { ConfigModule } from '#config';
import { LinesModule } from '#lines';
import { PersistenceModule } from '#persistence';
import { LineWorkersService } from './line-workers.service.js';
import { ReconcilerService } from './reconciler.service.js';
import { ReferralDeliveryHandler } from './referral-delivery.handler.js';
import { WebhookDeliveryHandler } from './webhooks/webhook-delivery.handler.js';
import { WebhookWorkersService } from './webhooks/webhook-workers.service.js';

@Module({
  imports: [ConfigModule, PersistenceModule, LinesModule],
  providers: [ReferralDeliveryHandler, LineWorkersService, ReconcilerService, WebhookDeliveryHandler, WebhookWorkersService],
})
export class LineWorkerModule {}
