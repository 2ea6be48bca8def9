import type { EntityManager } from 'typeorm';
import { type AgencyCode, ReferralStatus, RUNNING_DEADLINE, SlaDeadline, URGENCY_RANK, type Urgency } from '#domain';
import type { ReferralEntity } from '../entities/referral.entity.js';
import { referralColumnsOf, referralFromRow, type ReferralRow } from './referral-row.js';

/** The domain's urgency ranking as SQL: most urgent first. */
export function urgencyRankSql(column: string): string {
  const cases = Object.entries(URGENCY_RANK).map(([urgency, rank]) => `WHEN '${urgency}' THEN ${rank}`);
  return `CASE ${column} ${cases.join(' ')} END`;
}

const DUE_COLUMN: Readonly<Record<SlaDeadline, string>> = { [SlaDeadline.RECEIVE]: 'receive_due_at', [SlaDeadline.ACCEPT]: 'accept_due_at' };

/**
 * The domain's deadlineStateOf "OVERDUE" as SQL (libs/domain/src/sla/deadline-state.ts): the deadline
 * the status runs against has passed. `now` is a bound parameter such as `:now` or `$2`.
 */
export function overdueCondition(alias: string, now: string): string {
  const parts = Object.entries(RUNNING_DEADLINE).map(([status, deadline]) => `(${alias}.status = '${status}' AND ${alias}.${DUE_COLUMN[deadline]} <= ${now})`);
  return `(${parts.join(' OR ')})`;
}

export interface InboxQuery {
  readonly agency: AgencyCode;
  readonly statuses: readonly ReferralStatus[] | null;
  readonly urgencies: readonly Urgency[] | null;
  /** Only the cases this account handles. */
  readonly handler: string | null;
  /** The last referral of the previous page. */
  readonly afterId: string | null;
  readonly limit: number;
}

/** The inbox order, as take-next picks: open work first, then urgency, then the accept deadline. */
const SORT_KEY = (alias: string) =>
  `(${alias}.closed_at IS NOT NULL), ${urgencyRankSql(`${alias}.urgency`)}, COALESCE(${alias}.accept_due_at, 'infinity'::timestamptz), ${alias}.created_at, ${alias}.id`;

/** One page of a line's inbox in work order; drafts never reach a line. */
export async function inboxPage(manager: EntityManager, q: InboxQuery): Promise<ReferralEntity[]> {
  const rows = (await manager.query(
    `SELECT ${referralColumnsOf('r')} FROM referral r
      WHERE r.agency_code = $1 AND r.status <> $2
        AND ($3::text[] IS NULL OR r.status::text = ANY($3::text[]))
        AND ($4::text[] IS NULL OR r.urgency::text = ANY($4::text[]))
        AND ($5::uuid IS NULL OR r.assigned_to = $5)
        AND ($6::uuid IS NULL OR (${SORT_KEY('r')}) > (SELECT ${SORT_KEY('c')} FROM referral c WHERE c.id = $6))
      ORDER BY ${SORT_KEY('r')}
      LIMIT $7`,
    [q.agency, ReferralStatus.DRAFT, q.statuses?.length ? q.statuses : null, q.urgencies?.length ? q.urgencies : null, q.handler, q.afterId, q.limit],
  )) as ReferralRow[];
  return rows.map(referralFromRow);
}

/** A line's work queue beyond the inbox page: the next referral to hand out, and what is overdue. */
export class LineInboxRepository {
  constructor(private readonly manager: EntityManager) {}

  /**
   * The id of the line's most urgent received referral (then earliest accept deadline), locked: SKIP
   * LOCKED lets concurrent callers pass each other's row. Null when nothing is waiting.
   */
  async lockNextReceived(agency: AgencyCode): Promise<string | null> {
    const [row] = (await this.manager.query(
      `SELECT id FROM referral
        WHERE agency_code = $1 AND status = $2
        ORDER BY ${urgencyRankSql('urgency')}, accept_due_at ASC NULLS LAST, created_at ASC, id ASC
        LIMIT 1
        FOR UPDATE SKIP LOCKED`,
      [agency, ReferralStatus.RECEIVED],
    )) as { id: string }[];
    return row?.id ?? null;
  }

  /** Referrals of the line past a deadline they have not met at `now`, most overdue first, keyset paged on (accept_due_at, id). */
  /** After the referral `afterId` (the previous page's last), compared on its own key at full precision. */
  async overdue(agency: AgencyCode, now: Date, afterId: string | null, limit: number): Promise<ReferralEntity[]> {
    const rows = (await this.manager.query(
      `SELECT ${referralColumnsOf('r')} FROM referral r
        WHERE r.agency_code = $1
          AND ${overdueCondition('r', '$2')}
          AND ($3::uuid IS NULL OR (r.accept_due_at, r.id) > (SELECT c.accept_due_at, c.id FROM referral c WHERE c.id = $3))
        ORDER BY r.accept_due_at ASC, r.id ASC
        LIMIT $4`,
      [agency, now, afterId, limit],
    )) as ReferralRow[];
    return rows.map(referralFromRow);
  }
}
