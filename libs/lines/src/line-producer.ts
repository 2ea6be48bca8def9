import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { AGENCY_CODES, type AgencyCode } from '#domain';
import { LINE_JOB_OPTIONS, type LineJobMap, type LineJobName } from './line-jobs.js';
import { lineQueueName } from './line-queue-name.js';

export interface LineJob<K extends LineJobName = LineJobName> {
  readonly agency: AgencyCode;
  readonly name: K;
  readonly data: LineJobMap[K];
  /** The outbox id: adding the same job twice is a no-op while it exists. */
  readonly jobId: string;
}

/** Puts jobs on the agencies' professional lines. */
export class LineProducer {
  private readonly queues: ReadonlyMap<AgencyCode, Queue>;

  constructor(connection: Redis) {
    this.queues = new Map(AGENCY_CODES.map((code) => [code, new Queue(lineQueueName(code), { connection })]));
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
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
