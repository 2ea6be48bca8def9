import { Inject, Injectable, Logger } from '@nestjs/common';
import { DomainErrorCode, DomainException, Party, ReferralAction } from '#domain';
import type { LineJobMap, LineJobName } from '#lines';
import { moveReferral, ScopedDatabase, SYSTEM_SCOPE } from '#persistence';

/**
 * Delivers a submitted referral into its agency's inbox: marks it RECEIVED. Idempotent: a duplicate
 * or late job finds the referral already moved on and does nothing.
 */
@Injectable()
export class ReferralDeliveryHandler {
  private readonly logger = new Logger('ReferralDelivery');

  constructor(@Inject(ScopedDatabase) private readonly db: ScopedDatabase) {}

  async deliver(data: LineJobMap[LineJobName.DELIVER_REFERRAL]): Promise<void> {
    try {
      await moveReferral(this.db, SYSTEM_SCOPE, {
        referralId: data.referralId,
        action: ReferralAction.RECEIVE,
        party: Party.LINE,
        actor: { id: null, role: 'LINE' },
        isVisible: () => true,
      });
    } catch (error) {
      if (error instanceof DomainException && error.code !== DomainErrorCode.INVALID_INPUT) {
        this.logger.log(`referral ${data.referralId} not delivered: ${error.code} (${error.details.currentStatus ?? 'missing'})`);
        return;
      }
      throw error;
    }
  }
}
