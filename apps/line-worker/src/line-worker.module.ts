import { Module } from '@nestjs/common';
import { ConfigModule } from '#config';
import { CLOCK, LinesModule, systemClock } from '#lines';
import { PersistenceModule } from '#persistence';
import { LineWorkersService } from './line-workers.service.js';
import { ReconcilerService } from './reconciler.service.js';
import { ReferralDeliveryHandler } from './referral-delivery.handler.js';
import { SlaTimerWorkerService } from './sla-timer-worker.service.js';
import { SlaTimerHandler } from './sla-timer.handler.js';

@Module({
  imports: [ConfigModule, PersistenceModule, LinesModule],
  providers: [
    ReferralDeliveryHandler,
    LineWorkersService,
    ReconcilerService,
    { provide: CLOCK, useValue: systemClock },
    SlaTimerHandler,
    SlaTimerWorkerService,
  ],
})
export class LineWorkerModule {}
