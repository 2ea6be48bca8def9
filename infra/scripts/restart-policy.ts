/** How `npm start` restarts a crashed hub or line worker: doubling waits, forgiven after a stable run. */
export interface RestartPolicy {
  /** Wait before the first restart. */
  readonly baseMs: number;
  /** No wait grows beyond this. */
  readonly maxMs: number;
  /** A run at least this long counts as healthy: the next crash starts the count over. */
  readonly stableMs: number;
}

export const RESTART_POLICY: RestartPolicy = { baseMs: 1_000, maxMs: 30_000, stableMs: 60_000 };

/** Crashes in a row, counting this one: a crash after a stable run is the first again. */
export function crashesInARow(previous: number, ranForMs: number, policy: RestartPolicy = RESTART_POLICY): number {
  return ranForMs >= policy.stableMs ? 1 : previous + 1;
}

/** The wait before restarting after the n-th crash in a row (n >= 1): base, 2 x base, 4 x base ... up to max. */
export function restartDelayMs(crashes: number, policy: RestartPolicy = RESTART_POLICY): number {
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, crashes - 1));
}
