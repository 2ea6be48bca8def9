import type { EntityManager } from 'typeorm';
import type { AgencyCode, ReferralStatus, VisitCloseReason, VisitStatus } from '#domain';

/** A visit whose personal data is about to go; `dataSubject` is whom its processing records name. */
export interface ErasableVisit {
  readonly id: string;
  readonly status: VisitStatus;
  readonly dataSubject: string | null;
}

/** A referral of such a visit: ids, codes and status only. */
export interface VisitReferral {
  readonly id: string;
  readonly visitId: string;
  readonly reference: string;
  readonly agencyCode: AgencyCode;
  readonly status: ReferralStatus;
}

const VISIT_COLUMNS = 'v.id, v.status, v.data_subject AS "dataSubject"';

/**
 * The end of a visit's life, as the system sees it: finding visits that are due (retention,
 * abandonment, one citizen's request), closing them and erasing their personal data. Every method
 * runs inside the caller's transaction, in the system scope, so the processing log and the
 * referral moves commit with it.
 */
export class VisitErasureRepository {
  /** Closed visits past their retention period, oldest first; rows another worker holds are skipped. */
  claimExpired(manager: EntityManager, closedBefore: Date, limit: number): Promise<ErasableVisit[]> {
    return manager.query(
      `SELECT ${VISIT_COLUMNS} FROM visit v
        WHERE v.status = 'CLOSED' AND v.erased_at IS NULL AND v.closed_at < $1
        ORDER BY v.closed_at LIMIT $2 FOR UPDATE OF v SKIP LOCKED`,
      [closedBefore, limit],
    );
  }

  /** Open visits with no activity (opening, or any event on their referrals) since `quietSince`. */
  claimAbandoned(manager: EntityManager, quietSince: Date, limit: number): Promise<ErasableVisit[]> {
    return manager.query(
      `SELECT ${VISIT_COLUMNS} FROM visit v
        WHERE v.status = 'OPEN' AND v.opened_at < $1
          AND NOT EXISTS (SELECT 1 FROM referral r JOIN referral_event e ON e.referral_id = r.id
                           WHERE r.visit_id = v.id AND e.occurred_at >= $1)
        ORDER BY v.opened_at LIMIT $2 FOR UPDATE OF v SKIP LOCKED`,
      [quietSince, limit],
    );
  }

  /** Every visit of one citizen whose data is still there, found through the BSN's blind index; waits for locks. */
  lockByBsnIndex(manager: EntityManager, bsnIndex: string): Promise<ErasableVisit[]> {
    return manager.query(
      `SELECT ${VISIT_COLUMNS} FROM visit v JOIN visit_citizen c ON c.visit_id = v.id
        WHERE c.bsn_index = $1 AND v.erased_at IS NULL
        ORDER BY v.opened_at, v.id FOR UPDATE OF v`,
      [bsnIndex],
    );
  }

  /** The visits' referrals, locked: no move slips in between deciding what happens to them and doing it. */
  lockReferrals(manager: EntityManager, visitIds: readonly string[]): Promise<VisitReferral[]> {
    return manager.query(
      `SELECT id, visit_id AS "visitId", reference, agency_code AS "agencyCode", status FROM referral
        WHERE visit_id = ANY($1::uuid[]) ORDER BY created_at, id FOR UPDATE`,
      [visitIds],
    );
  }

  /** When something last happened on each visit: its opening or its referrals' latest timeline event. */
  async lastActivity(manager: EntityManager, visitIds: readonly string[]): Promise<Map<string, Date>> {
    const rows = (await manager.query(
      `SELECT v.id, greatest(v.opened_at, max(e.occurred_at)) AS at
         FROM visit v LEFT JOIN referral r ON r.visit_id = v.id LEFT JOIN referral_event e ON e.referral_id = r.id
        WHERE v.id = ANY($1::uuid[]) GROUP BY v.id`,
      [visitIds],
    )) as { id: string; at: Date }[];
    return new Map(rows.map((row) => [row.id, row.at]));
  }

  async close(manager: EntityManager, visitIds: readonly string[], reason: VisitCloseReason, now: Date): Promise<void> {
    await manager.query(`UPDATE visit SET status = 'CLOSED', closed_at = $2, close_reason = $3 WHERE id = ANY($1::uuid[]) AND status = 'OPEN'`, [
      visitIds,
      now,
      reason,
    ]);
  }

  /**
   * Erases the visits' personal data: contact data, questions, question texts, outcomes,
   * representatives, the timeline's free-text notes and the appointments' places and extra items.
   * The visit and referral rows with their statuses and timestamps stay, so every figure is the same;
   * a referral still open at its agency stays empty afterwards (migration 1795785110000).
   */
  async erase(manager: EntityManager, visitIds: readonly string[], now: Date): Promise<void> {
    const ofVisits = `SELECT id FROM referral WHERE visit_id = ANY($1::uuid[])`;
    await manager.query(`DELETE FROM visit_citizen WHERE visit_id = ANY($1::uuid[])`, [visitIds]);
    await manager.query(`UPDATE referral_consent SET representative_sealed = NULL WHERE referral_id IN (${ofVisits})`, [visitIds]);
    await manager.query(`UPDATE referral_appointment SET place = NULL, extra_items = '[]'::jsonb WHERE referral_id IN (${ofVisits})`, [visitIds]);
    await manager.query(`DELETE FROM referral_event_note WHERE referral_id IN (${ofVisits})`, [visitIds]);
    await manager.query(`UPDATE referral SET summary_sealed = NULL, outcome_sealed = NULL, data_subject = NULL, erased_at = $2 WHERE visit_id = ANY($1::uuid[])`, [visitIds, now]);
    await manager.query(`UPDATE visit SET questions_sealed = NULL, data_subject = NULL, erased_at = $2 WHERE id = ANY($1::uuid[])`, [visitIds, now]);
  }
}
