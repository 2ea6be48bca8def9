/** Every job the SLA timer queue carries. Job data holds ids only, never personal data. */
export enum TimerJobName {
  FIRE_SLA_TIMER = 'sla.timer.fire',
}

export interface TimerJobMap {
  [TimerJobName.FIRE_SLA_TIMER]: { readonly timerId: string; readonly referralId: string };
}

export type TimerJobData = TimerJobMap[TimerJobName];

/**
 * One queue for every line's timers: a timer only writes a timeline note, so no line can slow
 * another through it. The braces keep its keys in one Redis Cluster slot.
 */
export const SLA_TIMER_QUEUE = '{sla-timers}';

/** BullMQ refuses purely numeric custom ids; one timer row, one job. */
export function slaTimerJobId(timerId: string): string {
  return `sla-timer-${timerId}`;
}

export const TIMER_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 500 },
  removeOnComplete: { age: 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;
