import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { QueueAttachments } from '#operations';
import { LineWorkersService } from './line-workers.service.js';
import { SlaTimerWorkerService } from './sla-timer-worker.service.js';
import { WebhookWorkersService } from './webhooks/webhook-workers.service.js';

/** The line worker is attached to its queues while all its BullMQ workers run: lines, SLA timers, webhooks. */
@Injectable()
export class WorkerQueueAttachments implements OnModuleInit {
  constructor(
    @Inject(QueueAttachments) private readonly attachments: QueueAttachments,
    @Inject(LineWorkersService) private readonly lines: LineWorkersService,
    @Inject(SlaTimerWorkerService) private readonly timers: SlaTimerWorkerService,
    @Inject(WebhookWorkersService) private readonly webhooks: WebhookWorkersService,
  ) {}

  onModuleInit(): void {
    this.attachments.register('line-workers', () => this.lines.running);
    this.attachments.register('sla-timer-worker', () => this.timers.running);
    this.attachments.register('webhook-workers', () => this.webhooks.running);
  }
}
