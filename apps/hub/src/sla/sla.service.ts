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
import { type AgencyEntity, LineInboxRepository, LineSlaRepository, type ReferralEntity, ScopedDatabase, scopeOf, type SlaSettingEntity } from '#persistence';
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
    return this.db.run(scopeOf(actor), (manager) => new LineSlaRepository(manager).settings(agency));
  }

  /** New targets apply to referrals submitted from now on; planned deadlines stay as promised. */
  async setTargets(actor: Actor, agency: AgencyCode, urgency: Urgency, targets: SlaTargets): Promise<SlaSettingEntity> {
    this.ownLine(actor, agency);
    return this.db.run(scopeOf(actor), async (manager) => {
      const line = new LineSlaRepository(manager);
      assertSlaTargets(targets, await line.calendar(agency), ['input']);
      return line.setTargets(agency, urgency, targets, actor.accountId);
    });
  }

  async setLineHours(actor: Actor, agency: AgencyCode, hours: LineHours): Promise<AgencyEntity> {
    this.ownLine(actor, agency);
    const lineHours = normaliseLineHours(hours, ['input']);
    return this.db.run(scopeOf(actor), (manager) => new LineSlaRepository(manager).setLineHours(agency, lineHours));
  }

  /** The business calendars of some lines, and the hub's now, for deadline states. */
  async calendarsNow(actor: Actor, agencies: readonly AgencyCode[]): Promise<{ calendars: Map<AgencyCode, BusinessCalendar>; now: Date }> {
    const distinct = [...new Set(agencies)];
    const calendars = await this.db.run(scopeOf(actor), async (manager) => {
      const line = new LineSlaRepository(manager);
      return new Map(await Promise.all(distinct.map(async (a) => [a, await line.calendar(a)] as const)));
    });
    return { calendars, now: this.clock() };
  }

  /** Referrals past a deadline they have not met, most overdue first. */
  async overdue(actor: Actor, agency: AgencyCode, first: number, after?: string | null): Promise<Connection<ReferralEntity>> {
    this.ownLine(actor, agency);
    const cursor = decodeCursor(after);
    const now = this.clock();
    // The same rule as every screen's deadlineState (libs/domain, deadlineStateOf).
    const rows = await this.db.run(scopeOf(actor), (manager) => new LineInboxRepository(manager).overdue(agency, now, cursor?.id ?? null, first + 1));
    return toConnection(rows, first, (r) => ({ at: r.acceptDueAt!, id: r.id }));
  }
}
