import { type EntityManager, In } from 'typeorm';
import { type AgencyCode, ReferralAction } from '#domain';
import { WebhookDeadLetterEntity } from '../entities/webhook-dead-letter.entity.js';

/** What giving up on an agency's dead letters took away. */
export interface TakenDeadLetters {
  readonly eventIds: string[];
  /** Referrals whose request (their SUBMIT event) was among them: it never reached the agency. */
  readonly requestedReferralIds: string[];
}

/**
 * Events an agency system never took, as ADMIN handles them: listed, sent again or given up on.
 * The line worker parks them through AgencyDeliveryRepository.deadLetter.
 */
export class DeadLetterRepository {
  constructor(private readonly manager: EntityManager) {}

  /** All of an agency's dead letters, oldest first. */
  ofAgency(agencyCode: AgencyCode): Promise<WebhookDeadLetterEntity[]> {
    return this.manager.find(WebhookDeadLetterEntity, { where: { agencyCode }, order: { id: 'ASC' } });
  }

  /** The newest dead letters, of one agency or all. */
  recent(agencyCode: AgencyCode | null, limit: number): Promise<WebhookDeadLetterEntity[]> {
    return this.manager.find(WebhookDeadLetterEntity, { where: agencyCode ? { agencyCode } : {}, order: { id: 'DESC' }, take: limit });
  }

  async remove(ids: readonly string[]): Promise<void> {
    await this.manager.delete(WebhookDeadLetterEntity, { id: In([...ids]) });
  }

  /**
   * Deletes all of an agency's dead letters and says which were requests, in one statement. The delete
   * is the claim: two callers never take the same letter. Reads the timeline, so run it in the system scope.
   */
  async takeAll(agencyCode: AgencyCode): Promise<TakenDeadLetters> {
    const rows = (await this.manager.query(
      `WITH taken AS (DELETE FROM webhook_dead_letter WHERE agency_code = $1 RETURNING event_id)
       SELECT taken.event_id, e.referral_id FROM taken LEFT JOIN referral_event e ON e.id = taken.event_id AND e.type = $2`,
      [agencyCode, ReferralAction.SUBMIT],
    )) as { event_id: string; referral_id: string | null }[];
    return {
      eventIds: rows.map((r) => r.event_id),
      requestedReferralIds: rows.flatMap((r) => (r.referral_id === null ? [] : [r.referral_id])),
    };
  }
}
