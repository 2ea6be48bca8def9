import type { EntityManager } from 'typeorm';
import { type AgencyCode, BusinessCalendar, DEFAULT_SLA_TARGETS, type LineHours, type PlannedTimer, type SlaTargets, type Urgency } from '#domain';
import { TimerOutcome } from '../entities/referral-timer.entity.js';

/** What an SLA plan is computed from: the line's calendar and the agency's targets for one urgency. */
export interface SlaContext {
  readonly calendar: BusinessCalendar;
  readonly targets: SlaTargets;
}

/**
 * Calendars by line hours: building one checks its time zone through Intl, which showed in the submit's
 * profile; a line's hours change rarely and there are a handful of lines.
 */
const calendars = new Map<string, BusinessCalendar>();

function calendarFor(hours: LineHours): BusinessCalendar {
  const key = JSON.stringify(hours);
  const known = calendars.get(key);
  if (known) return known;
  const calendar = new BusinessCalendar(hours);
  calendars.set(key, calendar);
  return calendar;
}

/** A timer not settled yet: what its delayed job needs. */
export interface PendingTimer {
  readonly id: string;
  readonly referralId: string;
  readonly fireAt: Date;
}

const PENDING_COLUMNS = 'id, referral_id AS "referralId", fire_at AS "fireAt"';

/** SLA settings, deadlines and the referral_timer rows, bound to the caller's transaction. */
export class TimerRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The line's calendar and the agency's targets in one statement; the defaults stand in for a row not seeded yet. */
  async slaContext(agency: AgencyCode, urgency: Urgency): Promise<SlaContext> {
    const [row] = (await this.manager.query(
      `SELECT a.line_hours, s.receive_amount, s.receive_unit, s.accept_amount, s.accept_unit
         FROM agency a LEFT JOIN sla_setting s ON s.agency_code = a.code AND s.urgency = $2
        WHERE a.code = $1`,
      [agency, urgency],
    )) as { line_hours: LineHours; receive_amount: number | null; receive_unit: string | null; accept_amount: number | null; accept_unit: string | null }[];
    if (!row) throw new Error(`No agency ${agency}`);
    const targets =
      row.receive_amount === null
        ? DEFAULT_SLA_TARGETS[urgency]
        : ({ receive: { amount: row.receive_amount, unit: row.receive_unit }, accept: { amount: row.accept_amount, unit: row.accept_unit } } as SlaTargets);
    return { calendar: calendarFor(row.line_hours), targets };
  }

  /** The unsettled timers of these referrals. */
  pendingOf(referralIds: readonly string[]): Promise<PendingTimer[]> {
    return this.manager.query(`SELECT ${PENDING_COLUMNS} FROM referral_timer WHERE referral_id = ANY($1::uuid[]) AND settled_at IS NULL`, [referralIds]);
  }

  /** Every unsettled timer, soonest first. */
  allPending(): Promise<PendingTimer[]> {
    return this.manager.query(`SELECT ${PENDING_COLUMNS} FROM referral_timer WHERE settled_at IS NULL ORDER BY fire_at`);
  }

  /**
   * Settles the referral's pending timers as superseded and inserts the new plan's, in one statement.
   * The insert reads the update's count first, so the old rows are settled before the new ones meet the
   * one-live-timer-per-kind index.
   */
  async replacePending(referralId: string, timers: readonly PlannedTimer[]): Promise<void> {
    await this.manager.query(
      `WITH superseded AS (
         UPDATE referral_timer SET settled_at = now(), outcome = $2 WHERE referral_id = $1 AND settled_at IS NULL RETURNING id
       )
       INSERT INTO referral_timer (referral_id, kind, fire_at)
       SELECT $1, t.kind, t.fire_at FROM unnest($3::text[], $4::timestamptz[]) AS t(kind, fire_at)
        WHERE (SELECT count(*) FROM superseded) >= 0`,
      [referralId, TimerOutcome.SUPERSEDED, timers.map((t) => t.kind), timers.map((t) => t.fireAt)],
    );
  }
}
