import type { EntityManager } from 'typeorm';
import type { Appointment, AppointmentKind, ContactChannel, ReferralStatus } from '#domain';

/** One referral of the visit as the citizen's summary shows it. */
export interface SummaryReferralRow {
  readonly reference: string;
  readonly status: ReferralStatus;
  readonly agencyName: string;
  readonly topicName: string;
  /** The topic's own list; the appointment's additions come on top. */
  readonly topicItems: readonly string[];
  readonly appointment: Appointment | null;
}

interface Row {
  point_name: string;
  reference: string | null;
  status: ReferralStatus;
  agency_name: string;
  topic_name: string;
  what_to_bring: string[];
  kind: AppointmentKind | null;
  starts_at: Date;
  ends_at: Date | null;
  channel: ContactChannel;
  place: string | null;
  extra_items: string[];
}

/** What the one-page summary the citizen takes home is made of, in one statement. */
export class CitizenSummaryRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The service point's name and the visit's referrals, oldest first, with agency, topic and appointment. */
  async forVisit(visitId: string, servicePointId: string): Promise<{ servicePointName: string; referrals: SummaryReferralRow[] }> {
    const rows = (await this.manager.query(
      `SELECT sp.name AS point_name, r.reference, r.status, ag.name AS agency_name, t.name AS topic_name, t.what_to_bring,
              a.kind, a.starts_at, a.ends_at, a.channel, a.place, a.extra_items
         FROM service_point sp
         LEFT JOIN referral r ON r.visit_id = $1
         LEFT JOIN agency ag ON ag.code = r.agency_code
         LEFT JOIN topic t ON t.id = r.topic_id
         LEFT JOIN referral_appointment a ON a.referral_id = r.id
        WHERE sp.id = $2
        ORDER BY r.created_at ASC`,
      [visitId, servicePointId],
    )) as Row[];
    if (rows.length === 0) throw new Error(`No service point ${servicePointId}`);
    return {
      servicePointName: rows[0]!.point_name,
      referrals: rows
        .filter((row) => row.reference !== null)
        .map((row) => ({
          reference: row.reference!,
          status: row.status,
          agencyName: row.agency_name,
          topicName: row.topic_name,
          topicItems: row.what_to_bring,
          appointment:
            row.kind === null
              ? null
              : { kind: row.kind, startsAt: row.starts_at, endsAt: row.ends_at, channel: row.channel, place: row.place, extraItems: row.extra_items },
        })),
    };
  }
}
