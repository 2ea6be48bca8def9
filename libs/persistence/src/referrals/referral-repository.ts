import type { EntityManager } from 'typeorm';
import { type AgencyCode, type BusinessStatus, DeliveryMode, type ReferralStatus, type Role, type TimelineEventType, type Urgency } from '#domain';
import type { ReferralEntity } from '../entities/referral.entity.js';
import { REFERRAL_COLUMNS, referralFromRow, type ReferralRow } from './referral-row.js';

/** Columns a move may set besides its status. */
export interface MovePatch {
  readonly assignedTo?: string | null;
  readonly rejectReasonCode?: string | null;
  readonly failReasonCode?: string | null;
  readonly outcomeSealed?: string | null;
  readonly receiveDueAt?: Date | null;
  readonly acceptDueAt?: Date | null;
}

const PATCH_COLUMNS: Record<keyof MovePatch, string> = {
  assignedTo: 'assigned_to',
  rejectReasonCode: 'reject_reason_code',
  failReasonCode: 'fail_reason_code',
  outcomeSealed: 'outcome_sealed',
  receiveDueAt: 'receive_due_at',
  acceptDueAt: 'accept_due_at',
};

/** One compare-and-set move as the statement needs it; the lifecycle decided it before. */
export interface MoveStatement {
  readonly referralId: string;
  readonly from: ReferralStatus;
  readonly to: ReferralStatus;
  readonly type: TimelineEventType;
  readonly actor: { readonly id: string | null; readonly role: Role | 'LINE' };
  /** A coded reason (no personal data). */
  readonly reason: string | null;
  /** Timestamp columns the new status sets to now(). */
  readonly stamps: readonly string[];
  readonly patch?: MovePatch;
}

export interface NewDraft {
  readonly id: string;
  readonly visitId: string;
  readonly servicePointId: string;
  readonly agencyCode: AgencyCode;
  readonly topicId: string;
  readonly urgency: Urgency;
  readonly status: ReferralStatus;
  readonly summarySealed: string;
  readonly dataSubject: string;
  readonly createdBy: string;
  readonly reroutedFromId: string | null;
}

/**
 * The referral row: read, created, and moved with its timeline event and outbox row in one statement.
 * Bound to the caller's transaction (and so to its row-level-security scope).
 */
export class ReferralRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The referral and the transaction's clock (now(), the value the move's timestamps will get). */
  async findWithClock(id: string): Promise<{ referral: ReferralEntity; now: Date } | null> {
    const [row] = (await this.manager.query(`SELECT ${REFERRAL_COLUMNS}, now() AS tx_now FROM referral WHERE id = $1`, [id])) as (ReferralRow & { tx_now: Date })[];
    return row ? { referral: referralFromRow(row), now: row.tx_now } : null;
  }

  async find(id: string): Promise<ReferralEntity | null> {
    return (await this.findWithClock(id))?.referral ?? null;
  }

  /** A referral known to exist, such as the one an idempotency key answered with. */
  async get(id: string): Promise<ReferralEntity> {
    const referral = await this.find(id);
    if (!referral) throw new Error(`No referral ${id}`);
    return referral;
  }

  async status(id: string): Promise<ReferralStatus | null> {
    const [row] = (await this.manager.query(`SELECT status FROM referral WHERE id = $1`, [id])) as { status: ReferralStatus }[];
    return row?.status ?? null;
  }

  /** Ids of the agency's referrals in one status (within the transaction's scope). */
  async idsOf(agencyCode: AgencyCode, status: ReferralStatus): Promise<string[]> {
    const rows = (await this.manager.query(`SELECT id FROM referral WHERE agency_code = $1 AND status = $2`, [agencyCode, status])) as { id: string }[];
    return rows.map((r) => r.id);
  }

  /** Locked for update: the caller changes it, or adds to it, after checks on the row as it stands. */
  async findForUpdate(id: string): Promise<ReferralEntity | null> {
    const [row] = (await this.manager.query(`SELECT ${REFERRAL_COLUMNS} FROM referral WHERE id = $1 FOR UPDATE`, [id])) as ReferralRow[];
    return row ? referralFromRow(row) : null;
  }

  /** The referral a rejected one was re-routed or sent again as, if any. */
  async reroutedTo(fromId: string): Promise<ReferralEntity | null> {
    const [row] = (await this.manager.query(`SELECT ${REFERRAL_COLUMNS} FROM referral WHERE rerouted_from_id = $1 LIMIT 1`, [fromId])) as ReferralRow[];
    return row ? referralFromRow(row) : null;
  }

  /** A visit's referrals, oldest first. */
  async ofVisit(visitId: string): Promise<ReferralEntity[]> {
    const rows = (await this.manager.query(`SELECT ${REFERRAL_COLUMNS} FROM referral WHERE visit_id = $1 ORDER BY created_at ASC`, [visitId])) as ReferralRow[];
    return rows.map(referralFromRow);
  }

  /** The agency a referral goes to and how that agency's line takes deliveries (a portal when it has no connection). */
  async deliveryRoute(id: string): Promise<{ agencyCode: AgencyCode; mode: DeliveryMode } | null> {
    const [row] = (await this.manager.query(`SELECT r.agency_code, c.mode FROM referral r LEFT JOIN agency_connection c ON c.agency_code = r.agency_code WHERE r.id = $1`, [
      id,
    ])) as { agency_code: AgencyCode; mode: DeliveryMode | null }[];
    return row ? { agencyCode: row.agency_code, mode: row.mode ?? DeliveryMode.PORTAL } : null;
  }

  /** Whether the topic belongs to the agency, so a referral to that agency may carry it. */
  async isTopicOf(topicId: string, agency: AgencyCode): Promise<boolean> {
    const rows = (await this.manager.query(`SELECT 1 FROM topic WHERE id = $1 AND agency_code = $2`, [topicId, agency])) as unknown[];
    return rows.length > 0;
  }

  /** A new handler; the changed row comes back without a re-read. */
  assign(id: string, handlerId: string): Promise<ReferralEntity> {
    return this.update(id, 'assigned_to = $2', [handlerId]);
  }

  /** The business status beside the status (an appointment or callback was set). */
  setBusinessStatus(id: string, businessStatus: BusinessStatus): Promise<ReferralEntity> {
    return this.update(id, 'business_status = $2', [businessStatus]);
  }

  /** Another urgency with the deadlines planned for it. */
  replan(id: string, urgency: Urgency, receiveDueAt: Date, acceptDueAt: Date): Promise<ReferralEntity> {
    return this.update(id, 'urgency = $2, receive_due_at = $3, accept_due_at = $4', [urgency, receiveDueAt, acceptDueAt]);
  }

  /** Columns that do not move the status; updated_at follows, as for every change of the row. */
  private async update(id: string, sets: string, params: readonly unknown[]): Promise<ReferralEntity> {
    const [rows] = (await this.manager.query(`UPDATE referral SET ${sets}, updated_at = now() WHERE id = $1 RETURNING ${REFERRAL_COLUMNS}`, [id, ...params])) as [
      ReferralRow[],
      number,
    ];
    if (rows.length === 0) throw new Error(`No referral ${id} to update`);
    return referralFromRow(rows[0]!);
  }

  /** A new referral with the next LL-000123 reference. */
  async insert(draft: NewDraft): Promise<ReferralEntity> {
    const [row] = (await this.manager.query(
      `INSERT INTO referral (id, reference, visit_id, service_point_id, agency_code, topic_id, urgency, status, summary_sealed, data_subject, created_by, rerouted_from_id)
       VALUES ($1, 'LL-' || lpad(nextval('referral_reference_seq')::text, 6, '0'), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       RETURNING ${REFERRAL_COLUMNS}`,
      [draft.id, draft.visitId, draft.servicePointId, draft.agencyCode, draft.topicId, draft.urgency, draft.status, draft.summarySealed, draft.dataSubject, draft.createdBy, draft.reroutedFromId],
    )) as ReferralRow[];
    return referralFromRow(row!);
  }

  /**
   * The compare-and-set move: the update, its timeline event and its outbox row are one statement, so
   * they commit together or not at all. Null when the status was no longer `from`.
   */
  async move(move: MoveStatement): Promise<{ referral: ReferralEntity; eventId: string; occurredAt: Date } | null> {
    const params: unknown[] = [move.referralId, move.from, move.to, move.type, move.actor.id, move.actor.role, move.reason];
    const sets = ['status = $3', 'version = version + 1', 'updated_at = now()', ...move.stamps.map((column) => `${column} = now()`)];
    for (const [key, value] of Object.entries(move.patch ?? {}) as [keyof MovePatch, unknown][]) {
      params.push(value);
      sets.push(`${PATCH_COLUMNS[key]} = $${params.length}`);
    }
    const [row] = (await this.manager.query(
      `WITH moved AS (
         UPDATE referral SET ${sets.join(', ')} WHERE id = $1 AND status = $2 RETURNING ${REFERRAL_COLUMNS}
       ), event AS (
         INSERT INTO referral_event (referral_id, type, from_status, to_status, actor_id, actor_role, reason)
         SELECT id, $4, $2, status, $5, $6, $7 FROM moved
         RETURNING id AS event_id, occurred_at AS event_occurred_at
       ), queued AS (
         INSERT INTO outbox (referral_id, event_id, agency_code)
         SELECT moved.id, event.event_id, moved.agency_code FROM moved, event
       )
       SELECT moved.*, event.event_id, event.event_occurred_at FROM moved, event`,
      params,
    )) as (ReferralRow & { event_id: string; event_occurred_at: Date })[];
    return row ? { referral: referralFromRow(row), eventId: row.event_id, occurredAt: row.event_occurred_at } : null;
  }
}
