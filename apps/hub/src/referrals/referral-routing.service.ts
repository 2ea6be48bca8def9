import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  canSeeReferral,
  assertCanSendOn,
  DomainErrorCode,
  DomainException,
  ReferralAction,
  ReferralNote,
  readTimelineReason,
  ReferralStatus,
  timelineReasonText,
  type TraceContext,
  Urgency,
} from '#domain';
import { type Clock, CLOCK } from '#lines';
import {
  appendTimelineEvent,
  createOnce,
  type IdempotentRequest,
  planFor,
  type ReferralEntity,
  ReferralRepository,
  ScopedDatabase,
  scopeOf,
  TimerRepository,
} from '#persistence';
import type { AddReferralInput, ResendReferralInput, RerouteReferralInput } from './referral.inputs.js';

/** Where a rejected referral goes next, and with what. */
type SendOnTarget = Omit<AddReferralInput, 'visitId'>;
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
   * the citizen's consent for that agency, submitted at once and linked to the rejected one. To the
   * same agency only after a rejection the desk can put right (libs/domain send-on.ts).
   */
  reroute(actor: Actor, trace: TraceContext, input: RerouteReferralInput, once: IdempotentRequest | null = null): Promise<ReferralEntity> {
    return this.sendOn(actor, trace, input.id, once, (rejected) => ({
      agencyCode: input.agencyCode,
      topicId: input.topicId,
      urgency: input.urgency ?? rejected.urgency,
      summary: input.summary,
      consent: input.consent,
    }));
  }

  /** The desk corrects a referral the agency sent back and sends it again to that agency: new question, new consent. */
  resend(actor: Actor, trace: TraceContext, input: ResendReferralInput, once: IdempotentRequest | null = null): Promise<ReferralEntity> {
    return this.sendOn(actor, trace, input.id, once, (rejected) => ({
      agencyCode: rejected.agencyCode,
      topicId: input.topicId ?? rejected.topicId,
      urgency: input.urgency ?? rejected.urgency,
      summary: input.summary,
      consent: input.consent,
    }));
  }

  /** The specialist's explanation of a rejection, opened from the timeline (a logged view), or null. */
  async rejectionNote(actor: Actor, trace: TraceContext, referral: ReferralEntity): Promise<string | null> {
    if (referral.status !== ReferralStatus.REJECTED || !referral.rejectReasonCode) return null;
    const events = await this.referrals.timeline(actor, trace, referral.id);
    const rejection = events.findLast((e) => e.type === ReferralAction.REJECT);
    return rejection ? readTimelineReason(ReferralAction.REJECT, rejection.reason).note : null;
  }

  /** One step: the new linked referral, submitted (timeline and outbox in this transaction), and a note on the old one. */
  private sendOn(
    actor: Actor,
    trace: TraceContext,
    id: string,
    once: IdempotentRequest | null,
    target: (rejected: ReferralEntity) => SendOnTarget,
  ): Promise<ReferralEntity> {
    return this.db.run(scopeOf(actor), (manager) => createOnce(manager, once, async () => {
      const referrals = new ReferralRepository(manager);
      const rejected = await referrals.findForUpdate(id);
      if (!rejected || !canSeeReferral(actor, rejected)) throw DomainException.notFound('Referral');
      const to = target(rejected);
      const sentOn = (await referrals.reroutedTo(rejected.id)) !== null;
      assertCanSendOn({ ...rejected, sentOn }, to.agencyCode, ['input', 'agencyCode']);
      const draft = await this.referrals.addIn(manager, actor, trace, { visitId: rejected.visitId, ...to }, rejected);
      const next = await this.referrals.submitIn(manager, actor, trace, draft.id);
      const again = next.agencyCode === rejected.agencyCode;
      await appendTimelineEvent(manager, {
        referral: rejected,
        type: again ? ReferralNote.RESENT : ReferralNote.REROUTED,
        fromStatus: rejected.status,
        actor: { id: actor.accountId, role: actor.role },
        reason: again ? timelineReasonText.sentAgainAs(next.reference) : timelineReasonText.reroutedTo(next.reference),
      });
      return next;
    }, (first) => this.referrals.reread(manager, first)));
  }

  /**
   * The citizen of a LIVE referral goes home instead of waiting: the referral becomes a CALLBACK
   * with deadlines planned again from now. Only while nobody has picked it up yet.
   */
  async convertToCallback(actor: Actor, id: string): Promise<ReferralEntity> {
    return this.db.run(scopeOf(actor), async (manager) => {
      const referrals = new ReferralRepository(manager);
      const referral = await referrals.findForUpdate(id);
      if (!referral || !canSeeReferral(actor, referral)) throw DomainException.notFound('Referral');
      const waiting = referral.status === ReferralStatus.REQUESTED || referral.status === ReferralStatus.RECEIVED;
      if (referral.urgency !== Urgency.LIVE || !waiting) {
        throw new DomainException(DomainErrorCode.ILLEGAL_TRANSITION, `Only a LIVE referral that is not picked up yet can become a callback`, {
          currentStatus: referral.status,
        });
      }
      // The new urgency and its deadlines in one update; the pending timers give way to the new plan's.
      const plan = await planFor(manager, { agencyCode: referral.agencyCode, urgency: Urgency.CALLBACK }, this.clock());
      const converted = await referrals.replan(id, Urgency.CALLBACK, plan.receiveDueAt, plan.acceptDueAt);
      await new TimerRepository(manager).replacePending(id, plan.timers);
      await appendTimelineEvent(manager, {
        referral: converted,
        type: ReferralNote.CONVERTED_TO_CALLBACK,
        fromStatus: converted.status,
        actor: { id: actor.accountId, role: actor.role },
        reason: null,
      });
      return converted;
    });
  }
}
