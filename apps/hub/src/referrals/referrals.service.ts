import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  type Actor,
  assertMayActOnCase,
  canSeeReferral,
  canSeeVisit,
  type CitizenContact,
  DataCategory,
  DomainErrorCode,
  DomainException,
  type FreeTextField,
  assertFreeTextConsented,
  normaliseRepresentative,
  partyOf,
  ProcessingActivity,
  ProcessingOperation,
  ReferralAction,
  ReferralStatus,
  type Representative,
  type SlaPlan,
  TimelineEventType,
  timelineReasonText,
  type TraceContext,
  visibleCategories,
  VisitStatus,
} from '#domain';
import {
  appendTimelineEvent,
  CitizenRepository,
  type ConsentEntity,
  ConsentRepository,
  createOnce,
  type IdempotentRequest,
  type MoveCommand,
  type MovePatch,
  type MoveResult,
  moveReferralIn,
  planFor,
  type ReferralEntity,
  type ReferralEventEntity,
  ReferralRepository,
  ScopedDatabase,
  scopeOf,
  TimelineRepository,
  TimerRepository,
  VisitRepository,
} from '#persistence';
import { PersonalDataVault, ProcessingLog } from '#privacy';
import type { AddReferralInput } from './referral.inputs.js';

/** A citizen's contact data as one viewer may see it. */
export type CitizenView = CitizenContact;

/** The consent of a referral as one viewer may see it. */
export interface ConsentView {
  readonly agencyCode: string;
  readonly categories: readonly DataCategory[];
  readonly method: string;
  readonly recordedAt: Date;
  readonly recordedBy: string;
  readonly withdrawnAt: Date | null;
  readonly representative: Representative | null;
}

/** A processing a move performs on the citizen's data, logged in the move's own transaction. */
export interface LoggedProcessing {
  readonly trace: TraceContext;
  readonly activity: ProcessingActivity;
  readonly operation: ProcessingOperation;
}

/** What a move carries besides its action. */
export interface MoveDetails {
  readonly reason?: string | null;
  readonly patch?: MovePatch;
  readonly logged?: LoggedProcessing;
  /** The caller's free text by input path; refused when it carries personal data without consent. */
  readonly freeText?: readonly FreeTextField[];
  /** A rule beyond the lifecycle table, checked against the status the move starts from. */
  readonly check?: (current: ReferralEntity) => void;
  /** Columns set from the referral as it stands and the move's moment (the submit's deadlines). */
  readonly patchAt?: MoveCommand['patchAt'];
}

@Injectable()
export class ReferralsService {
  constructor(
    @Inject(ScopedDatabase) private readonly db: ScopedDatabase,
    @Inject(PersonalDataVault) private readonly vault: PersonalDataVault,
    @Inject(ProcessingLog) private readonly log: ProcessingLog,
  ) {}

  /** Adds a DRAFT referral with the citizen's consent for that agency; the question text is sealed. */
  add(actor: Actor, trace: TraceContext, input: AddReferralInput, once: IdempotentRequest | null = null): Promise<ReferralEntity> {
    return this.db.run(scopeOf(actor), (manager) => createOnce(manager, once, () => this.addIn(manager, actor, trace, input), (first) => this.reread(manager, first)));
  }

  /** Adds a DRAFT referral inside the caller's scoped transaction; a re-route links it to the rejected one. */
  async addIn(manager: EntityManager, actor: Actor, trace: TraceContext, input: AddReferralInput, reroutedFrom?: ReferralEntity): Promise<ReferralEntity> {
    const representative = normaliseRepresentative(input.consent.method, input.consent.representative, ['input', 'consent', 'representative']);
    const summary = input.summary.trim();
    if (summary.length === 0) throw DomainException.invalidInput([{ path: ['input', 'summary'], message: 'must not be empty' }]);
    // The question goes to the agency: only with the personal data this same input consents to.
    assertFreeTextConsented([{ path: ['input', 'summary'], text: summary }], input.consent);
    // Shared lock: closing the visit (which locks it for update) waits for this, and the other way round.
    const visit = await new VisitRepository(manager).findForShare(input.visitId);
    if (!visit || !canSeeVisit(actor, visit)) throw DomainException.notFound('Visit');
    if (visit.status !== VisitStatus.OPEN) {
      throw new DomainException(DomainErrorCode.ILLEGAL_TRANSITION, 'The visit is closed', { currentStatus: visit.status });
    }
    const referrals = new ReferralRepository(manager);
    if (!(await referrals.isTopicOf(input.topicId, input.agencyCode))) throw DomainException.invalidInput([{ path: ['input', 'topicId'], message: 'is not a topic of this agency' }]);

    const id = randomUUID();
    const dataSubject = visit.dataSubject ?? this.vault.dataSubject(visit.id, null);
    const referral = await referrals.insert({
      id,
      visitId: visit.id,
      servicePointId: visit.servicePointId,
      agencyCode: input.agencyCode,
      topicId: input.topicId,
      urgency: input.urgency,
      status: ReferralStatus.DRAFT,
      summarySealed: this.vault.sealSummary(id, summary),
      dataSubject,
      createdBy: actor.accountId,
      reroutedFromId: reroutedFrom?.id ?? null,
    });
    await new ConsentRepository(manager).insert({
      referralId: id,
      agencyCode: input.agencyCode,
      categories: input.consent.categories,
      method: input.consent.method,
      recordedBy: actor.accountId,
      representativeSealed: this.vault.sealRepresentative(id, representative),
    });
    await appendTimelineEvent(manager, {
      referral,
      type: TimelineEventType.CREATED,
      fromStatus: null,
      actor: { id: actor.accountId, role: actor.role },
      reason: reroutedFrom ? timelineReasonText.reroutedFrom(reroutedFrom.reference) : null,
    });
    await this.log.record(manager, trace, { id: actor.accountId, role: actor.role }, [
      { activity: ProcessingActivity.WARM_HANDOFF, operation: ProcessingOperation.CREATE, dataSubject, referralId: id },
    ]);
    return referral;
  }

  /** Hands the referral to the agency and sets its SLA deadlines and timers; the disclosure (DELIVER) is logged. */
  submit(actor: Actor, trace: TraceContext, id: string, once: IdempotentRequest | null = null): Promise<ReferralEntity> {
    return this.db.run(scopeOf(actor), (manager) => createOnce(manager, once, () => this.submitIn(manager, actor, trace, id), (first) => this.reread(manager, first)));
  }

  /** The referral a request with the same idempotency key produced, as it is now. */
  reread(manager: EntityManager, id: string): Promise<ReferralEntity> {
    return new ReferralRepository(manager).get(id);
  }

  /** One move: the deadlines go into the move's own statement, the timers follow; no re-read (RETURNING has the row). */
  async submitIn(manager: EntityManager, actor: Actor, trace: TraceContext, id: string): Promise<ReferralEntity> {
    const logged = { trace, activity: ProcessingActivity.WARM_HANDOFF, operation: ProcessingOperation.DELIVER };
    let timers: SlaPlan['timers'] = [];
    const patchAt = async (current: ReferralEntity, now: Date) => {
      const plan = await planFor(manager, current, now);
      timers = plan.timers;
      return { receiveDueAt: plan.receiveDueAt, acceptDueAt: plan.acceptDueAt };
    };
    const { referral } = await this.moveIn(manager, actor, id, ReferralAction.SUBMIT, { logged, patchAt });
    await new TimerRepository(manager).replacePending(referral.id, timers);
    return referral;
  }

  /** The desk's or the agency's reason reaches the other side, so it is screened for personal data. */
  async cancel(actor: Actor, id: string, reason: string): Promise<ReferralEntity> {
    return (await this.move(actor, id, ReferralAction.CANCEL, { reason, freeText: [{ path: ['reason'], text: reason }] })).referral;
  }

  /** One lifecycle move in the actor's scope, with its processing record when it touches personal data. */
  move(actor: Actor, id: string, action: ReferralAction, details: MoveDetails = {}): Promise<MoveResult> {
    return this.db.run(scopeOf(actor), (manager) => this.moveIn(manager, actor, id, action, details));
  }

  /** As move, inside the caller's scoped transaction. */
  async moveIn(manager: EntityManager, actor: Actor, id: string, action: ReferralAction, details: MoveDetails = {}): Promise<MoveResult> {
    const { reason, patch, logged, freeText, check, patchAt } = details;
    const party = partyOf(actor);
    if (party === null) throw DomainException.notFound('Referral');
    const result = await moveReferralIn(manager, {
      referralId: id,
      action,
      party,
      actor: { id: actor.accountId, role: actor.role },
      reason,
      sealer: this.vault,
      patch,
      freeText,
      isVisible: (r) => canSeeReferral(actor, r),
      // Once picked up, the case is its handler's and the coordinators' (docs/decisions/0009).
      check: (current) => (assertMayActOnCase(actor, current), check?.(current)),
      patchAt,
    });
    if (logged) {
      await this.log.record(manager, logged.trace, { id: actor.accountId, role: actor.role }, [
        { activity: logged.activity, operation: logged.operation, dataSubject: this.subjectOf(result.referral), referralId: id },
      ]);
    }
    return result;
  }

  /** The desk withdraws the citizen's consent: from now on the agency sees none of the citizen's data. */
  async withdrawConsent(actor: Actor, id: string): Promise<ReferralEntity> {
    return this.db.run(scopeOf(actor), async (manager) => {
      const referral = await this.visibleReferral(manager, actor, id);
      if (!(await new ConsentRepository(manager).withdraw(id, actor.accountId))) throw new DomainException(DomainErrorCode.ILLEGAL_TRANSITION, 'Consent is already withdrawn', { currentStatus: referral.status });
      await appendTimelineEvent(manager, {
        referral,
        type: TimelineEventType.CONSENT_WITHDRAWN,
        fromStatus: referral.status,
        actor: { id: actor.accountId, role: actor.role },
        reason: null,
      });
      return referral;
    });
  }

  get(actor: Actor, id: string): Promise<ReferralEntity> {
    return this.db.run(scopeOf(actor), (manager) => this.visibleReferral(manager, actor, id));
  }

  async timeline(actor: Actor, trace: TraceContext, referralId: string): Promise<ReferralEventEntity[]> {
    return (await this.timelines(actor, trace, [await this.get(actor, referralId)]))[0]!;
  }

  /**
   * The timelines of many referrals in one transaction, oldest event first. Free-text reasons are
   * opened from their sealed notes (gone once erased); every referral whose notes were shown is logged.
   */
  timelines(actor: Actor, trace: TraceContext, referrals: readonly ReferralEntity[]): Promise<ReferralEventEntity[][]> {
    return this.db.run(scopeOf(actor), async (manager) => {
      const ids = referrals.map((r) => r.id);
      const timeline = new TimelineRepository(manager);
      const events = await timeline.eventsOf(ids);
      const notes = new Map((await timeline.notesOf(ids)).map((n) => [n.eventId, n]));
      await this.logViews(manager, trace, actor, referrals.filter((r) => [...notes.values()].some((n) => n.referralId === r.id)));
      const opened = events.map((event) => {
        const note = notes.get(event.id);
        return note ? { ...event, reason: this.vault.openNote(note) } : event;
      });
      return referrals.map((r) => opened.filter((e) => e.referralId === r.id));
    });
  }

  /** The consent; its representative (personal data) reaches the agency only with consent for contact details. */
  async consent(actor: Actor, trace: TraceContext, referral: ReferralEntity): Promise<ConsentView | null> {
    return (await this.consents(actor, trace, [referral]))[0]!;
  }

  /** As consent(), for many referrals in one transaction; every representative shown is logged. */
  consents(actor: Actor, trace: TraceContext, referrals: readonly ReferralEntity[]): Promise<(ConsentView | null)[]> {
    return this.db.run(scopeOf(actor), async (manager) => {
      const byReferral = await this.consentsOf(manager, referrals);
      const views = referrals.map((referral): ConsentView | null => {
        const consent = byReferral.get(referral.id);
        if (!consent) return null;
        const showRepresentative = visibleCategories(actor, consent).has(DataCategory.CONTACT_DETAILS);
        return {
          agencyCode: consent.agencyCode,
          categories: consent.categories,
          method: consent.method,
          recordedAt: consent.recordedAt,
          recordedBy: consent.recordedBy,
          withdrawnAt: consent.withdrawnAt,
          representative: showRepresentative ? this.vault.openRepresentative(consent) : null,
        };
      });
      await this.logViews(manager, trace, actor, referrals.filter((_, i) => views[i]?.representative));
      return views;
    });
  }

  /** The desk sees what it recorded; an agency only the consented categories. Each disclosure is logged. */
  citizen(actor: Actor, trace: TraceContext, referral: ReferralEntity): Promise<CitizenView | null> {
    return this.db.run(scopeOf(actor), async (manager) => {
      const categories = visibleCategories(actor, await new ConsentRepository(manager).of(referral.id));
      const contact = categories.has(DataCategory.CONTACT_DETAILS);
      const bsn = categories.has(DataCategory.BSN);
      if (!contact && !bsn) return null;
      const citizen = await new CitizenRepository(manager).ofVisit(referral.visitId);
      if (!citizen) return null;
      const open = this.vault.openCitizen(citizen);
      const view = {
        name: contact ? open.name : null,
        phone: contact ? open.phone : null,
        email: contact ? open.email : null,
        bsn: bsn ? open.bsn : null,
      };
      await this.logView(manager, trace, actor, referral);
      return view;
    });
  }

  /** The question text reaches the agency only with consent for it. */
  async summary(actor: Actor, trace: TraceContext, referral: ReferralEntity): Promise<string | null> {
    return (await this.summaries(actor, trace, [referral]))[0]!;
  }

  /** As summary(), for many referrals in one transaction with one processing-log insert. */
  summaries(actor: Actor, trace: TraceContext, referrals: readonly ReferralEntity[]): Promise<(string | null)[]> {
    return this.db.run(scopeOf(actor), async (manager) => {
      const consents = await this.consentsOf(manager, referrals);
      const summaries = referrals.map((referral) =>
        visibleCategories(actor, consents.get(referral.id) ?? null).has(DataCategory.QUESTION_TEXT) ? this.vault.openSummary(referral) : null,
      );
      await this.logViews(manager, trace, actor, referrals.filter((_, i) => summaries[i] !== null));
      return summaries;
    });
  }

  /** What the agency did for the citizen; every outcome shown is logged, in one insert per batch. */
  outcomes(actor: Actor, trace: TraceContext, referrals: readonly ReferralEntity[]): Promise<(string | null)[]> {
    return this.db.run(scopeOf(actor), async (manager) => {
      const outcomes = referrals.map((referral) => this.vault.openOutcome(referral));
      await this.logViews(manager, trace, actor, referrals.filter((_, i) => outcomes[i] !== null));
      return outcomes;
    });
  }

  private async visibleReferral(manager: EntityManager, actor: Actor, id: string): Promise<ReferralEntity> {
    const referral = await new ReferralRepository(manager).find(id);
    if (!referral || !canSeeReferral(actor, referral)) throw DomainException.notFound('Referral');
    return referral;
  }

  private consentsOf(manager: EntityManager, referrals: readonly ReferralEntity[]): Promise<Map<string, ConsentEntity>> {
    return new ConsentRepository(manager).ofReferrals(referrals.map((r) => r.id));
  }

  private logView(manager: EntityManager, trace: TraceContext, actor: Actor, referral: ReferralEntity): Promise<void> {
    return this.logViews(manager, trace, actor, [referral]);
  }

  private logViews(manager: EntityManager, trace: TraceContext, actor: Actor, referrals: readonly ReferralEntity[]): Promise<void> {
    return this.log.record(
      manager,
      trace,
      { id: actor.accountId, role: actor.role },
      referrals.map((referral) => ({ activity: ProcessingActivity.WARM_HANDOFF, operation: ProcessingOperation.VIEW, dataSubject: this.subjectOf(referral), referralId: referral.id })),
    );
  }

  /** Whom the processing records of a referral name. */
  subjectOf(referral: ReferralEntity): string {
    return referral.dataSubject ?? this.vault.dataSubject(referral.visitId, null);
  }
}
