import type { EntityManager } from 'typeorm';
import { type AgencyCode, BusinessCalendar, DEFAULT_SLA_TARGETS, type SlaTargets, type Urgency } from '#domain';
import { AgencyEntity } from '../entities/agency.entity.js';
import { SlaSettingEntity } from '../entities/sla-setting.entity.js';

function toSlaTargets(row: SlaSettingEntity): SlaTargets {
  return {
    receive: { amount: row.receiveAmount, unit: row.receiveUnit },
    accept: { amount: row.acceptAmount, unit: row.acceptUnit },
  };
}

/** The business calendar of one agency's line, from its current line hours. */
export async function lineCalendar(manager: EntityManager, agency: AgencyCode): Promise<BusinessCalendar> {
  const row = await manager.findOneByOrFail(AgencyEntity, { code: agency });
  return new BusinessCalendar(row.lineHours);
}

/** The agency's targets for one urgency; the defaults stand in for a row not seeded yet. */
export async function slaTargets(manager: EntityManager, agency: AgencyCode, urgency: Urgency): Promise<SlaTargets> {
  const row = await manager.findOneBy(SlaSettingEntity, { agencyCode: agency, urgency });
  return row ? toSlaTargets(row) : DEFAULT_SLA_TARGETS[urgency];
}
