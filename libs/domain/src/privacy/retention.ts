export const DEFAULT_RETENTION_DAYS = 90;
const DAY_MS = 86_400_000;

/** Closed visits that closed before this moment are due for erasure of their personal data. */
export function erasureCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}
