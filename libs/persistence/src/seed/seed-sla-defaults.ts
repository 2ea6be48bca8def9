import type { EntityManager } from 'typeorm';
import { AGENCY_CODES, DEFAULT_SLA_TARGETS, type Urgency } from '#domain';
import { SlaSettingEntity } from '../entities/sla-setting.entity.js';

/** Gives every agency the default SLA per urgency; never overwrites what a coordinator set. */
export async function seedSlaDefaults(manager: EntityManager): Promise<void> {
  const rows = AGENCY_CODES.flatMap((agencyCode) =>
    (Object.entries(DEFAULT_SLA_TARGETS) as [Urgency, (typeof DEFAULT_SLA_TARGETS)[Urgency]][]).map(([urgency, t]) => ({
      agencyCode,
      urgency,
      receiveAmount: t.receive.amount,
      receiveUnit: t.receive.unit,
      acceptAmount: t.accept.amount,
      acceptUnit: t.accept.unit,
      updatedBy: null,
    })),
  );
  await manager.createQueryBuilder().insert().into(SlaSettingEntity).values(rows).orIgnore().execute();
}
