import type { EntityManager } from 'typeorm';
import { type Channel, type ReferralStatus, type VisitCloseReason, VisitStatus } from '#domain';
import { VisitEntity } from '../entities/visit.entity.js';

/** A visit row as node-postgres returns it (timestamps as Date, uuids as text). */
interface VisitRow {
  id: string;
  service_point_id: string;
  opened_by: string;
  channel: Channel;
  status: VisitStatus;
  questions_sealed: string | null;
  opened_at: Date;
  closed_at: Date | null;
  close_reason: VisitCloseReason | null;
  data_subject: string | null;
  erased_at: Date | null;
}

const VISIT_COLUMNS = `id, service_point_id, opened_by, channel, status, questions_sealed, opened_at, closed_at, close_reason, data_subject, erased_at`;

function visitColumnsOf(alias: string): string {
  return VISIT_COLUMNS.replace(/\w+/g, (column) => `${alias}.${column}`);
}

function visitFromRow(row: VisitRow): VisitEntity {
  const visit = new VisitEntity();
  visit.id = row.id;
  visit.servicePointId = row.service_point_id;
  visit.openedBy = row.opened_by;
  visit.channel = row.channel;
  visit.status = row.status;
  visit.questionsSealed = row.questions_sealed;
  visit.openedAt = row.opened_at;
  visit.closedAt = row.closed_at;
  visit.closeReason = row.close_reason;
  visit.dataSubject = row.data_subject;
  visit.erasedAt = row.erased_at;
  return visit;
}

export interface NewVisit {
  readonly id: string;
  readonly servicePointId: string;
  readonly openedBy: string;
  readonly channel: Channel;
  readonly status: VisitStatus;
  readonly questionsSealed: string;
  readonly dataSubject: string;
}

/** One page of a service point's visits, newest first. */
export interface VisitPageQuery {
  /** Null finds nothing: an account without a service point has no visits. */
  readonly servicePointId: string | null;
  readonly status: VisitStatus | null;
  /** The blind index of a BSN: only visits of that citizen. */
  readonly bsnIndex: string | null;
  /** The last visit of the previous page: its own key is read, at full precision (a cursor's time has milliseconds only). */
  readonly afterId: string | null;
  readonly limit: number;
}

/** What the let-go gate needs of each referral of a visit. */
export interface LetGoReferralRow {
  readonly id: string;
  readonly reference: string;
  readonly status: ReferralStatus;
  readonly scheduled: boolean;
}

/** The visit row: opened, read, locked against adding or closing, paged and closed. Bound to the caller's transaction. */
export class VisitRepository {
  constructor(private readonly manager: EntityManager) {}

  async insert(visit: NewVisit): Promise<VisitEntity> {
    const [row] = (await this.manager.query(
      `INSERT INTO visit (id, service_point_id, opened_by, channel, status, questions_sealed, data_subject)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${VISIT_COLUMNS}`,
      [visit.id, visit.servicePointId, visit.openedBy, visit.channel, visit.status, visit.questionsSealed, visit.dataSubject],
    )) as VisitRow[];
    return visitFromRow(row!);
  }

  async find(id: string): Promise<VisitEntity | null> {
    const [row] = (await this.manager.query(`SELECT ${VISIT_COLUMNS} FROM visit WHERE id = $1`, [id])) as VisitRow[];
    return row ? visitFromRow(row) : null;
  }

  /** A visit known to exist, such as the one an idempotency key answered with. */
  async get(id: string): Promise<VisitEntity> {
    const visit = await this.find(id);
    if (!visit) throw new Error(`No visit ${id}`);
    return visit;
  }

  /** Shared lock: adding referrals to a visit, which closing it (an update lock) waits for, and the other way round. */
  async findForShare(id: string): Promise<VisitEntity | null> {
    const [row] = (await this.manager.query(`SELECT ${VISIT_COLUMNS} FROM visit WHERE id = $1 FOR SHARE`, [id])) as VisitRow[];
    return row ? visitFromRow(row) : null;
  }

  /** Update lock: closing the visit; adding a referral (a shared lock) waits until the closing commits. */
  async findForUpdate(id: string): Promise<VisitEntity | null> {
    const [row] = (await this.manager.query(`SELECT ${VISIT_COLUMNS} FROM visit WHERE id = $1 FOR UPDATE`, [id])) as VisitRow[];
    return row ? visitFromRow(row) : null;
  }

  /** Keyset paging on (opened_at, id); a BSN is matched through its blind index, never decrypted. */
  async page(q: VisitPageQuery): Promise<VisitEntity[]> {
    const rows = (await this.manager.query(
      `SELECT ${visitColumnsOf('v')} FROM visit v
        WHERE v.service_point_id = $1
          AND ($2::text IS NULL OR v.status = $2)
          AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM visit_citizen c WHERE c.visit_id = v.id AND c.bsn_index = $3))
          AND ($4::uuid IS NULL OR (v.opened_at, v.id) < (SELECT c.opened_at, c.id FROM visit c WHERE c.id = $4))
        ORDER BY v.opened_at DESC, v.id DESC
        LIMIT $5`,
      [q.servicePointId, q.status, q.bsnIndex, q.afterId, q.limit],
    )) as VisitRow[];
    return rows.map(visitFromRow);
  }

  /** Each referral of the visit with whether it has an appointment, oldest first. */
  letGoReferrals(visitId: string): Promise<LetGoReferralRow[]> {
    return this.manager.query(
      `SELECT r.id, r.reference, r.status, (a.referral_id IS NOT NULL) AS scheduled
         FROM referral r LEFT JOIN referral_appointment a ON a.referral_id = r.id
        WHERE r.visit_id = $1
        ORDER BY r.created_at, r.id`,
      [visitId],
    ) as Promise<LetGoReferralRow[]>;
  }

  /** Closes the visit now for the given reason; the closed row comes back without a re-read. */
  async close(id: string, reason: VisitCloseReason): Promise<VisitEntity> {
    const [rows] = (await this.manager.query(
      `UPDATE visit SET status = $3, closed_at = now(), close_reason = $2 WHERE id = $1 RETURNING ${VISIT_COLUMNS}`,
      [id, reason, VisitStatus.CLOSED],
    )) as [VisitRow[], number];
    return visitFromRow(rows[0]!);
  }
}
