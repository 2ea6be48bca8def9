import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { type Actor, AgencyCode, AppointmentKind, Channel, ConsentMethod, ContactChannel, ReferralStatus, Role, VisitCloseReason, VisitStatus } from '#domain';
import {
  AppointmentRepository,
  CitizenEntity,
  CitizenRepository,
  CitizenSummaryRepository,
  ClosedVisitRepository,
  ScopedDatabase,
  scopeOf,
  SYSTEM_SCOPE,
  TopicEntity,
  VisitEntity,
  VisitRepository,
} from '#persistence';
import type { Fixtures } from '../support/fixtures.js';
import { closeIntegrationDatabases, type IntegrationDatabases, openIntegrationDatabases } from '../support/integration-databases.js';

/** The visit repositories as the hub runs them (app role, row-level security, the desk's scope); checks read as the owner. */
describe('visit, citizen and citizen-summary repositories against the real database', () => {
  let databases: IntegrationDatabases;
  let db: DataSource;
  let scoped: ScopedDatabase;
  let fixtures: Fixtures;
  let desk: Actor;
  let otherDesk: Actor;

  beforeAll(async () => {
    databases = await openIntegrationDatabases();
    db = databases.owner;
    scoped = new ScopedDatabase(databases.app);
    fixtures = databases.fixtures;
    [desk, otherDesk] = await Promise.all([fixtures.actor('desk.utrecht'), fixtures.actor('desk.amersfoort')]);
  });

  afterAll(async () => {
    await closeIntegrationDatabases(databases);
  });

  /** A new visit of the desk, written through the repositories as openVisit writes it. */
  async function openVisit(bsnIndex: string | null = null): Promise<VisitEntity> {
    const id = randomUUID();
    return scoped.run(scopeOf(desk), async (manager) => {
      const visit = await new VisitRepository(manager).insert({
        id,
        servicePointId: desk.servicePointId!,
        openedBy: desk.accountId,
        channel: Channel.WALK_IN,
        status: VisitStatus.OPEN,
        questionsSealed: fixtures.kit.vault.sealQuestions(id, ['Synthetische vraag']),
        dataSubject: `VISIT:${id}`,
      });
      await new CitizenRepository(manager).insert(id, { nameSealed: null, phoneSealed: null, emailSealed: null, bsnSealed: null, bsnIndex });
      return visit;
    });
  }

  it('inserts a visit and reads it back mapped field by field as TypeORM maps it; another service point finds nothing', async () => {
    const inserted = await openVisit();
    const orm = await db.getRepository(VisitEntity).findOneByOrFail({ id: inserted.id });
    expect({ ...inserted }).toEqual({ ...orm });
    expect(orm).toMatchObject({ servicePointId: desk.servicePointId, openedBy: desk.accountId, status: VisitStatus.OPEN, closedAt: null, closeReason: null });
    expect({ ...(await scoped.run(scopeOf(desk), (m) => new VisitRepository(m).find(inserted.id)))! }).toEqual({ ...orm });
    expect({ ...(await scoped.run(scopeOf(desk), (m) => new VisitRepository(m).get(inserted.id))) }).toEqual({ ...orm });
    // Row-level security: the other desk's scope has no such row.
    expect(await scoped.run(scopeOf(otherDesk), (m) => new VisitRepository(m).find(inserted.id))).toBeNull();
    await expect(scoped.run(scopeOf(otherDesk), (m) => new VisitRepository(m).get(inserted.id))).rejects.toThrow(`No visit ${inserted.id}`);
  });

  it('locks for update against a shared lock, and shares with a shared lock', async () => {
    const visit = await openVisit();
    const tryLock = (how: 'findForShare' | 'findForUpdate') =>
      scoped.run(scopeOf(desk), async (manager) => {
        await manager.query(`SET LOCAL lock_timeout = '200ms'`);
        return new VisitRepository(manager)[how](visit.id);
      });
    await scoped.run(scopeOf(desk), async (manager) => {
      expect((await new VisitRepository(manager).findForShare(visit.id))!.id).toBe(visit.id);
      expect((await tryLock('findForShare'))!.id).toBe(visit.id);
      await expect(tryLock('findForUpdate')).rejects.toThrow(/lock timeout/);
    });
    await scoped.run(scopeOf(desk), async (manager) => {
      expect((await new VisitRepository(manager).findForUpdate(visit.id))!.id).toBe(visit.id);
      await expect(tryLock('findForShare')).rejects.toThrow(/lock timeout/);
    });
  });

  it('pages a service point newest first on (opened_at, id), by status and by BSN blind index', async () => {
    const index = `test-index-${randomUUID()}`;
    const made = [];
    for (let i = 0; i < 3; i++) made.push(await openVisit(index));
    await openVisit(`test-index-${randomUUID()}`);
    const newestFirst = [...made].reverse().map((v) => v.id);
    const page = (after: VisitEntity | null, status: VisitStatus | null = null, actor = desk) =>
      scoped.run(scopeOf(actor), (m) =>
        new VisitRepository(m).page({ servicePointId: actor.servicePointId, status, bsnIndex: index, afterId: after?.id ?? null, limit: 2 }),
      );
    const first = await page(null);
    expect(first.map((v) => v.id)).toEqual(newestFirst.slice(0, 2));
    expect((await page(first[1]!)).map((v) => v.id)).toEqual(newestFirst.slice(2));
    expect(await page(null, VisitStatus.CLOSED)).toEqual([]);
    expect((await page(null, VisitStatus.OPEN)).map((v) => v.id)).toEqual(newestFirst.slice(0, 2));
    expect(await page(null, null, otherDesk)).toEqual([]);
    // Without a BSN: the service point's newest visits, all its own.
    const all = await scoped.run(scopeOf(desk), (m) => new VisitRepository(m).page({ servicePointId: desk.servicePointId, status: null, bsnIndex: null, afterId: null, limit: 5 }));
    expect(all.every((v) => v.servicePointId === desk.servicePointId)).toBe(true);
    expect(all.map((v) => v.openedAt.getTime())).toEqual([...all.map((v) => v.openedAt.getTime())].sort((a, b) => b - a));
    // Opened within one millisecond: a cursor's time cannot tell them apart, the page still goes through each once.
    await db.query(`UPDATE visit SET opened_at = '2000-01-01T09:00:00.000300Z'::timestamptz - (interval '100 microseconds' * ord)
                      FROM unnest($1::uuid[]) WITH ORDINALITY AS m(id, ord) WHERE visit.id = m.id`, [made.map((v) => v.id)]);
    const oneByOne: string[] = [];
    for (let last: VisitEntity | null = null; ; ) {
      const [next] = await scoped.run(scopeOf(desk), (m) => new VisitRepository(m).page({ servicePointId: desk.servicePointId, status: null, bsnIndex: index, afterId: last?.id ?? null, limit: 1 }));
      if (!next) break;
      oneByOne.push(next.id);
      last = next;
    }
    expect(oneByOne).toEqual(made.map((v) => v.id));
    // Back to now: open visits left in 2000 would be abandoned ones to the next file that looks.
    await db.query(`UPDATE visit SET opened_at = now() WHERE id = ANY($1::uuid[])`, [made.map((v) => v.id)]);
    // No service point, no visits.
    expect(await scoped.run(SYSTEM_SCOPE, (m) => new VisitRepository(m).page({ servicePointId: null, status: null, bsnIndex: index, afterId: null, limit: 5 }))).toEqual([]);
  });

  it('lists what the let-go gate needs, oldest first, and closes with the transaction clock and a reason', async () => {
    const { visit, referral: first } = await fixtures.draftReferral(AgencyCode.UWV);
    const topic = await db.getRepository(TopicEntity).findOneByOrFail({ agencyCode: AgencyCode.SVB });
    const second = await fixtures.referrals.add(desk, fixtures.trace, {
      visitId: visit.id,
      agencyCode: AgencyCode.SVB,
      topicId: topic.id,
      urgency: first.urgency,
      summary: 'Synthetische samenvatting',
      consent: { categories: [], method: ConsentMethod.VERBAL },
    });
    await scoped.run(SYSTEM_SCOPE, (m) =>
      new AppointmentRepository(m).put(
        second.id,
        { kind: AppointmentKind.CALLBACK, startsAt: new Date('2030-01-02T09:00:00Z'), endsAt: new Date('2030-01-02T10:00:00Z'), channel: ContactChannel.PHONE, place: null, extraItems: [] },
        { id: desk.accountId, role: Role.DESK_WORKER },
      ),
    );
    const rows = await scoped.run(scopeOf(desk), (m) => new VisitRepository(m).letGoReferrals(visit.id));
    expect(rows).toEqual([
      { id: first.id, reference: first.reference, status: ReferralStatus.DRAFT, scheduled: false },
      { id: second.id, reference: second.reference, status: ReferralStatus.DRAFT, scheduled: true },
    ]);
    expect(await scoped.run(scopeOf(otherDesk), (m) => new VisitRepository(m).letGoReferrals(visit.id))).toEqual([]);

    const { closed, now } = await scoped.run(scopeOf(desk), async (m) => {
      const [{ now }] = (await m.query('SELECT now()')) as [{ now: Date }];
      return { closed: await new VisitRepository(m).close(visit.id, VisitCloseReason.LET_GO), now };
    });
    expect(closed).toMatchObject({ id: visit.id, status: VisitStatus.CLOSED, closedAt: now, closeReason: VisitCloseReason.LET_GO });
    expect({ ...closed }).toEqual({ ...(await db.getRepository(VisitEntity).findOneByOrFail({ id: visit.id })) });
    // Found again to print its summary: today's, last closed first, or by a referral's reference; only at its own point.
    const today = await scoped.run(scopeOf(desk), (m) => new ClosedVisitRepository(m).closedToday(desk.servicePointId!, 100));
    expect(today[0]?.id).toBe(visit.id);
    expect(await scoped.run(scopeOf(desk), (m) => new ClosedVisitRepository(m).closedByReference(desk.servicePointId!, second.reference))).toMatchObject({ id: visit.id });
    expect(await scoped.run(scopeOf(otherDesk), (m) => new ClosedVisitRepository(m).closedByReference(otherDesk.servicePointId!, second.reference))).toBeNull();
  });

  it('writes and reads the sealed citizen rows of many visits in one statement', async () => {
    const { visit, bsn } = await fixtures.draftReferral(AgencyCode.UWV);
    const bare = await openVisit();
    const orm = await db.getRepository(CitizenEntity).findOneByOrFail({ visitId: visit.id });
    const rows = await scoped.run(scopeOf(desk), (m) => new CitizenRepository(m).ofVisits([visit.id, bare.id, randomUUID()]));
    expect(rows.map((r) => r.visitId).sort()).toEqual([visit.id, bare.id].sort());
    expect({ ...rows.find((r) => r.visitId === visit.id) }).toEqual({ ...orm });
    expect(fixtures.kit.vault.openCitizen(orm)).toMatchObject({ name: 'Synthetisch Persoon', bsn });
    expect({ ...(await scoped.run(scopeOf(desk), (m) => new CitizenRepository(m).ofVisit(visit.id)))! }).toEqual({ ...orm });
    expect(await scoped.run(scopeOf(otherDesk), (m) => new CitizenRepository(m).ofVisit(visit.id))).toBeNull();
    expect(await scoped.run(scopeOf(desk), (m) => new CitizenRepository(m).ofVisits([]))).toEqual([]);
  });

  it('gathers the citizen summary in one statement: point, agencies, topics and appointments, oldest referral first', async () => {
    const { visit, referral: uwv } = await fixtures.draftReferral(AgencyCode.UWV);
    const svbTopic = await db.getRepository(TopicEntity).findOneByOrFail({ agencyCode: AgencyCode.SVB });
    const svb = await fixtures.referrals.add(desk, fixtures.trace, {
      visitId: visit.id,
      agencyCode: AgencyCode.SVB,
      topicId: svbTopic.id,
      urgency: uwv.urgency,
      summary: 'Synthetische samenvatting',
      consent: { categories: [], method: ConsentMethod.VERBAL },
    });
    const appointment = {
      kind: AppointmentKind.APPOINTMENT,
      startsAt: new Date('2030-03-04T09:00:00Z'),
      endsAt: null,
      channel: ContactChannel.IN_PERSON,
      place: 'Balie 3',
      extraItems: ['Loonstrook'],
    };
    await scoped.run(SYSTEM_SCOPE, (m) => new AppointmentRepository(m).put(svb.id, appointment, { id: desk.accountId, role: Role.DESK_WORKER }));
    const uwvTopic = await db.getRepository(TopicEntity).findOneByOrFail({ id: uwv.topicId });
    const [point] = (await db.query(`SELECT name FROM service_point WHERE id = $1`, [desk.servicePointId])) as [{ name: string }];
    const [uwvAgency, svbAgency] = (await db.query(`SELECT name FROM agency WHERE code = ANY($1) ORDER BY code = $2 DESC`, [[AgencyCode.UWV, AgencyCode.SVB], AgencyCode.UWV])) as {
      name: string;
    }[];

    const summary = await scoped.run(scopeOf(desk), (m) => new CitizenSummaryRepository(m).forVisit(visit.id, visit.servicePointId));
    expect(summary).toEqual({
      servicePointName: point.name,
      referrals: [
        { reference: uwv.reference, status: ReferralStatus.DRAFT, agencyName: uwvAgency!.name, topicName: uwvTopic.name, topicItems: uwvTopic.whatToBring, appointment: null },
        { reference: svb.reference, status: ReferralStatus.DRAFT, agencyName: svbAgency!.name, topicName: svbTopic.name, topicItems: svbTopic.whatToBring, appointment },
      ],
    });

    const empty = await openVisit();
    expect(await scoped.run(scopeOf(desk), (m) => new CitizenSummaryRepository(m).forVisit(empty.id, empty.servicePointId))).toEqual({ servicePointName: point.name, referrals: [] });
    // Another desk's scope sees none of the visit's referrals.
    expect((await scoped.run(scopeOf(otherDesk), (m) => new CitizenSummaryRepository(m).forVisit(visit.id, visit.servicePointId))).referrals).toEqual([]);
    await expect(scoped.run(scopeOf(desk), (m) => new CitizenSummaryRepository(m).forVisit(visit.id, randomUUID()))).rejects.toThrow(/No service point/);
  });
});
