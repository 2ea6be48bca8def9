import { Module } from '@nestjs/common';
import { ConfigModule } from '#config';
import { CLOCK, LinesModule, systemClock } from '#lines';
import { HealthModule, LoggingModule, MetricsModule } from '#operations';
import { MonitorRollups, PersistenceModule, ScopedDatabase } from '#persistence';
import { PrivacyModule } from '#privacy';
import { LineWorkersService } from './line-workers.service.js';
import { MonitorDrainService } from './monitor-drain.service.js';
import { PrivacyMaintenanceService } from './privacy-maintenance.service.js';
import { ReconcilerService } from './reconciler.service.js';
import { ReferralDeliveryHandler } from './referral-delivery.handler.js';
import { SlaTimerWorkerService } from './sla-timer-worker.service.js';
import { SlaTimerHandler } from './sla-timer.handler.js';
import { WebhookDeliveryHandler } from './webhooks/webhook-delivery.handler.js';
import { WebhookWorkersService } from './webhooks/webhook-workers.service.js';
import { WorkerQueueAttachments } from './worker-queue-attachments.js';

@Module({
  imports: [ConfigModule, LoggingModule.forService('line-worker'), PersistenceModule, PrivacyModule, LinesModule, HealthModule, MetricsModule],
  providers: [
    ReferralDeliveryHandler,
    LineWorkersService,
    ReconcilerService,
    PrivacyMaintenanceService,
    { provide: MonitorRollups, inject: [ScopedDatabase], useFactory: (db: ScopedDatabase) => new MonitorRollups(db) },
    MonitorDrainService,
    { provide: CLOCK, useValue: systemClock },
    SlaTimerHandler,
    SlaTimerWorkerService,
    WebhookDeliveryHandler,
    WebhookWorkersService,
    WorkerQueueAttachments,
  ],
})
export class LineWorkerModule {}
