import { type AgencyCode, DeliveryMode, type ReferralStatus, type TimelineEventType } from '#domain';
import { SYSTEM_SCOPE } from '../scope/db-scope.js';
import type { ScopedDatabase } from '../scope/scoped-database.js';

/** Where and how an agency's line delivers right now. */
export interface DeliveryTarget {
  readonly agencyCode: AgencyCode;
  readonly mode: DeliveryMode;
  readonly endpointUrl: string | null;
  readonly disabledAt: Date | null;
  /** Newest first: the current secret, then the previous one while its overlap lasts. */
  readonly secrets: readonly string[];
}

export interface StoredLineEvent {
  readonly eventId: string;
  readonly referralId: string;
  readonly agencyCode: AgencyCode;
  readonly type: TimelineEventType;
  readonly fromStatus: ReferralStatus | null;
  readonly toStatus: ReferralStatus;
  readonly occurredAt: Date;
}

/** What ADMIN is told; ids and codes only. */
export interface RaisedAlert {
  readonly id: string;
  readonly agencyCode: AgencyCode;
  readonly kind: 'ENDPOINT_GONE' | 'DEAD_LETTER';
  readonly eventId: string | null;
  readonly detail: string;
  readonly createdAt: Date;
}

const ALERT_COLUMNS = 'id, agency_code AS "agencyCode", kind, event_id AS "eventId", detail, created_at AS "createdAt"';

export interface DeadLetter {
  readonly agencyCode: AgencyCode;
  readonly referralId: string;
  readonly eventId: string;
  readonly attempts: number;
  readonly lastError: string;
}

/** What the line worker reads and records while delivering to agency systems; all of it as the system. */
export class AgencyDeliveryRepository {
  constructor(private readonly db: ScopedDatabase) {}

  target(agencyCode: AgencyCode, now: Date): Promise<DeliveryTarget> {
    return this.db.run(SYSTEM_SCOPE, async (manager) => {
      const [connection] = (await manager.query(`SELECT mode, endpoint_url, disabled_at FROM agency_connection WHERE agency_code = $1`, [
        agencyCode,
      ])) as { mode: DeliveryMode; endpoint_url: string | null; disabled_at: Date | null }[];
      if (!connection) return { agencyCode, mode: DeliveryMode.PORTAL, endpointUrl: null, disabledAt: null, secrets: [] };
      const secrets = (await manager.query(
        `SELECT secret FROM agency_signing_secret
          WHERE agency_code = $1 AND (expires_at IS NULL OR expires_at > $2)
          ORDER BY created_at DESC LIMIT 2`,
        [agencyCode, now],
      )) as { secret: string }[];
      return {
        agencyCode,
        mode: connection.mode,
        endpointUrl: connection.endpoint_url,
        disabledAt: connection.disabled_at,
        secrets: secrets.map((s) => s.secret),
      };
    });
  }

  async lineEvent(eventId: string): Promise<StoredLineEvent | null> {
    const [row] = (await this.db.run(SYSTEM_SCOPE, (manager) =>
      manager.query(
        `SELECT e.id, e.referral_id, r.agency_code, e.type, e.from_status, e.to_status, e.occurred_at
           FROM referral_event e JOIN referral r ON r.id = e.referral_id WHERE e.id = $1`,
        [eventId],
      ),
    )) as { id: string; referral_id: string; agency_code: AgencyCode; type: TimelineEventType; from_status: ReferralStatus | null; to_status: ReferralStatus; occurred_at: Date }[];
    return row
      ? { eventId: row.id, referralId: row.referral_id, agencyCode: row.agency_code, type: row.type, fromStatus: row.from_status, toStatus: row.to_status, occurredAt: row.occurred_at }
      : null;
  }

  /** 410 Gone: stop sending until ADMIN configures the endpoint again; alerts once. */
  async disableEndpoint(agencyCode: AgencyCode, reason: string): Promise<RaisedAlert | null> {
    return this.db.run(SYSTEM_SCOPE, async (manager) => {
      const [rows] = (await manager.query(
        `UPDATE agency_connection SET disabled_at = now(), disabled_reason = $2, updated_at = now()
          WHERE agency_code = $1 AND disabled_at IS NULL RETURNING agency_code`,
        [agencyCode, reason],
      )) as [unknown[], number];
      if (rows.length === 0) return null;
      const [alert] = (await manager.query(
        `INSERT INTO delivery_alert (agency_code, kind, detail) VALUES ($1, 'ENDPOINT_GONE', $2) RETURNING ${ALERT_COLUMNS}`,
        [agencyCode, reason],
      )) as RaisedAlert[];
      return alert!;
    });
  }

  /** Parks an event; idempotent per agency and event. Alerts unless the endpoint's own alert covers it. */
  async deadLetter(letter: DeadLetter, alert: boolean): Promise<RaisedAlert | null> {
    return this.db.run(SYSTEM_SCOPE, async (manager) => {
      const rows = (await manager.query(
        `INSERT INTO webhook_dead_letter (agency_code, referral_id, event_id, attempts, last_error)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (agency_code, event_id) DO NOTHING RETURNING id`,
        [letter.agencyCode, letter.referralId, letter.eventId, letter.attempts, letter.lastError],
      )) as unknown[];
      if (rows.length === 0 || !alert) return null;
      const [raised] = (await manager.query(
        `INSERT INTO delivery_alert (agency_code, kind, event_id, detail) VALUES ($1, 'DEAD_LETTER', $2, $3) RETURNING ${ALERT_COLUMNS}`,
        [letter.agencyCode, letter.eventId, `gave up after ${letter.attempts} attempts: ${letter.lastError}`],
      )) as RaisedAlert[];
      return raised!;
    });
  }
}
