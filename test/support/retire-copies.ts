import type { DataSource } from 'typeorm';
import { MonitorRollups, ScopedDatabase } from '#persistence';

/**
 * Leaves the shared test database as a desk would after a test that piled referrals onto one visit:
 * the visit closed (thousands of referrals on an open visit weigh on every desk list that follows) and
 * the monitor's rollup work they made drained (or the next file's drain pays for it within its time limit).
 */
export async function retireCopies(db: DataSource, referralId: string): Promise<void> {
  await db.query(`UPDATE visit SET status = 'CLOSED', closed_at = now(), close_reason = 'LET_GO' WHERE id = (SELECT visit_id FROM referral WHERE id = $1) AND status = 'OPEN'`, [referralId]);
  await new MonitorRollups(new ScopedDatabase(db)).drainAll();
}
