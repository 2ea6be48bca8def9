import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import {
  type AgencyCode,
  BusinessCalendar,
  BusinessClock,
  type LineHours,
  monitorContribution,
  type MonitorContribution,
  MONITOR_TIME_ZONE,
  type MonitorReferral,
} from '#domain';
import { SYSTEM_SCOPE } from '../scope/db-scope.js';
import type { ScopedDatabase } from '../scope/scoped-database.js';
import { cellOf, MonitorRollupRepository } from './monitor-rollup-repository.js';

const DAY_MS = 86_400_000;

/**
 * Keeps the monitor's rollups equal to the raw tables (decision 0008): `drain` folds in the referrals the
 * timeline marked since, `rebuildDay` recomputes one day from the raw tables (a new figure, a restore).
 * Both take the rollup lock in their own short transaction, so a rebuild runs safely beside a live hub.
 */
export class MonitorRollups {
  private readonly repository = new MonitorRollupRepository();

  constructor(private readonly db: ScopedDatabase) {}

  /** Folds in up to `limit` marked referrals; 0 when nothing was marked or another worker is draining. */
  drain(limit = 500): Promise<number> {
    return this.db.run(SYSTEM_SCOPE, async (manager) => {
      if (!(await this.repository.tryLock(manager))) return 0;
      const marked = await this.repository.claimPending(manager, limit);
      if (marked.length === 0) return 0;
      const referrals = await this.repository.withVisitSiblings(manager, marked);
      const ids = [...new Set([...marked, ...referrals.map((r) => r.id)])];
      const before = await this.repository.cellsOf(manager, ids);
      const contributions = await this.contributions(manager, referrals);
      await this.repository.replaceContributions(manager, ids, contributions);
      await this.repository.recomputeCells(manager, [...before, ...contributions.map(cellOf)]);
      return marked.length;
    });
  }

  /** Drains until nothing is marked (tests, the rebuild's end, the bench). */
  async drainAll(): Promise<void> {
    while ((await this.drain()) > 0);
  }

  /** Recomputes one day (YYYY-MM-DD, Dutch time) from the raw tables in one transaction. */
  rebuildDay(day: string): Promise<number> {
    return this.db.run(SYSTEM_SCOPE, async (manager) => {
      await this.repository.lock(manager);
      const start = DateTime.fromISO(day, { zone: MONITOR_TIME_ZONE });
      const referrals = await this.repository.submittedBetween(manager, start.toJSDate(), start.plus({ days: 1 }).toJSDate());
      const contributions = await this.contributions(manager, referrals);
      await this.repository.replaceDay(manager, day, contributions);
      return contributions.length;
    });
  }

  /** Every day that has a submitted referral, oldest first. */
  async days(): Promise<string[]> {
    const span = await this.db.run(SYSTEM_SCOPE, (manager) => this.repository.submittedDays(manager));
    if (!span) return [];
    const days: string[] = [];
    const last = DateTime.fromJSDate(span.last, { zone: MONITOR_TIME_ZONE }).startOf('day');
    for (let day = DateTime.fromJSDate(span.first, { zone: MONITOR_TIME_ZONE }).startOf('day'); day <= last; day = day.plus({ days: 1 })) {
      days.push(day.toISODate()!);
    }
    return days;
  }

  /** Rebuilds every day, one transaction each, then folds in what was marked meanwhile. */
  async rebuild(onDay?: (day: string, referrals: number) => void): Promise<void> {
    for (const day of await this.days()) onDay?.(day, await this.rebuildDay(day));
    await this.drainAll();
  }

  /** Recomputes every cell from the stored contributions, in one transaction (after a bulk load). */
  refillFromContributions(): Promise<void> {
    return this.db.run(SYSTEM_SCOPE, async (manager) => {
      await this.repository.lock(manager);
      await this.repository.refillAll(manager);
    });
  }

  private async contributions(manager: EntityManager, referrals: readonly MonitorReferral[]): Promise<MonitorContribution[]> {
    const clocks = await this.clocks(manager, referrals);
    const businessMs = (agency: AgencyCode, from: Date, to: Date) => clocks.get(agency)!.businessMsBetween(from, to);
    return referrals.map((r) => monitorContribution(r, businessMs)).filter((c): c is MonitorContribution => c !== null);
  }

  /** One business clock per line over the span these referrals were submitted and picked up in. */
  private async clocks(manager: EntityManager, referrals: readonly MonitorReferral[]): Promise<Map<AgencyCode, BusinessClock>> {
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    for (const r of referrals) {
      if (r.submittedAt) first = Math.min(first, r.submittedAt.getTime());
      if (r.acceptedAt) last = Math.max(last, r.acceptedAt.getTime());
      if (r.receivedAt) last = Math.max(last, r.receivedAt.getTime());
    }
    if (first > last) return new Map();
    const from = new Date(first - DAY_MS);
    const to = new Date(last + DAY_MS);
    const rows = (await manager.query(`SELECT code, line_hours AS "lineHours" FROM agency`)) as { code: AgencyCode; lineHours: LineHours }[];
    return new Map(rows.map((row) => [row.code, new BusinessClock(new BusinessCalendar(row.lineHours), from, to)]));
  }
}
