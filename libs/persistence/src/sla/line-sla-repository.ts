import type { EntityManager } from 'typeorm';
import { type AgencyCode, BusinessCalendar, type DurationUnit, type LineHours, type SlaTargets, type Urgency } from '#domain';
import { AgencyEntity } from '../entities/agency.entity.js';
import { SlaSettingEntity } from '../entities/sla-setting.entity.js';

/** An sla_setting row as node-postgres returns it. */
interface SlaSettingRow {
  agency_code: AgencyCode;
  urgency: Urgency;
  receive_amount: number;
  receive_unit: DurationUnit;
  accept_amount: number;
  accept_unit: DurationUnit;
  updated_by: string | null;
  updated_at: Date;
}

const SETTING_COLUMNS = `agency_code, urgency, receive_amount, receive_unit, accept_amount, accept_unit, updated_by, updated_at`;

function settingFromRow(row: SlaSettingRow): SlaSettingEntity {
  const setting = new SlaSettingEntity();
  setting.agencyCode = row.agency_code;
  setting.urgency = row.urgency;
  setting.receiveAmount = row.receive_amount;
  setting.receiveUnit = row.receive_unit;
  setting.acceptAmount = row.accept_amount;
  setting.acceptUnit = row.accept_unit;
  setting.updatedBy = row.updated_by;
  setting.updatedAt = row.updated_at;
  return setting;
}

/** A line's promises as its coordinator sets them: SLA targets per urgency (sla_setting) and line hours (agency). */
export class LineSlaRepository {
  constructor(private readonly manager: EntityManager) {}

  /** The agency's targets, one row per urgency it has set. */
  async settings(agency: AgencyCode): Promise<SlaSettingEntity[]> {
    const rows = (await this.manager.query(`SELECT ${SETTING_COLUMNS} FROM sla_setting WHERE agency_code = $1 ORDER BY urgency ASC`, [agency])) as SlaSettingRow[];
    return rows.map(settingFromRow);
  }

  /** Sets (or replaces) the targets for one urgency; the row comes back as stored. */
  async setTargets(agency: AgencyCode, urgency: Urgency, targets: SlaTargets, by: string): Promise<SlaSettingEntity> {
    const [row] = (await this.manager.query(
      `INSERT INTO sla_setting (agency_code, urgency, receive_amount, receive_unit, accept_amount, accept_unit, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (agency_code, urgency) DO UPDATE SET receive_amount = EXCLUDED.receive_amount, receive_unit = EXCLUDED.receive_unit,
         accept_amount = EXCLUDED.accept_amount, accept_unit = EXCLUDED.accept_unit, updated_by = EXCLUDED.updated_by, updated_at = now()
       RETURNING ${SETTING_COLUMNS}`,
      [agency, urgency, targets.receive.amount, targets.receive.unit, targets.accept.amount, targets.accept.unit, by],
    )) as SlaSettingRow[];
    return settingFromRow(row!);
  }

  /** The business calendar of one agency's line, from its current line hours. */
  async calendar(agency: AgencyCode): Promise<BusinessCalendar> {
    const [row] = (await this.manager.query(`SELECT line_hours FROM agency WHERE code = $1`, [agency])) as { line_hours: LineHours }[];
    if (!row) throw new Error(`No agency ${agency}`);
    return new BusinessCalendar(row.line_hours);
  }

  /** New line hours; the agency comes back as stored. */
  async setLineHours(agency: AgencyCode, lineHours: LineHours): Promise<AgencyEntity> {
    const [rows] = (await this.manager.query(`UPDATE agency SET line_hours = $2::jsonb WHERE code = $1 RETURNING code, name, description, line_hours`, [
      agency,
      JSON.stringify(lineHours),
    ])) as [{ code: AgencyCode; name: string; description: string; line_hours: LineHours }[], number];
    const row = rows[0];
    if (!row) throw new Error(`No agency ${agency}`);
    const entity = new AgencyEntity();
    entity.code = row.code;
    entity.name = row.name;
    entity.description = row.description;
    entity.lineHours = row.line_hours;
    return entity;
  }
}
