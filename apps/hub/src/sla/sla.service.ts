import { Inject, Injectable } from '@nestjs/common';
import {
  type Actor,
  type AgencyCode,
  assertSlaTargets,
  type BusinessCalendar,
  DomainException,
  type LineHours,
  normaliseLineHours,
  type SlaTargets,
  type Urgency,
} from '#domain';
import { type Clock, CLOCK } from '#lines';
import { AgencyEntity, lineCalendar, overdueCondition, ReferralEntity, ScopedDatabase, scopeOf, SlaSettingEntity } from '#persistence';
import { decodeCursor, toConnection, type Connection } from '../graphql/connection.js';

/** A line's promises, set by its own coordinator, and the work that broke them. */
@Injectable()
export class SlaService {
  constructor(
    @Inject(ScopedDatabase) private readonly db: ScopedDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Another agency's line does not exist for this actor. */
  private ownLine(actor: Actor, agency: AgencyCode): void {
    if (actor.agencyCode !== agency) throw DomainException.notFound('Line');
  }

  async settings(actor: Actor, agency: AgencyCode): Promise<SlaSettingEntity[]> {
    this.ownLine(actor, agency);
    return this.db.run(scopeOf(actor), (manager) => manager.find(SlaSettingEntity, { where: { agencyCode: agency }, order: { urgency: 'ASC' } }));
  }

  /** New targets apply to referrals submitted from now on; planned deadlines stay as promised. */
  async setTargets(actor: Actor, agency: AgencyCode, urgency: Urgency, targets: SlaTargets): Promise<SlaSettingEntity> {
    this.ownLine(actor, agency);
    return this.db.run(scopeOf(actor), async (manager) => {
      assertSlaTargets(targets, await lineCalendar(manager, agency), ['input']);
      await manager.upsert(
        SlaSettingEntity,
        {
          agencyCode: agency,
          urgency,
          receiveAmount: targets.receive.amount,
          receiveUnit: targets.receive.unit,
          acceptAmount: targets.accept.amount,
          acceptUnit: targets.accept.unit,
          updatedBy: actor.accountId,
        },
        ['agencyCode', 'urgency'],
      );
      return manager.findOneByOrFail(SlaSettingEntity, { agencyCode: agency, urgency });
    });
  }

  async setLineHours(actor: Actor, agency: AgencyCode, hours: LineHours): Promise<AgencyEntity> {
    this.ownLine(actor, agency);
    const lineHours = normaliseLineHours(hours, ['input']);
    return this.db.run(scopeOf(actor), async (manager) => {
      await manager.update(AgencyEntity, { code: agency }, { lineHours });
      return manager.findOneByOrFail(AgencyEntity, { code: agency });
    });
  }

  /** The business calendars of some lines, and the hub's now, for deadline states. */
  async calendarsNow(actor: Actor, agencies: readonly AgencyCode[]): Promise<{ calendars: Map<AgencyCode, BusinessCalendar>; now: Date }> {
    const distinct = [...new Set(agencies)];
    const calendars = await this.db.run(scopeOf(actor), async (manager) => new Map(await Promise.all(distinct.map(async (a) => [a, await lineCalendar(manager, a)] as const))));
    return { calendars, now: this.clock() };
  }

  /** Referrals past a deadline they have not met, most overdue first. */
  async overdue(actor: Actor, agency: AgencyCode, first: number, after?: string | null): Promise<Connection<ReferralEntity>> {
    this.ownLine(actor, agency);
    const cursor = decodeCursor(after);
    const now = this.clock();
    return this.db.run(scopeOf(actor), async (manager) => {
      const query = manager
        .getRepository(ReferralEntity)
        .createQueryBuilder('r')
        .where('r.agency_code = :agency', { agency })
        // The same rule as every screen's deadlineState (libs/domain, deadlineStateOf).
        .andWhere(overdueCondition('r', ':now'), { now })
        .orderBy('r.accept_due_at', 'ASC')
        .addOrderBy('r.id', 'ASC')
        .take(first + 1);
      if (cursor) query.andWhere('(r.accept_due_at, r.id) > (:at, :id)', cursor);
      return toConnection(await query.getMany(), first, (r) => ({ at: r.acceptDueAt!, id: r.id }));
    });
  }
}
