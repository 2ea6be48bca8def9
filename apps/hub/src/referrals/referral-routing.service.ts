import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  canSeeReferral,
  DomainErrorCode,
  DomainException,
  ReferralNote,
  ReferralStatus,
  timelineReasonText,
  type TraceContext,
  Urgency,
} from '#domain';
import { type Clock, CLOCK } from '#lines';
import { appendTimelineEvent, createOnce, type IdempotentRequest, planDeadlines, ReferralEntity, ScopedDatabase, scopeOf } from '#persistence';
import type { RerouteReferralInput } from './referral.inputs.js';
import { ReferralsService } from './referrals.service.js';

/** The desk's ways out when a line cannot help in time: re-route a rejection, or stop waiting live. */
@Injectable()
export class ReferralRoutingService {
  constructor(
    @Inject(ScopedDatabase) private readonly db: ScopedDatabase,
    @Inject(ReferralsService) private readonly referrals: ReferralsService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Sends a rejected referral's question to another agency: a new referral on the same visit, with
   * the citizen's consent for that agency, submitted at once and linked to the rejected one.
   */
  async reroute(actor: Actor, trace: TraceContext, input: RerouteReferralInput, once: IdempotentRequest | null = null): Promise<ReferralEntity> {
    return this.db.run(scopeOf(actor), (manager) => createOnce(manager, once, async () => {
      const rejected = await manager.findOne(ReferralEntity, { where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (!rejected || !canSeeReferral(actor, rejected)) throw DomainException.notFound('Referral');
      if (rejected.status !== ReferralStatus.REJECTED) {
        throw new DomainException(DomainErrorCode.ILLEGAL_TRANSITION, 'Only a rejected referral can be re-routed', { currentStatus: rejected.status });
      }
      if (await manager.existsBy(ReferralEntity, { reroutedFromId: rejected.id })) {
        throw new DomainException(DomainErrorCode.ILLEGAL_TRANSITION, 'This referral was re-routed already', { currentStatus: rejected.status });
      }
      if (input.agencyCode === rejected.agencyCode) {
        throw DomainException.invalidInput([{ path: ['input', 'agencyCode'], message: 'must be another agency than the one that rejected it' }]);
      }
      const draft = await this.referrals.addIn(
        manager,
        actor,
        trace,
        {
          visitId: rejected.visitId,
          agencyCode: input.agencyCode,
          topicId: input.topicId,
          urgency: input.urgency ?? rejected.urgency,
          summary: input.summary,
          consent: input.consent,
        },
        rejected,
      );
      const rerouted = await this.referrals.submitIn(manager, actor, trace, draft.id);
      await appendTimelineEvent(manager, {
        referral: rejected,
        type: ReferralNote.REROUTED,
        fromStatus: rejected.status,
        actor: { id: actor.accountId, role: actor.role },
        reason: timelineReasonText.reroutedTo(rerouted.reference),
      });
      return rerouted;
    }, (first) => this.referrals.reread(manager, first)));
  }

  /**
   * The citizen of a LIVE referral goes home instead of waiting: the referral becomes a CALLBACK
   * with deadlines planned again from now. Only while nobody has picked it up yet.
   */
  async convertToCallback(actor: Actor, id: string): Promise<ReferralEntity> {
    return this.db.run(scopeOf(actor), async (manager) => {
      const referral = await manager.findOne(ReferralEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!referral || !canSeeReferral(actor, referral)) throw DomainException.notFound('Referral');
      const waiting = referral.status === ReferralStatus.REQUESTED || referral.status === ReferralStatus.RECEIVED;
      if (referral.urgency !== Urgency.LIVE || !waiting) {
        throw new DomainException(DomainErrorCode.ILLEGAL_TRANSITION, `Only a LIVE referral that is not picked up yet can become a callback`, {
          currentStatus: referral.status,
        });
      }
      await manager.update(ReferralEntity, { id }, { urgency: Urgency.CALLBACK });
      const converted = await manager.findOneByOrFail(ReferralEntity, { id });
      await planDeadlines(manager, converted, this.clock());
      await appendTimelineEvent(manager, {
        referral: converted,
        type: ReferralNote.CONVERTED_TO_CALLBACK,
        fromStatus: converted.status,
        actor: { id: actor.accountId, role: actor.role },
        reason: null,
      });
      return manager.findOneByOrFail(ReferralEntity, { id });
    });
  }
}
