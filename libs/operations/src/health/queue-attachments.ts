import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { CheckFailure } from './check-failure.js';

/**
 * What each app has attached to its queues (the hub's outbox relay, the worker's BullMQ workers),
 * registered by the services that own them so health needs no knowledge of either app.
 */
@Injectable()
export class QueueAttachments {
  private readonly probes = new Map<string, () => boolean>();

  constructor(@Inject(HealthIndicatorService) private readonly indicators: HealthIndicatorService) {}

  /** `attached` answers from memory, at once: a probe never waits on a queue. */
  register(name: string, attached: () => boolean): void {
    if (this.probes.has(name)) throw new Error(`Queue attachment ${name} registered twice`);
    this.probes.set(name, attached);
  }

  detached(): string[] {
    return [...this.probes].filter(([, attached]) => !attached()).map(([name]) => name);
  }

  queues() {
    return this.indicators.check('queues').attempt(() => {
      if (this.probes.size === 0) throw new CheckFailure('nothing attached yet');
      const detached = this.detached();
      if (detached.length > 0) throw new CheckFailure(`not attached: ${detached.join(', ')}`);
      return { attached: [...this.probes.keys()] };
    });
  }
}
