/** Every job a professional line carries. Job data holds ids only, never personal data. */
export enum LineJobName {
  DELIVER_REFERRAL = 'referral.deliver',
}

export interface LineJobMap {
  [LineJobName.DELIVER_REFERRAL]: { readonly outboxId: string; readonly referralId: string; readonly eventId: string };
}

export type LineJobData = LineJobMap[LineJobName];

/** Handlers for every job name; a Record over the enum makes a missing handler a compile error. */
export type LineJobHandlers = { readonly [K in LineJobName]: (data: LineJobMap[K]) => Promise<void> };

export const LINE_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 500 },
  removeOnComplete: { age: 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;
