import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { AGENCY_CODES, type AgencyCode } from '#domain';
import { LINE_JOB_OPTIONS, type LineJobMap, type LineJobName } from './line-jobs.js';
import { lineQueueName } from './line-queue-name.js';
import { type WebhookJobData, WEBHOOK_JOB, webhookJobId, webhookJobOptions, webhookQueueName } from './webhooks/webhook-jobs.js';

export interface LineJob<K extends LineJobName = LineJobName> {
  readonly agency: AgencyCode;
  readonly name: K;
  readonly data: LineJobMap[K];
  /** The outbox id: adding the same job twice is a no-op while it exists. */
  readonly jobId: string;
}

export interface WebhookJob {
  readonly agency: AgencyCode;
  readonly data: WebhookJobData;
}

/** Puts jobs on the agencies' professional lines, and events on their systems' webhook queues. */
export class LineProducer {
  private readonly queues: ReadonlyMap<AgencyCode, Queue>;
  private readonly webhookQueues: ReadonlyMap<AgencyCode, Queue>;

  constructor(
    private readonly connection: Redis,
    /** Attempts of a webhook before it goes to the dead letter. */
    private readonly webhookAttempts = 10,
  ) {
    this.queues = new Map(AGENCY_CODES.map((code) => [code, new Queue(lineQueueName(code), { connection })]));
    this.webhookQueues = new Map(AGENCY_CODES.map((code) => [code, new Queue(webhookQueueName(code), { connection })]));
  }

  webhookQueue(agency: AgencyCode): Queue {
    return this.webhookQueues.get(agency)!;
  }

  /** Job id = event id: the same event is queued once while its job exists. */
  async addWebhooks(jobs: readonly WebhookJob[]): Promise<void> {
    const options = webhookJobOptions(this.webhookAttempts);
    await Promise.all(
      jobs.map((j) => this.webhookQueue(j.agency).add(WEBHOOK_JOB, j.data, { ...options, jobId: webhookJobId(j.data.eventId) })),
    );
  }

  queue(agency: AgencyCode): Queue {
    return this.queues.get(agency)!;
  }

  /**
   * Where each delivery job stands, in one pipelined round trip: gone (lost with Redis, or removed after
   * completing), failed for good, or still there.
   */
  async standing(jobs: readonly { agency: AgencyCode; jobId: string }[]): Promise<('missing' | 'failed' | 'present')[]> {
    const pipeline = this.connection.pipeline();
    for (const { agency, jobId } of jobs) {
      const queue = this.queue(agency);
      pipeline.exists(queue.toKey(jobId));
      pipeline.zscore(queue.keys.failed!, jobId);
    }
    const answers = (await pipeline.exec()) ?? [];
    return jobs.map((_, i) => {
      const [[existsError, exists], [failedError, failedScore]] = [answers[2 * i] ?? [new Error('no answer')], answers[2 * i + 1] ?? [new Error('no answer')]];
      if (existsError || failedError) throw existsError ?? failedError;
      return exists === 0 ? 'missing' : failedScore !== null ? 'failed' : 'present';
    });
  }

  async add(jobs: readonly LineJob[]): Promise<void> {
    const byAgency = new Map<AgencyCode, LineJob[]>();
    for (const job of jobs) byAgency.set(job.agency, [...(byAgency.get(job.agency) ?? []), job]);
    await Promise.all(
      [...byAgency].map(([agency, list]) =>
        this.queue(agency).addBulk(list.map((j) => ({ name: j.name, data: j.data, opts: { ...LINE_JOB_OPTIONS, jobId: j.jobId } }))),
      ),
    );
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values(), ...this.webhookQueues.values()].map((q) => q.close()));
  }
}
