import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor, type AgencyCode, assertRejectReasonAllowed, DomainException, ReferralAction, ReferralStatus, type RejectReasonCode, type Urgency } from '#domain';
import { ReferralEntity } from '#persistence';
import { decodeCursor, toConnection, type Connection } from '../graphql/connection.js';
import { ReferralsService } from '../referrals/referrals.service.js';

export interface InboxFilter {
  readonly statuses: readonly ReferralStatus[] | null;
  readonly urgencies: readonly Urgency[] | null;
}

/** The agency side of a professional line: its inbox and the moves its specialists make. */
@Injectable()
export class LineService {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(ReferralsService) private readonly referrals: ReferralsService,
  ) {}

  /** The line's referrals, oldest first; drafts never reach a line. */
  async inbox(actor: Actor, agency: AgencyCode, filter: InboxFilter, first: number, after?: string | null): Promise<Connection<ReferralEntity>> {
    if (actor.agencyCode !== agency) throw DomainException.notFound('Line');
    const cursor = decodeCursor(after);
    const query = this.db
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
    return toConnection(await query.getMany(), first, (r) => ({ at: r.createdAt, id: r.id }));
  }

  /** Pickup confirmed: the accepting specialist becomes responsible. Of two at once, one wins. */
  async accept(actor: Actor, id: string): Promise<ReferralEntity> {
    return (await this.referrals.move(actor, id, ReferralAction.ACCEPT, null, { assignedTo: actor.accountId })).referral;
  }

  /** Only with a code from the agency's own list; the desk re-routes from there. */
  async reject(actor: Actor, id: string, code: RejectReasonCode, note: string | null | undefined): Promise<ReferralEntity> {
    if (actor.agencyCode) assertRejectReasonAllowed(actor.agencyCode, code, ['input', 'reasonCode']);
    const reason = note?.trim() ? `${code}: ${note.trim()}` : code;
    return (await this.referrals.move(actor, id, ReferralAction.REJECT, reason, { rejectReasonCode: code })).referral;
  }

  async start(actor: Actor, id: string): Promise<ReferralEntity> {
    return (await this.referrals.move(actor, id, ReferralAction.START)).referral;
  }

  async hold(actor: Actor, id: string, reason: string): Promise<ReferralEntity> {
    return (await this.referrals.move(actor, id, ReferralAction.HOLD, reason)).referral;
  }

  async resume(actor: Actor, id: string): Promise<ReferralEntity> {
    return (await this.referrals.move(actor, id, ReferralAction.RESUME)).referral;
  }

  async complete(actor: Actor, id: string, outcome: string): Promise<ReferralEntity> {
    return (await this.referrals.move(actor, id, ReferralAction.COMPLETE, outcome, { outcome: outcome.trim() })).referral;
  }
}
