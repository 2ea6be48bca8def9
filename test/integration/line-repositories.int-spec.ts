import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { type Actor, AgencyCode, DurationUnit, Party, ReferralAction, ReferralStatus, Role, Urgency } from '#domain';
import {
  AccountEntity,
  AgencyEntity,
  LineInboxRepository,
  LineSlaRepository,
  moveReferral,
  type ReferralEntity,
  ScopedDatabase,
  scopeOf,
  SlaSettingEntity,
  AccountRepository,
  SYSTEM_SCOPE,
} from '#persistence';
import { LineWorkService } from '../../apps/hub/src/lines/line-work.service.js';
import type { Fixtures } from '../support/fixtures.js';
import { closeIntegrationDatabases, type IntegrationDatabases, openIntegrationDatabases } from '../support/integration-databases.js';

const STAFF = [Role.AGENCY_SPECIALIST, Role.AGENCY_COORDINATOR];

/** A line's repositories as the hub runs them (app role, row-level security, the line's scope); checks read as the owner. */
describe('line SLA, line inbox and staff repositories against the real database', () => {
  let databases: IntegrationDatabases;
  let db: DataSource;
  let scoped: ScopedDatabase;
  let fixtures: Fixtures;

  beforeAll(async () => {
    databases = await openIntegrationDatabases();
    db = databases.owner;
    scoped = new ScopedDatabase(databases.app);
    fixtures = databases.fixtures;
  });

  afterAll(async () => {
    await closeIntegrationDatabases(databases);
  });

  function inScope<T>(actor: Actor, work: (manager: EntityManager) => Promise<T>): Promise<{ result: T; now: Date }> {
    return scoped.run(scopeOf(actor), async (manager) => {
      const [{ now }] = (await manager.query('SELECT now()')) as [{ now: Date }];
      return { result: await work(manager), now };
    });
  }

  async function receivedReferral(agency: AgencyCode, urgency: Urgency): Promise<ReferralEntity> {
    const { referral: draft, desk } = await fixtures.draftReferral(agency, urgency);
    await fixtures.referrals.submit(desk, fixtures.trace, draft.id);
    return (await moveReferral(fixtures.scoped, SYSTEM_SCOPE, { referralId: draft.id, action: ReferralAction.RECEIVE, party: Party.LINE, actor: { id: null, role: 'LINE' }, isVisible: () => true })).referral;
  }

  it('sets SLA targets (insert, then replace) and returns the row as stored; lists them by urgency', async () => {
    const coordinator = await fixtures.actor('coordinator.svb');
    const before = await db.getRepository(SlaSettingEntity).findBy({ agencyCode: AgencyCode.SVB });
    try {
      await db.query(`DELETE FROM sla_setting WHERE agency_code = $1 AND urgency = $2`, [AgencyCode.SVB, Urgency.CALLBACK]);
      const targets = { receive: { amount: 3, unit: DurationUnit.HOURS }, accept: { amount: 2, unit: DurationUnit.DAYS } };
      const first = await inScope(coordinator, (m) => new LineSlaRepository(m).setTargets(AgencyCode.SVB, Urgency.CALLBACK, targets, coordinator.accountId));
      expect(first.result).toMatchObject({ agencyCode: AgencyCode.SVB, urgency: Urgency.CALLBACK, receiveAmount: 3, receiveUnit: DurationUnit.HOURS, acceptAmount: 2, acceptUnit: DurationUnit.DAYS, updatedBy: coordinator.accountId, updatedAt: first.now });
      const again = await inScope(coordinator, (m) =>
        new LineSlaRepository(m).setTargets(AgencyCode.SVB, Urgency.CALLBACK, { ...targets, receive: { amount: 4, unit: DurationUnit.HOURS } }, coordinator.accountId),
      );
      expect(again.result).toMatchObject({ receiveAmount: 4, updatedAt: again.now });
      expect(again.now.getTime()).toBeGreaterThan(first.now.getTime());
      expect({ ...again.result }).toEqual({ ...(await db.getRepository(SlaSettingEntity).findOneByOrFail({ agencyCode: AgencyCode.SVB, urgency: Urgency.CALLBACK })) });

      const listed = (await inScope(coordinator, (m) => new LineSlaRepository(m).settings(AgencyCode.SVB))).result;
      const orm = await db.getRepository(SlaSettingEntity).find({ where: { agencyCode: AgencyCode.SVB }, order: { urgency: 'ASC' } });
      expect(listed.map((s) => ({ ...s }))).toEqual(orm.map((s) => ({ ...s })));
      expect(listed.map((s) => s.urgency)).toContain(Urgency.CALLBACK);
    } finally {
      await db.query(`DELETE FROM sla_setting WHERE agency_code = $1`, [AgencyCode.SVB]);
      await db.getRepository(SlaSettingEntity).insert(before);
    }
  });

  it('reads a line calendar and sets line hours, returning the agency as stored', async () => {
    const coordinator = await fixtures.actor('coordinator.duo');
    const agency = await db.getRepository(AgencyEntity).findOneByOrFail({ code: AgencyCode.DUO });
    try {
      const calendar = (await inScope(coordinator, (m) => new LineSlaRepository(m).calendar(AgencyCode.DUO))).result;
      expect(calendar.hours).toEqual(agency.lineHours);
      const hours = { ...agency.lineHours, opens: '07:30' };
      const updated = (await inScope(coordinator, (m) => new LineSlaRepository(m).setLineHours(AgencyCode.DUO, hours))).result;
      expect({ ...updated }).toEqual({ ...(await db.getRepository(AgencyEntity).findOneByOrFail({ code: AgencyCode.DUO })) });
      expect(updated.lineHours).toEqual(hours);
      expect((await inScope(coordinator, (m) => new LineSlaRepository(m).calendar(AgencyCode.DUO))).result.hours).toEqual(hours);
      await expect(inScope(coordinator, (m) => new LineSlaRepository(m).calendar('NOPE' as AgencyCode))).rejects.toThrow('No agency NOPE');
    } finally {
      await db.getRepository(AgencyEntity).update({ code: AgencyCode.DUO }, { lineHours: agency.lineHours });
    }
  });

  it('hands out the most urgent received referral, skipping rows another caller holds, and nothing of another line', async () => {
    const coordinator = await fixtures.actor('coordinator.svb');
    const work = new LineWorkService(fixtures.scoped, fixtures.referrals);
    while (await work.takeNext(coordinator, fixtures.trace));
    const regular = await receivedReferral(AgencyCode.SVB, Urgency.REGULAR);
    const live = await receivedReferral(AgencyCode.SVB, Urgency.LIVE);
    await fixtures.draftReferral(AgencyCode.SVB, Urgency.LIVE);
    const next = (actor: Actor) => scoped.run(scopeOf(actor), (m) => new LineInboxRepository(m).lockNextReceived(actor.agencyCode!));
    await scoped.run(scopeOf(coordinator), async (manager) => {
      expect(await new LineInboxRepository(manager).lockNextReceived(AgencyCode.SVB)).toBe(live.id);
      // The first row stays locked until this transaction ends: the next caller gets the next one.
      await scoped.run(scopeOf(coordinator), async (other) => {
        expect(await new LineInboxRepository(other).lockNextReceived(AgencyCode.SVB)).toBe(regular.id);
        expect(await next(coordinator)).toBeNull();
      });
    });
    expect(await next(coordinator)).toBe(live.id);
    // Another line's scope has no rows of this line.
    expect(await scoped.run(scopeOf(await fixtures.actor('coordinator.uwv')), (m) => new LineInboxRepository(m).lockNextReceived(AgencyCode.SVB))).toBeNull();
  });

  it('lists what is overdue at a moment for one line, by accept deadline, keyset paged', async () => {
    const coordinator = await fixtures.actor('coordinator.cjib');
    const requested = (await fixtures.submittedReferral(AgencyCode.CJIB)).referral;
    const received = await receivedReferral(AgencyCode.CJIB, Urgency.REGULAR);
    const notYet = await receivedReferral(AgencyCode.CJIB, Urgency.REGULAR);
    const accepted = await receivedReferral(AgencyCode.CJIB, Urgency.REGULAR);
    await fixtures.referrals.move(await fixtures.actor('specialist.cjib'), accepted.id, ReferralAction.ACCEPT);
    const elsewhere = await receivedReferral(AgencyCode.UWV, Urgency.REGULAR);
    // Deadlines long past, so no other spec's referral is overdue at `now` below.
    const setDue = (id: string, receive: string, accept: string) => db.query(`UPDATE referral SET receive_due_at = $2, accept_due_at = $3 WHERE id = $1`, [id, receive, accept]);
    const made = [requested, received, notYet, accepted, elsewhere];
    try {
      await setDue(requested.id, '2000-01-01T09:00:00Z', '2000-01-05T09:00:00Z');
      await setDue(received.id, '2000-01-01T09:00:00Z', '2000-01-02T09:00:00Z');
      await setDue(notYet.id, '2000-01-01T09:00:00Z', '2000-03-01T09:00:00Z');
      await setDue(accepted.id, '2000-01-01T09:00:00Z', '2000-01-01T09:00:00Z');
      await setDue(elsewhere.id, '2000-01-01T09:00:00Z', '2000-01-01T09:00:00Z');
      const now = new Date('2000-02-01T00:00:00Z');
      const page = (after: ReferralEntity | null, limit: number) =>
        scoped.run(scopeOf(coordinator), (m) => new LineInboxRepository(m).overdue(AgencyCode.CJIB, now, after?.id ?? null, limit));
      const all = await page(null, 10);
      expect(all.map((r) => r.id)).toEqual([received.id, requested.id]);
      expect(all.map((r) => r.status)).toEqual([ReferralStatus.RECEIVED, ReferralStatus.REQUESTED]);
      const first = await page(null, 1);
      expect(first.map((r) => r.id)).toEqual([received.id]);
      expect((await page(first[0]!, 1)).map((r) => r.id)).toEqual([requested.id]);
      expect(await page(all[1]!, 1)).toEqual([]);
      // Deadlines within one millisecond: a cursor's time cannot tell them apart, the page still goes through each once.
      await setDue(received.id, '2000-01-01T09:00:00Z', '2000-01-02T09:00:00.000200Z');
      await setDue(requested.id, '2000-01-01T09:00:00Z', '2000-01-02T09:00:00.000100Z');
      const tied = await page(null, 1);
      expect(tied.map((r) => r.id)).toEqual([requested.id]);
      expect((await page(tied[0]!, 1)).map((r) => r.id)).toEqual([received.id]);
    } finally {
      // Other specs count what is overdue: the real deadlines go back.
      for (const r of made) await db.query(`UPDATE referral SET receive_due_at = $2, accept_due_at = $3 WHERE id = $1`, [r.id, r.receiveDueAt, r.acceptDueAt]);
    }
  });

  it('reads staff accounts as TypeORM maps them: by ids, the active staff of a line by name, one active member', async () => {
    const [specialist, specialist2, coordinator, desk] = await Promise.all(['specialist.uwv', 'specialist2.uwv', 'coordinator.uwv', 'desk.utrecht'].map((u) => fixtures.actor(u)));
    const inactive = randomUUID();
    await db.query(`INSERT INTO account (id, username, display_name, password_hash, role, agency_code, active) VALUES ($1, $2, 'AAA Inactief', NULL, $3, $4, false)`, [
      inactive,
      `inactive-${inactive}`,
      Role.AGENCY_SPECIALIST,
      AgencyCode.UWV,
    ]);
    try {
      const staff = new AccountRepository(databases.app.manager);
      const account = await db.getRepository(AccountEntity).findOneByOrFail({ id: specialist.accountId });
      expect({ ...(await staff.find(specialist.accountId))! }).toEqual({ ...account });
      expect(await staff.find(randomUUID())).toBeNull();
      expect((await staff.byIds([specialist.accountId, desk.accountId, randomUUID()])).map((a) => a.id).sort()).toEqual([specialist.accountId, desk.accountId].sort());

      const line = await staff.ofLine(AgencyCode.UWV, STAFF);
      expect(line.map((a) => a.id)).toEqual(expect.arrayContaining([specialist.accountId, specialist2.accountId, coordinator.accountId]));
      expect(line.map((a) => a.id)).not.toContain(inactive);
      // As the TypeORM query it replaces found them, in the database's collation.
      const orm = await db.getRepository(AccountEntity).find({ where: { agencyCode: AgencyCode.UWV, active: true, role: In(STAFF) }, order: { displayName: 'ASC' } });
      expect(line.map((a) => ({ ...a }))).toEqual(orm.map((a) => ({ ...a })));
      expect((await staff.ofLine(AgencyCode.UWV, [Role.AGENCY_COORDINATOR])).map((a) => a.role)).toEqual(expect.arrayContaining([Role.AGENCY_COORDINATOR]));

      expect((await staff.activeOf(specialist2.accountId, AgencyCode.UWV))?.id).toBe(specialist2.accountId);
      expect(await staff.activeOf(specialist2.accountId, AgencyCode.SVB)).toBeNull();
      expect(await staff.activeOf(inactive, AgencyCode.UWV)).toBeNull();
    } finally {
      await db.query(`DELETE FROM account WHERE id = $1`, [inactive]);
    }
  });
});
