import type { EntityManager } from 'typeorm';
import type { Appointment, AppointmentKind, ContactChannel, Role } from '#domain';
import { AppointmentEntity } from '../entities/appointment.entity.js';

/** A referral_appointment row as node-postgres returns it (jsonb parsed). */
interface AppointmentRow {
  referral_id: string;
  kind: AppointmentKind;
  starts_at: Date;
  ends_at: Date | null;
  channel: ContactChannel;
  place: string | null;
  extra_items: string[];
  scheduled_by: string;
  scheduled_by_role: Role;
  scheduled_at: Date;
}

const APPOINTMENT_COLUMNS = `referral_id, kind, starts_at, ends_at, channel, place, extra_items, scheduled_by, scheduled_by_role, scheduled_at`;

function appointmentFromRow(row: AppointmentRow): AppointmentEntity {
  const appointment = new AppointmentEntity();
  appointment.referralId = row.referral_id;
  appointment.kind = row.kind;
  appointment.startsAt = row.starts_at;
  appointment.endsAt = row.ends_at;
  appointment.channel = row.channel;
  appointment.place = row.place;
  appointment.extraItems = row.extra_items;
  appointment.scheduledBy = row.scheduled_by;
  appointment.scheduledByRole = row.scheduled_by_role;
  appointment.scheduledAt = row.scheduled_at;
  return appointment;
}

/** The appointment or callback window of a referral (referral_appointment), bound to the caller's transaction. */
export class AppointmentRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Sets the referral's appointment; scheduling again replaces it and stamps it anew. */
  async put(referralId: string, appointment: Appointment, by: { readonly id: string; readonly role: Role }): Promise<void> {
    await this.manager.query(
      `INSERT INTO referral_appointment (referral_id, kind, starts_at, ends_at, channel, place, extra_items, scheduled_by, scheduled_by_role)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9)
       ON CONFLICT (referral_id) DO UPDATE SET kind = EXCLUDED.kind, starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
         channel = EXCLUDED.channel, place = EXCLUDED.place, extra_items = EXCLUDED.extra_items,
         scheduled_by = EXCLUDED.scheduled_by, scheduled_by_role = EXCLUDED.scheduled_by_role, scheduled_at = now()`,
      [referralId, appointment.kind, appointment.startsAt, appointment.endsAt, appointment.channel, appointment.place, JSON.stringify(appointment.extraItems), by.id, by.role],
    );
  }

  async of(referralId: string): Promise<AppointmentEntity | null> {
    return (await this.ofReferrals([referralId])).get(referralId) ?? null;
  }

  /** The appointments of many referrals in one statement, by referral id. */
  async ofReferrals(referralIds: readonly string[]): Promise<Map<string, AppointmentEntity>> {
    const rows = (await this.manager.query(`SELECT ${APPOINTMENT_COLUMNS} FROM referral_appointment WHERE referral_id = ANY($1::uuid[])`, [referralIds])) as AppointmentRow[];
    return new Map(rows.map((row) => [row.referral_id, appointmentFromRow(row)]));
  }

  /** What the citizen brings: the topic's own list and the appointment's additions (none without an appointment). */
  async toBring(referralId: string, topicId: string): Promise<{ topicItems: string[]; extraItems: string[] }> {
    const [row] = (await this.manager.query(
      `SELECT t.what_to_bring, a.extra_items FROM topic t LEFT JOIN referral_appointment a ON a.referral_id = $1 WHERE t.id = $2`,
      [referralId, topicId],
    )) as { what_to_bring: string[]; extra_items: string[] | null }[];
    if (!row) throw new Error(`No topic ${topicId}`);
    return { topicItems: row.what_to_bring, extraItems: row.extra_items ?? [] };
  }
}
