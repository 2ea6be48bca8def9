import { Inject, Injectable } from '@nestjs/common';
import { type Actor, canSeeReferral, DomainException, ProcessingActivity, ProcessingOperation, ReferralAction, type TraceContext } from '#domain';
import { type ReferralEntity, ReferralRepository, ScopedDatabase, scopeOf } from '#persistence';
import { ProcessingLog } from '#privacy';
import { ReferralsService } from '../referrals/referrals.service.js';

/** What an agency's case system does through the API as a machine client, in its agency's scope. */
@Injectable()
export class SystemReferralsService {
  constructor(
    @Inject(ScopedDatabase) private readonly db: ScopedDatabase,
    @Inject(ReferralsService) private readonly referrals: ReferralsService,
    @Inject(ProcessingLog) private readonly log: ProcessingLog,
  ) {}

  /** The system confirms receipt: only now is the referral RECEIVED (the RECEIVE deadline met). A repeat gets CONFLICT. */
  async acknowledge(actor: Actor, id: string): Promise<ReferralEntity> {
    return (await this.referrals.move(actor, id, ReferralAction.RECEIVE)).referral;
  }

  /**
   * The referral as the agency may see it. The hand-over to the agency's system is a processing of
   * its own (DELIVER), logged before the answer leaves; the personal fields log their views and show
   * only the consented categories, as on the line.
   */
  fetch(actor: Actor, trace: TraceContext, id: string): Promise<ReferralEntity> {
    return this.db.run(scopeOf(actor), async (manager) => {
      const referral = await new ReferralRepository(manager).find(id);
      if (!referral || !canSeeReferral(actor, referral)) throw DomainException.notFound('Referral');
      await this.log.record(manager, trace, { id: actor.accountId, role: actor.role }, [
        { activity: ProcessingActivity.LINE_HANDLING, operation: ProcessingOperation.DELIVER, dataSubject: this.referrals.subjectOf(referral), referralId: referral.id },
      ]);
      return referral;
    });
  }
}
