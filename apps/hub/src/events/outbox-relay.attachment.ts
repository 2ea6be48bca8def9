import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { QueueAttachments } from '#operations';
import { OutboxRelayService } from './outbox-relay.provider.js';

/** The hub is attached to its queues while its outbox relay holds its LISTEN connection. */
@Injectable()
export class OutboxRelayAttachment implements OnModuleInit {
  constructor(
    @Inject(OutboxRelayService) private readonly relay: OutboxRelayService,
    @Inject(QueueAttachments) private readonly attachments: QueueAttachments,
  ) {}

  onModuleInit(): void {
    this.attachments.register('outbox-relay', () => this.relay.relay.listening);
  }
}
