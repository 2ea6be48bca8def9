import { Inject, Injectable, Logger } from '@nestjs/common';
import { Gauge, Registry } from 'prom-client';
import { AGENCY_CODES } from '#domain';
import { LineProducer } from '#lines';
import { OutboxBacklogRepository, ScopedDatabase } from '#persistence';
import { METRIC_PREFIX } from './metrics-registry.js';

/**
 * Work that waits, read when Prometheus scrapes (never on a timer): per line, the BullMQ queue's
 * waiting jobs and the outbox rows the relay has not moved yet, each with the age of the oldest.
 * Each pair of gauges is read by one refresh that both gauges' collect() share (prom-client collects in parallel).
 * A store that does not answer drops its series from this scrape (absent, not stale).
 */
/** One run of `refresh` for every caller that asks while it is in flight. */
function shared(refresh: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  return () => (running ??= refresh().finally(() => (running = null)));
}

@Injectable()
export class BacklogCollector {
  private readonly logger = new Logger('Metrics');
  private readonly outbox: OutboxBacklogRepository;

  constructor(
    @Inject(Registry) registry: Registry,
    @Inject(LineProducer) private readonly producer: LineProducer,
    @Inject(ScopedDatabase) db: ScopedDatabase,
  ) {
    this.outbox = new OutboxBacklogRepository(db);
    const gauge = (name: string, help: string, collect: () => Promise<void>) =>
      new Gauge({ name: `${METRIC_PREFIX}${name}`, help, labelNames: ['line'], registers: [registry], collect });
    const queues = shared(() => this.refreshQueues(queueDepth, queueAge));
    const queueDepth = gauge('line_queue_waiting_jobs', 'Jobs waiting on the line queue', queues);
    const queueAge = gauge('line_queue_oldest_waiting_seconds', 'Age of the oldest waiting job on the line queue (0 when none waits)', queues);
    const outbox = shared(() => this.refreshOutbox(outboxRows, outboxAge));
    const outboxRows = gauge('outbox_backlog_rows', 'Outbox rows not yet moved to Redis', outbox);
    const outboxAge = gauge('outbox_oldest_row_seconds', 'Age of the oldest outbox row not yet moved (0 when none waits)', outbox);
  }

  private async refreshQueues(depth: Gauge<'line'>, age: Gauge<'line'>): Promise<void> {
    depth.reset();
    age.reset();
    try {
      const now = Date.now();
      const lines = await Promise.all(
        AGENCY_CODES.map(async (line) => {
          const queue = this.producer.queue(line);
          const [waiting, [oldest]] = await Promise.all([queue.getWaitingCount(), queue.getJobs(['wait'], 0, 0, true)]);
          return { line, waiting, ageSeconds: oldest ? Math.max(0, (now - oldest.timestamp) / 1000) : 0 };
        }),
      );
      for (const { line, waiting, ageSeconds } of lines) {
        depth.set({ line }, waiting);
        age.set({ line }, ageSeconds);
      }
    } catch (error) {
      this.logger.warn(`line queues not read: ${error instanceof Error ? error.name : 'unknown'}`);
    }
  }

  private async refreshOutbox(rows: Gauge<'line'>, age: Gauge<'line'>): Promise<void> {
    rows.reset();
    age.reset();
    try {
      const backlog = new Map((await this.outbox.perLine()).map((b) => [b.agencyCode, b]));
      for (const line of AGENCY_CODES) {
        rows.set({ line }, backlog.get(line)?.rows ?? 0);
        age.set({ line }, backlog.get(line)?.oldestAgeSeconds ?? 0);
      }
    } catch (error) {
      this.logger.warn(`outbox backlog not read: ${error instanceof Error ? error.name : 'unknown'}`);
    }
  }
}
