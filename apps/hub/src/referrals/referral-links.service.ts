import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor, canSeeReferral } from '#domain';
import { AccountEntity, ReferralEntity } from '#persistence';

/** What a referral points to: the chain of re-routes (each end only if visible) and its specialist. */
@Injectable()
export class ReferralLinksService {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  async reroutedFrom(actor: Actor, referral: ReferralEntity): Promise<ReferralEntity | null> {
    if (!referral.reroutedFromId) return null;
    const from = await this.db.getRepository(ReferralEntity).findOneBy({ id: referral.reroutedFromId });
    return from && canSeeReferral(actor, from) ? from : null;
  }

  async reroutedTo(actor: Actor, referral: ReferralEntity): Promise<ReferralEntity | null> {
    const to = await this.db.getRepository(ReferralEntity).findOneBy({ reroutedFromId: referral.id });
    return to && canSeeReferral(actor, to) ? to : null;
  }

  async assignee(referral: ReferralEntity): Promise<AccountEntity | null> {
    if (!referral.assignedTo) return null;
    return this.db.getRepository(AccountEntity).findOneBy({ id: referral.assignedTo });
  }
}
