import { Inject, Injectable } from '@nestjs/common';
import { type Actor, canSeeReferral, canSeeStaffName } from '#domain';
import { type AccountEntity, type ReferralEntity, ReferralRepository, ScopedDatabase, scopeOf, AccountRepository } from '#persistence';

/** What a referral points to: the chain of re-routes (each end only if visible) and its specialist. */
@Injectable()
export class ReferralLinksService {
  constructor(@Inject(ScopedDatabase) private readonly db: ScopedDatabase) {}

  async reroutedFrom(actor: Actor, referral: ReferralEntity): Promise<ReferralEntity | null> {
    if (!referral.reroutedFromId) return null;
    const id = referral.reroutedFromId;
    const from = await this.db.run(scopeOf(actor), (manager) => new ReferralRepository(manager).find(id));
    return from && canSeeReferral(actor, from) ? from : null;
  }

  async reroutedTo(actor: Actor, referral: ReferralEntity): Promise<ReferralEntity | null> {
    const to = await this.db.run(scopeOf(actor), (manager) => new ReferralRepository(manager).reroutedTo(referral.id));
    return to && canSeeReferral(actor, to) ? to : null;
  }

  /** The handler, for the referral's own line only: a name is shown to colleagues of the same organisation. */
  async assignee(actor: Actor, referral: ReferralEntity): Promise<AccountEntity | null> {
    if (!referral.assignedTo) return null;
    const account = await new AccountRepository(this.db.dataSource.manager).find(referral.assignedTo);
    return account && canSeeStaffName(actor, account) ? account : null;
  }
}
