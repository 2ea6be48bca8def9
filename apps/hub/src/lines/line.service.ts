import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  type AgencyCode,
  assertFailReason,
  assertRejectReasonAllowed,
  DomainException,
  type FailReasonCode,
  Party,
  ProcessingActivity,
  ProcessingOperation,
  ReferralAction,
  ReferralStatus,
  type RejectReasonCode,
  rejectionReason,
  type TraceContext,
  type Urgency,
} from '#domain';
import { ReferralEntity, ScopedDatabase, scopeOf } from '#persistence';
import { PersonalDataVault } from '#privacy';
import { decodeCursor, toConnection, type Connection } from '../graphql/connection.js';
import { ReferralsService } from '../referrals/referrals.service.js';

/** The timeline's reason for a completion; the outcome itself is personal data. */
const OUTCOME_RECORDED = 'Uitkomst vastgelegd';

export interface InboxFilter {
  readonly statuses: readonly ReferralStatus[] | null;
  readonly urgencies: readonly Urgency[] | null;
}

/**
 * The agency side of a professional line: its inbox and the moves its specialists make. Their notes,
 * reasons and outcomes reach the desk and the rest of the line, so they follow the citizen's consent
 * for this agency like the desk's text does.
 */
@Injectable()
export class LineService {
  constructor(
    @Inject(ScopedDatabase) private readonly db: ScopedDatabase,
    @Inject(ReferralsService) private readonly referrals: ReferralsService,
    @Inject(PersonalDataVault) private readonly vault: PersonalDataVault,
  ) {}

  /** The line's referrals, oldest first; drafts never reach a line. */
  async inbox(actor: Actor, agency: AgencyCode, filter: InboxFilter, first: number, after?: string | null): Promise<Connection<ReferralEntity>> {
    if (actor.agencyCode !== agency) throw DomainException.notFound('Line');
    const cursor = decodeCursor(after);
    const referrals = await this.db.run(scopeOf(actor), (manager) => {
      const query = manager
        .getRepository(ReferralEntity)
        .createQueryBuilder('r')
        .where('r.agency_code = :agency', { agency })
        .andWhere('r.status <> :draft', { draft: ReferralStatus.DRAFT })
        .orderBy('r.created_at', 'ASC')
        .addOrderBy('r.id', 'ASC')
        .take(first + 1);
      if (filter.statuses?.length) query.andWhere('r.status IN (:...statuses)', { statuses: filter.statuses });
      if (filter.urgencies?.length) query.andWhere('r.urgency IN (:...urgencies)', { urgencies: filter.urgencies });
      if (cursor) query.andWhere('(r.created_at, r.id) > (:at, :id)', cursor);
      return query.getMany();
    });
    return toConnection(referrals, first, (r) => ({ at: r.createdAt, id: r.id }));
  }

  /** Pickup confirmed: the accepting specialist becomes responsible (logged as ACCEPT). Of two at once, one wins. */
  async accept(actor: Actor, trace: TraceContext, id: string): Promise<ReferralEntity> {
    const logged = { trace, activity: ProcessingActivity.LINE_HANDLING, operation: ProcessingOperation.ACCEPT };
    return (await this.referrals.move(actor, id, ReferralAction.ACCEPT, { patch: { assignedTo: actor.accountId }, logged })).referral;
  }

  async reject(actor: Actor, id: string, code: RejectReasonCode, note: string | null | undefined): Promise<ReferralEntity> {
    // Only a code from the agency's own list; the desk re-routes from there.
    if (actor.agencyCode) assertRejectReasonAllowed(actor.agencyCode, code, ['input', 'reasonCode']);
    const reason = rejectionReason(code, note);
    const freeText = [{ path: ['input', 'note'], text: note }];
    return (await this.referrals.move(actor, id, ReferralAction.REJECT, { reason, patch: { rejectReasonCode: code }, freeText })).referral;
  }

  /** The agency gives up on work it picked up: a coded reason from its own list, the note sealed as with a rejection. */
  async fail(actor: Actor, id: string, code: FailReasonCode, note: string | null | undefined): Promise<ReferralEntity> {
    const reason = note?.trim() ? `${code}: ${note.trim()}` : code;
    const check = (current: ReferralEntity) => assertFailReason(code, Party.AGENCY, current.status, ['input', 'reasonCode']);
    const freeText = [{ path: ['input', 'note'], text: note }];
    return (await this.referrals.move(actor, id, ReferralAction.FAIL, { reason, patch: { failReasonCode: code }, freeText, check })).referral;
  }

  async start(actor: Actor, id: string): Promise<ReferralEntity> {
    return (await this.referrals.move(actor, id, ReferralAction.START)).referral;
  }

  async hold(actor: Actor, id: string, reason: string): Promise<ReferralEntity> {
    return (await this.referrals.move(actor, id, ReferralAction.HOLD, { reason, freeText: [{ path: ['reason'], text: reason }] })).referral;
  }

  async resume(actor: Actor, id: string): Promise<ReferralEntity> {
    return (await this.referrals.move(actor, id, ReferralAction.RESUME)).referral;
  }

  async complete(actor: Actor, id: string, outcome: string): Promise<ReferralEntity> {
    // The outcome is about the citizen: it is kept sealed, so the append-only timeline only notes it.
    const patch = { outcomeSealed: this.vault.sealOutcome(id, outcome.trim()) };
    return (await this.referrals.move(actor, id, ReferralAction.COMPLETE, { reason: OUTCOME_RECORDED, patch, freeText: [{ path: ['outcome'], text: outcome }] })).referral;
  }
}
