import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  type Actor,
  canSeeReferral,
  canSeeVisit,
  DataCategory,
  DomainErrorCode,
  DomainException,
  Party,
  partyOf,
  ReferralAction,
  ReferralStatus,
  TimelineEventType,
  VisitStatus,
} from '#domain';
import {
  appendTimelineEvent,
  CitizenEntity,
  ConsentEntity,
  moveReferral,
  moveReferralIn,
  type MoveCommand,
  type MovePatch,
  planDeadlines,
  ReferralEntity,
  ReferralEventEntity,
  TopicEntity,
  VisitEntity,
} from '#persistence';
import type { AddReferralInput } from './referral.inputs.js';

/** A citizen's contact data as one viewer may see it. */
export interface CitizenView {
  name: string | null;
  phone: string | null;
  email: string | null;
  bsn: string | null;
}

@Injectable()
export class ReferralsService {
  constructor(@Inject(DataSource) private readonly db: DataSource) {}

  /** Adds a DRAFT referral with the citizen's consent for that agency. */
  async add(actor: Actor, input: AddReferralInput): Promise<ReferralEntity> {
    return this.db.transaction((manager) => this.addIn(manager, actor, input));
  }

  /** Adds a DRAFT referral inside the caller's transaction; a re-route links it to the rejected one. */
  async addIn(manager: EntityManager, actor: Actor, input: AddReferralInput, reroutedFrom?: ReferralEntity): Promise<ReferralEntity> {
    // Shared lock: closing the visit (which locks it for update) waits, and so does this.
    const visit = await manager.findOne(VisitEntity, { where: { id: input.visitId }, lock: { mode: 'pessimistic_read' } });
    if (!visit || !canSeeVisit(actor, visit)) throw DomainException.notFound('Visit');
    if (visit.status !== VisitStatus.OPEN) {
      throw new DomainException(DomainErrorCode.ILLEGAL_TRANSITION, 'The visit is closed', { currentStatus: visit.status });
    }
    const topic = await manager.findOneBy(TopicEntity, { id: input.topicId, agencyCode: input.agencyCode });
    if (!topic) throw DomainException.invalidInput([{ path: ['input', 'topicId'], message: 'is not a topic of this agency' }]);
    const summary = input.summary.trim();
    if (summary.length === 0) throw DomainException.invalidInput([{ path: ['input', 'summary'], message: 'must not be empty' }]);

    const [{ id }] = (await manager.query(
      `INSERT INTO referral (reference, visit_id, service_point_id, agency_code, topic_id, urgency, status, summary, created_by, rerouted_from_id)
       VALUES ('LL-' || lpad(nextval('referral_reference_seq')::text, 6, '0'), $1, $2, $3, $4, $5, $6, $7, $8, $9)
       RETURNING id`,
      [visit.id, visit.servicePointId, input.agencyCode, topic.id, input.urgency, ReferralStatus.DRAFT, summary, actor.accountId, reroutedFrom?.id ?? null],
    )) as [{ id: string }];
    const referral = await manager.findOneByOrFail(ReferralEntity, { id });
    await manager.insert(ConsentEntity, {
      referralId: id,
      agencyCode: input.agencyCode,
      categories: input.consent.categories,
      method: input.consent.method,
      recordedBy: actor.accountId,
    });
    await appendTimelineEvent(manager, {
      referral,
      type: TimelineEventType.CREATED,
      fromStatus: null,
      actor: { id: actor.accountId, role: actor.role },
      reason: reroutedFrom ? `re-routed from ${reroutedFrom.reference}` : null,
    });
    return referral;
  }

  /** Puts the referral on the line and sets its SLA deadlines and timers, in one transaction. */
  async submit(actor: Actor, id: string): Promise<ReferralEntity> {
    return this.db.transaction((manager) => this.submitIn(manager, actor, id));
  }

  async submitIn(manager: EntityManager, actor: Actor, id: string): Promise<ReferralEntity> {
    const { referral } = await moveReferralIn(manager, this.command(actor, id, ReferralAction.SUBMIT));
    await planDeadlines(manager, referral, referral.submittedAt!);
    return manager.findOneByOrFail(ReferralEntity, { id });
  }

  async cancel(actor: Actor, id: string, reason: string): Promise<ReferralEntity> {
    return (await this.move(actor, id, ReferralAction.CANCEL, reason)).referral;
  }

  move(actor: Actor, id: string, action: ReferralAction, reason?: string | null, patch?: MovePatch) {
    return moveReferral(this.db, this.command(actor, id, action, reason, patch));
  }

  /** A move on the actor's behalf, limited to what the actor may see. */
  command(actor: Actor, id: string, action: ReferralAction, reason?: string | null, patch?: MovePatch): MoveCommand {
    const party = partyOf(actor);
    if (party === null) throw DomainException.notFound('Referral');
    return { referralId: id, action, party, actor: { id: actor.accountId, role: actor.role }, reason, patch, isVisible: (r) => canSeeReferral(actor, r) };
  }

  async get(actor: Actor, id: string): Promise<ReferralEntity> {
    const referral = await this.db.getRepository(ReferralEntity).findOneBy({ id });
    if (!referral || !canSeeReferral(actor, referral)) throw DomainException.notFound('Referral');
    return referral;
  }

  timeline(referralId: string): Promise<ReferralEventEntity[]> {
    return this.db.getRepository(ReferralEventEntity).find({ where: { referralId }, order: { id: 'ASC' } });
  }

  consent(referralId: string): Promise<ConsentEntity | null> {
    return this.db.getRepository(ConsentEntity).findOneBy({ referralId });
  }

  /** The desk sees what it recorded; an agency sees only the categories the citizen consented to. */
  async citizen(actor: Actor, referral: ReferralEntity): Promise<CitizenView | null> {
    const citizen = await this.db.getRepository(CitizenEntity).findOneBy({ visitId: referral.visitId });
    if (!citizen) return null;
    if (partyOf(actor) === Party.DESK) return { name: citizen.name, phone: citizen.phone, email: citizen.email, bsn: citizen.bsn };
    const categories = new Set((await this.consent(referral.id))?.categories ?? []);
    const contact = categories.has(DataCategory.CONTACT_DETAILS);
    return {
      name: contact ? citizen.name : null,
      phone: contact ? citizen.phone : null,
      email: contact ? citizen.email : null,
      bsn: categories.has(DataCategory.BSN) ? citizen.bsn : null,
    };
  }

  /** The question text reaches the agency only with consent for it. */
  async summary(actor: Actor, referral: ReferralEntity): Promise<string | null> {
    if (partyOf(actor) === Party.DESK) return referral.summary;
    const consent = await this.consent(referral.id);
    return consent?.categories.includes(DataCategory.QUESTION_TEXT) ? referral.summary : null;
  }
}
