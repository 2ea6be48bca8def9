import type { DataSource } from 'typeorm';

/** Closes the visit a referral belongs to (as the desk letting go would), so later files' desk lists skip it. */
export async function closeVisitOf(db: DataSource, referralId: string): Promise<void> {
  await db.query(`UPDATE visit SET status = 'CLOSED', closed_at = now(), close_reason = 'LET_GO' WHERE id = (SELECT visit_id FROM referral WHERE id = $1) AND status = 'OPEN'`, [referralId]);
}
