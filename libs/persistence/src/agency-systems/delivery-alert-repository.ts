import { type EntityManager, In, IsNull } from 'typeorm';
import type { AgencyCode } from '#domain';
import { DeliveryAlertEntity } from '../entities/delivery-alert.entity.js';

/**
 * What ADMIN must look at about agency systems, and its resolution once handled. The line worker raises
 * alerts through AgencyDeliveryRepository.
 */
export class DeliveryAlertRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Unresolved alerts, newest first. */
  open(limit: number): Promise<DeliveryAlertEntity[]> {
    return this.manager.find(DeliveryAlertEntity, { where: { resolvedAt: IsNull() }, order: { id: 'DESC' }, take: limit });
  }

  /** The endpoint was configured again. */
  async resolveEndpointGone(agencyCode: AgencyCode): Promise<void> {
    await this.manager.update(DeliveryAlertEntity, { agencyCode, kind: 'ENDPOINT_GONE', resolvedAt: IsNull() }, { resolvedAt: new Date() });
  }

  /** These events were sent again or given up on. */
  async resolveDeadLetters(agencyCode: AgencyCode, eventIds: readonly string[]): Promise<void> {
    await this.manager.update(DeliveryAlertEntity, { agencyCode, kind: 'DEAD_LETTER', eventId: In([...eventIds]), resolvedAt: IsNull() }, { resolvedAt: new Date() });
  }
}
