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
    connection: Redis,
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
