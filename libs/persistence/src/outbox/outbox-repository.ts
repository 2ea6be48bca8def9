import type { EntityManager } from 'typeorm';
import { type AgencyCode, type DeliveryMode, ReferralAction, ReferralStatus, type TimelineEventType } from '#domain';

/** A pending outbox row claimed by a relay, with what its event, referral and delivery mode say. */
export interface ClaimedOutboxRow {
  readonly outboxId: string;
  readonly referralId: string;
  readonly eventId: string;
  readonly agencyCode: AgencyCode;
  readonly servicePointId: string;
  readonly type: TimelineEventType;
  readonly fromStatus: ReferralStatus | null;
  readonly toStatus: ReferralStatus;
  readonly occurredAt: Date;
  /** Null when the agency has no connection row (PORTAL). */
  readonly deliveryMode: DeliveryMode | null;
  readonly submittedAt: Date | null;
  readonly receivedAt: Date | null;
}

/** The delivery a referral still REQUESTED was sent with: its submit's outbox row. */
export interface SentDelivery {
  readonly outboxId: string;
  readonly referralId: string;
  readonly eventId: string;
  readonly agencyCode: AgencyCode;
}

/**
 * The outbox as the relay and the reconciler use it: claiming pending rows, marking them dispatched,
 * finding deliveries to send again. Bound to the caller's system-scoped transaction. Rows are written
 * with their event by ReferralRepository.move and TimelineRepository.append.
 */
export class OutboxRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The oldest pending rows, locked with SKIP LOCKED so any number of relays can claim side by side. */
  claimPending(limit: number): Promise<ClaimedOutboxRow[]> {
    return this.manager.query(
      `SELECT o.id AS "outboxId", o.referral_id AS "referralId", o.event_id AS "eventId", o.agency_code AS "agencyCode",
              r.service_point_id AS "servicePointId", e.type, e.from_status AS "fromStatus", e.to_status AS "toStatus",
              e.occurred_at AS "occurredAt", c.mode AS "deliveryMode", r.submitted_at AS "submittedAt", r.received_at AS "receivedAt"
         FROM outbox o
         JOIN referral_event e ON e.id = o.event_id
         JOIN referral r ON r.id = o.referral_id
         LEFT JOIN agency_connection c ON c.agency_code = o.agency_code
        WHERE o.dispatched_at IS NULL
        ORDER BY o.id
        LIMIT $1
        FOR UPDATE OF o SKIP LOCKED`,
      [limit],
    );
  }

  /**
   * Marks claimed rows dispatched and lets this transaction commit without waiting for the WAL flush,
   * in one statement: losing the mark in a crash only means sending again, which job ids and
   * subscribers absorb. The CTE holds a volatile function, so Postgres runs it (once) and never inlines it away.
   */
  async markDispatched(outboxIds: readonly string[]): Promise<void> {
    await this.manager.query(
      `WITH relaxed AS (SELECT set_config('synchronous_commit', 'off', true))
       UPDATE outbox SET dispatched_at = now() FROM relaxed WHERE id = ANY($1::bigint[])`,
      [outboxIds],
    );
  }

  /** Submits of referrals still REQUESTED whose rows went out more than `graceSeconds` ago. */
  sentButStillRequested(graceSeconds: number): Promise<SentDelivery[]> {
    return this.manager.query(
      `SELECT o.id AS "outboxId", o.referral_id AS "referralId", o.event_id AS "eventId", o.agency_code AS "agencyCode"
         FROM referral r
         JOIN outbox o ON o.referral_id = r.id
         JOIN referral_event e ON e.id = o.event_id AND e.type = $2
        WHERE r.status = $1
          AND o.dispatched_at IS NOT NULL
          AND o.dispatched_at < now() - make_interval(secs => $3)`,
      [ReferralStatus.REQUESTED, ReferralAction.SUBMIT, graceSeconds],
    );
  }
}
