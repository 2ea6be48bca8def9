import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor, canSeeReferral, DomainException, ReferralAction } from '#domain';
import { ReferralAccessLogEntity, ReferralEntity } from '#persistence';
import { ReferralsService } from '../referrals/referrals.service.js';

/** Why an agency system read a referral, as the access log records it. */
export const SYSTEM_FETCH_PURPOSE = 'agency system fetched the referral after a webhook';

/** What an agency's case system does through the API as a machine client. */
@Injectable()
export class SystemReferralsService {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(ReferralsService) private readonly referrals: ReferralsService,
  ) {}

  /** The system confirms receipt: only now is the referral RECEIVED. A repeat gets CONFLICT. */
  async acknowledge(actor: Actor, id: string): Promise<ReferralEntity> {
    return (await this.referrals.move(actor, id, ReferralAction.RECEIVE)).referral;
  }

  /** The referral as the agency may see it; the read and who made it are logged first. */
  async fetch(actor: Actor, id: string): Promise<ReferralEntity> {
    return this.db.transaction(async (manager) => {
      const referral = await manager.findOneBy(ReferralEntity, { id });
      if (!referral || !canSeeReferral(actor, referral)) throw DomainException.notFound('Referral');
      await manager.insert(ReferralAccessLogEntity, {
        referralId: referral.id,
        agencyCode: referral.agencyCode,
        actorId: actor.accountId,
        actorRole: actor.role,
        purpose: SYSTEM_FETCH_PURPOSE,
      });
      return referral;
    });
  }
}
