import { type ScopedDatabase, SYSTEM_SCOPE } from '#persistence';

const INSTANTS = ['created_at', 'submitted_at', 'received_at', 'accepted_at', 'receive_due_at', 'accept_due_at', 'closed_at'];

/**
 * The database stamps every move with now(), so a test history would fall on one day. To give it months,
 * this moves referrals back in time, each of their instants by the same span (their order and durations
 * stay), and leaves the marks the timeline would have left, so the next drain recounts them.
 */
export async function moveBackInTime(db: ScopedDatabase, referralIds: readonly string[], span: string): Promise<void> {
  await db.run(SYSTEM_SCOPE, async (m) => {
    await m.query(`UPDATE referral SET ${INSTANTS.map((c) => `${c} = ${c} - $2::interval`).join(', ')} WHERE id = ANY($1::uuid[])`, [referralIds, span]);
    await m.query(`INSERT INTO monitor_pending (referral_id) SELECT unnest($1::uuid[])`, [referralIds]);
  });
}

/** Moves one submitted referral back so that it was submitted at `at`; its other instants move with it. */
export async function submittedAt(db: ScopedDatabase, referralId: string, at: Date): Promise<void> {
  const [row] = await db.run(SYSTEM_SCOPE, (m) =>
    m.query(`SELECT (extract(epoch FROM submitted_at - $2::timestamptz) * 1000)::bigint::text AS ms FROM referral WHERE id = $1`, [referralId, at]),
  ) as { ms: string }[];
  await moveBackInTime(db, [referralId], `${row!.ms} milliseconds`);
}
