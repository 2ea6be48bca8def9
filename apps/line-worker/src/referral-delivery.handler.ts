import { Inject, Injectable, Logger } from '@nestjs/common';
import { DeliveryMode, DomainErrorCode, DomainException, Party, ReferralAction } from '#domain';
import { LineProducer, type LineJobMap, type LineJobName } from '#lines';
import { AgencyDeliveryRepository, moveReferral, ScopedDatabase, SYSTEM_SCOPE } from '#persistence';

/**
 * Delivers a submitted referral: into its agency's inbox (marks it RECEIVED), or, for an agency
 * with its own system, onto that system's webhook queue (the system acknowledges it later).
 * Idempotent: a duplicate or late job finds the referral already moved on and does nothing.
 */
@Injectable()
export class ReferralDeliveryHandler {
  private readonly logger = new Logger('ReferralDelivery');
  private readonly repository: AgencyDeliveryRepository;

  constructor(
    @Inject(ScopedDatabase) private readonly db: ScopedDatabase,
    @Inject(LineProducer) private readonly producer: LineProducer,
  ) {
    this.repository = new AgencyDeliveryRepository(db);
  }

  async deliver(data: LineJobMap[LineJobName.DELIVER_REFERRAL]): Promise<void> {
    const route = await this.repository.modeOfReferral(data.referralId);
    if (route?.mode === DeliveryMode.SYSTEM) {
      await this.producer.addWebhooks([{ agency: route.agencyCode, data: { referralId: data.referralId, eventId: data.eventId } }]);
      return;
    }
    await this.receive(data.referralId);
  }

  /** Into the inbox: REQUESTED -> RECEIVED, by the line itself. */
  async receive(referralId: string): Promise<void> {
    try {
      await moveReferral(this.db, SYSTEM_SCOPE, {
        referralId,
        action: ReferralAction.RECEIVE,
        party: Party.LINE,
        actor: { id: null, role: 'LINE' },
        isVisible: () => true,
      });
    } catch (error) {
      if (error instanceof DomainException && error.code !== DomainErrorCode.INVALID_INPUT) {
        this.logger.log(`referral ${referralId} not delivered: ${error.code} (${error.details.currentStatus ?? 'missing'})`);
        return;
      }
      throw error;
    }
  }
}
