import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { DataSource, EntityManager } from 'typeorm';
import {
  type Actor,
  AGENCY_FAIL_REASONS,
  AGENCY_REJECT_REASONS,
  AgencyCode,
  Channel,
  ConsentMethod,
  DataCategory,
  DomainException,
  MONITOR_TIME_ZONE,
  MonitorDimension,
  type MonitorPeriod,
  monitorPeriodParts,
  Party,
  ReferralAction,
  Urgency,
} from '#domain';
import { loadConfig } from '#config';
import { createDataSource, moveReferral, MonitorFiguresRepository, MonitorRollups, SYSTEM_SCOPE, TopicEntity } from '#persistence';
import { Retention } from '#privacy';
import { Fixtures } from '../support/fixtures.js';
import { moveBackInTime, submittedAt } from '../support/monitor-backdate.js';
import {
  cellsFromRawTables,
  cellsFromRollups,
  coarseGroupingMismatches,
  liveFromRawTables,
  monthMismatches,
  outcomesOfPeriod,
  sumPeriod,
  sumsAsCells,
} from '../support/monitor-oracle.js';
import { LineService } from '../../apps/hub/src/lines/line.service.js';
import { ReferralRoutingService } from '../../apps/hub/src/referrals/referral-routing.service.js';

const AGENCIES = [AgencyCode.UWV, AgencyCode.DUO, AgencyCode.SVB, AgencyCode.CJIB];
/** Not ONLINE: the monitor's e2e spec keeps a small cell of online referrals in the shared test database. */
const HISTORY_CHANNELS = [Channel.WALK_IN, Channel.PHONE];
const DAY = 86_400_000;

type Step =
  | { op: 'new'; agency: number; urgency: Urgency; desk: number; channel: Channel }
  | { op: 'sibling' | 'receive' | 'accept' | 'reject' | 'fail' | 'complete' | 'cancel' | 'reroute' | 'callback' | 'erase'; target: number; agency: number }
  | { op: 'backdate'; target: number; days: number; hours: number }
  | { op: 'drain'; limit: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('new' as const), agency: fc.nat(3), urgency: fc.constantFrom(...Object.values(Urgency)), desk: fc.nat(1), channel: fc.constantFrom(...HISTORY_CHANNELS) }) },
  {
    weight: 10,
    arbitrary: fc.record({
      op: fc.constantFrom('sibling' as const, 'receive' as const, 'accept' as const, 'reject' as const, 'fail' as const, 'complete' as const, 'cancel' as const, 'reroute' as const, 'callback' as const, 'erase' as const),
      target: fc.nat(),
      agency: fc.nat(3),
    }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('drain' as const), limit: fc.integer({ min: 1, max: 5 }) }) },
  // Histories over months: a visit's referrals move back up to four months, so cells change in several months.
  { weight: 3, arbitrary: fc.record({ op: fc.constant('backdate' as const), target: fc.nat(), days: fc.nat(120), hours: fc.nat(23) }) },
);

/** Steps in a group run at once, beside a drain: moves and drains interleave as they do live. */
const history = fc.array(fc.array(step, { minLength: 1, maxLength: 3 }), { minLength: 3, maxLength: 12 });

const TODAY = DateTime.now().setZone(MONITOR_TIME_ZONE).startOf('day');
/** Periods over the last five months that mostly start and end mid-month (the 1st is one day in 31). */
const period: fc.Arbitrary<MonitorPeriod> = fc.record({ back: fc.nat(150), length: fc.nat(150) }).map(({ back, length }) => {
  const from = TODAY.minus({ days: back });
  return { from: from.toISODate()!, to: DateTime.min(from.plus({ days: length }), TODAY).toISODate()! };
});

describe('monitor rollups', () => {
  let owner: DataSource;
  let app: DataSource;
  let fixtures: Fixtures;
  let rollups: MonitorRollups;
  let line: LineService;
  let routing: ReferralRoutingService;
  let desks: Actor[];
  const specialists = new Map<AgencyCode, Actor>();
  const referrals: { id: string; visitId: string; agency: AgencyCode; desk: Actor }[] = [];

  beforeAll(async () => {
    owner = await createDataSource({ url: process.env.DATABASE_URL!, poolSize: 2 }).initialize();
    app = await createDataSource({ url: loadConfig().appDatabaseUrl, poolSize: 8 }).initialize();
    fixtures = new Fixtures(app);
    rollups = new MonitorRollups(fixtures.scoped);
    line = new LineService(fixtures.scoped, fixtures.referrals, fixtures.kit.vault);
    routing = new ReferralRoutingService(fixtures.scoped, fixtures.referrals, () => new Date());
    desks = [await fixtures.actor('desk.utrecht'), await fixtures.actor('desk.amersfoort')];
    for (const agency of AGENCIES) specialists.set(agency, await fixtures.actor(`specialist.${agency.toLowerCase()}`));
    // Other test files move referrals behind the timeline's back; start from the raw tables.
    await rollups.rebuild();
  }, 120_000);

  afterAll(async () => {
    await app?.destroy();
    await owner?.destroy();
  });

  const topicOf = async (agency: AgencyCode) => (await app.getRepository(TopicEntity).findOneByOrFail({ agencyCode: agency })).id;
  const consent = { categories: [DataCategory.CONTACT_DETAILS], method: ConsentMethod.VERBAL };

  async function run(s: Step): Promise<void> {
    if (s.op === 'drain') {
      await rollups.drain(s.limit);
      return;
    }
    if (s.op === 'new') {
      const agency = AGENCIES[s.agency]!;
      const made = await fixtures.draftReferral(agency, s.urgency, s.desk === 0 ? 'desk.utrecht' : 'desk.amersfoort', undefined, s.channel);
      referrals.push({ id: made.referral.id, visitId: made.visit.id, agency, desk: made.desk });
      await fixtures.referrals.submit(made.desk, fixtures.trace, made.referral.id);
      return;
    }
    const target = referrals[s.target % Math.max(1, referrals.length)];
    if (!target) return;
    if (s.op === 'backdate') {
      const visit = referrals.filter((r) => r.visitId === target.visitId).map((r) => r.id);
      await moveBackInTime(fixtures.scoped, visit, `${s.days} days ${s.hours} hours`);
      return;
    }
    const specialist = specialists.get(target.agency)!;
    const other = AGENCIES[s.agency] === target.agency ? AGENCIES[(s.agency + 1) % AGENCIES.length]! : AGENCIES[s.agency]!;
    switch (s.op) {
      case 'sibling': {
        const added = await fixtures.referrals.add(target.desk, fixtures.trace, {
          visitId: target.visitId, agencyCode: other, topicId: await topicOf(other), urgency: Urgency.REGULAR, summary: 'Synthetische vraag', consent,
        });
        referrals.push({ id: added.id, visitId: target.visitId, agency: other, desk: target.desk });
        await fixtures.referrals.submit(target.desk, fixtures.trace, added.id);
        return;
      }
      case 'receive':
        await moveReferral(fixtures.scoped, SYSTEM_SCOPE, {
          referralId: target.id, action: ReferralAction.RECEIVE, party: Party.LINE, actor: { id: null, role: 'LINE' }, isVisible: () => true,
        });
        return;
      case 'accept':
        await line.accept(specialist, fixtures.trace, target.id);
        return;
      case 'reject':
        await line.reject(specialist, target.id, AGENCY_REJECT_REASONS[target.agency][s.agency % AGENCY_REJECT_REASONS[target.agency].length]!, null);
        return;
      case 'fail':
        await line.fail(specialist, target.id, AGENCY_FAIL_REASONS[s.agency % AGENCY_FAIL_REASONS.length]!, null);
        return;
      case 'complete':
        await line.complete(specialist, target.id, 'Synthetische uitkomst');
        return;
      case 'cancel':
        await fixtures.referrals.cancel(target.desk, target.id, 'Synthetische reden');
        return;
      case 'reroute': {
        const rerouted = await routing.reroute(target.desk, fixtures.trace, { id: target.id, agencyCode: other, topicId: await topicOf(other), summary: 'Synthetische vraag', consent });
        referrals.push({ id: rerouted.id, visitId: target.visitId, agency: other, desk: target.desk });
        return;
      }
      case 'callback':
        await routing.convertToCallback(target.desk, target.id);
        return;
      case 'erase': {
        // Retention: the visit closed long ago, its personal data goes; statuses and times stay.
        await fixtures.scoped.run(SYSTEM_SCOPE, (m) => m.query(`UPDATE visit SET status = 'CLOSED', closed_at = $2 WHERE id = $1 AND status = 'OPEN'`, [target.visitId, new Date(Date.now() - 400 * DAY)]));
        await new Retention(fixtures.scoped, fixtures.kit.visitErasure, fixtures.kit.eraser, 90).eraseExpired(new Date());
        return;
      }
    }
  }

  /** A move the lifecycle refuses (wrong status, closed visit) is part of a random history, not a failure. */
  async function attempt(s: Step): Promise<void> {
    try {
      await run(s);
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
    }
  }

  const read = new MonitorFiguresRepository();
  const monitor = <T>(work: (m: EntityManager) => Promise<T>) => fixtures.scoped.run({ kind: 'monitor' }, work);

  /** The figures of a period as the monitor reads them (edge days and whole months), against the raw tables. */
  async function expectPeriodFromRawTables(asked: MonitorPeriod, raw: Awaited<ReturnType<typeof cellsFromRawTables>>): Promise<void> {
    expect(sumsAsCells(await monitor((m) => read.sums(m, asked, {}, 'NONE')))).toEqual(sumPeriod(raw.cells, asked, () => ''));
    expect(sumsAsCells(await monitor((m) => read.sums(m, asked, {}, MonitorDimension.AGENCY)))).toEqual(sumPeriod(raw.cells, asked, (p) => p[2]!));
    const outcomes = await monitor((m) => read.outcomes(m, asked, {}));
    expect(new Map(outcomes.map((o) => [`${o.kind}|${o.code}|${o.agencyCode}`, o.n]))).toEqual(outcomesOfPeriod(raw.outcomes, asked));
  }

  it('keep every cell equal to the same figures computed from the raw tables, whatever the history', async () => {
    await fc.assert(
      fc.asyncProperty(history, fc.array(period, { minLength: 1, maxLength: 3 }), async (groups, periods) => {
        for (const group of groups) await Promise.all([...group.map(attempt), rollups.drain(2)]);
        await rollups.drainAll();
        const expected = await cellsFromRawTables(fixtures.scoped);
        const actual = await cellsFromRollups(fixtures.scoped);
        expect(actual.cells).toEqual(expected.cells);
        expect(actual.outcomes).toEqual(expected.outcomes);
        expect(await coarseGroupingMismatches(fixtures.scoped)).toBe(0);
        expect(await monthMismatches(fixtures.scoped)).toBe(0);
        for (const asked of periods) await expectPeriodFromRawTables(asked, expected);
        // Live figures read the referral table's open index, not the rollups: all channels and each one.
        const now = new Date();
        expect(await monitor((m) => read.live(m, {}, now))).toEqual(await liveFromRawTables(fixtures.scoped, now, null));
        for (const channel of Object.values(Channel)) {
          expect(await monitor((m) => read.live(m, { channels: [channel] }, now))).toEqual(await liveFromRawTables(fixtures.scoped, now, channel));
        }
      }),
      { numRuns: 12 },
    );
    // The history did reach the figures: re-routes, rejections and cancellations were counted, in more than one month.
    const { cells, outcomes } = await cellsFromRollups(fixtures.scoped);
    expect([...outcomes.keys()].some((k) => k.includes('|REROUTED|') || k.includes('|REJECTED|') || k.includes('|CANCELLED|'))).toBe(true);
    expect(new Set([...cells.keys()].map((k) => k.slice(0, 7))).size).toBeGreaterThan(1);
  }, 600_000);

  it('read a period of three whole months and its edge days as the raw tables count it', async () => {
    // IND is not in the random histories: its referrals here are all there is in these months.
    const a = TODAY.startOf('month').minus({ months: 5 });
    const asked = { from: a.plus({ days: 14 }).toISODate()!, to: a.plus({ months: 4, days: 9 }).toISODate()! };
    expect(monitorPeriodParts(asked).months).toEqual({ from: a.plus({ months: 1 }).toISODate(), to: a.plus({ months: 3 }).toISODate() });
    const lastDay = (d: DateTime) => d.endOf('month').startOf('day');
    const inside = [a.plus({ days: 14 }), lastDay(a), a.plus({ months: 1 }), a.plus({ months: 2, days: 14 }), lastDay(a.plus({ months: 3 })), a.plus({ months: 4 }), a.plus({ months: 4, days: 9 })];
    const outside = [a.plus({ days: 13 }), a.plus({ months: 4, days: 10 })];
    for (const [i, day] of [...inside, ...outside].entries()) {
      const made = await fixtures.submittedReferral(AgencyCode.IND, i % 2 === 0 ? 'desk.utrecht' : 'desk.amersfoort');
      if (i === 1) await fixtures.referrals.cancel(made.desk, made.referral.id, 'Synthetische reden');
      // Half past midnight, Dutch time: in UTC still the day (and on the 1st the month) before.
      await submittedAt(fixtures.scoped, made.referral.id, day.set({ hour: 0, minute: 30 }).toJSDate());
    }
    await rollups.drainAll();
    const filter = { agencyCodes: [AgencyCode.IND] };
    const raw = await cellsFromRawTables(fixtures.scoped);
    const overview = await monitor((m) => read.sums(m, asked, filter, 'NONE'));
    expect(overview.map((row) => [row.counts.submitted, row.counts.cancelled])).toEqual([[inside.length, 1]]);
    expect(sumsAsCells(overview)).toEqual(sumPeriod(raw.cells, asked, (p) => (p[2] === AgencyCode.IND ? '' : null)));
    const perServicePoint = await monitor((m) => read.sums(m, asked, filter, MonitorDimension.SERVICE_POINT));
    expect(perServicePoint).toHaveLength(2);
    expect(sumsAsCells(perServicePoint)).toEqual(sumPeriod(raw.cells, asked, (p) => (p[2] === AgencyCode.IND ? p[1]! : null)));
    const outcomes = await monitor((m) => read.outcomes(m, asked, filter));
    expect(outcomes).toEqual([{ kind: 'CANCELLED', code: '', agencyCode: AgencyCode.IND, n: 1 }]);
    expect(await monthMismatches(fixtures.scoped)).toBe(0);
  }, 120_000);

  it('rebuild from the raw tables gives the same cells as the drained rollups, while moves go on', async () => {
    const before = await cellsFromRollups(fixtures.scoped);
    const made = await fixtures.submittedReferral(AgencyCode.DUO);
    await Promise.all([rollups.rebuild(), line.accept(specialists.get(AgencyCode.DUO)!, fixtures.trace, made.referral.id).catch(() => undefined)]);
    await rollups.drainAll();
    const after = await cellsFromRollups(fixtures.scoped);
    expect(after).toEqual(await cellsFromRawTables(fixtures.scoped));
    expect(await coarseGroupingMismatches(fixtures.scoped)).toBe(0);
    expect(await monthMismatches(fixtures.scoped)).toBe(0);
    expect(after.cells.size).toBeGreaterThanOrEqual(before.cells.size);
  }, 120_000);
});
