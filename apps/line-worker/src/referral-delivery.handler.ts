import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainErrorCode, DomainException, Party, ReferralAction } from '#domain';
import type { LineJobMap, LineJobName } from '#lines';
import { moveReferral } from '#persistence';

/**
 * Delivers a submitted referral into its agency's inbox: marks it RECEIVED. Idempotent: a duplicate
 * or late job finds the referral already moved on and does nothing.
 */
@Injectable()
export class ReferralDeliveryHandler {
  private readonly logger = new Logger('ReferralDelivery');

  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  async deliver(data: LineJobMap[LineJobName.DELIVER_REFERRAL]): Promise<void> {
    try {
      await moveReferral(this.db, {
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
