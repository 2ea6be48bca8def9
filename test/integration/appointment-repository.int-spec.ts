import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { type Actor, AgencyCode, type Appointment, AppointmentKind, ContactChannel, Role } from '#domain';
import { AppointmentEntity, AppointmentRepository, ScopedDatabase, scopeOf, SYSTEM_SCOPE, TopicEntity } from '#persistence';
import type { Fixtures } from '../support/fixtures.js';
import { closeIntegrationDatabases, type IntegrationDatabases, openIntegrationDatabases } from '../support/integration-databases.js';

const appointment: Appointment = {
  kind: AppointmentKind.APPOINTMENT,
  startsAt: new Date('2030-04-01T08:30:00Z'),
  endsAt: new Date('2030-04-01T09:00:00Z'),
  channel: ContactChannel.IN_PERSON,
  place: 'Balie 2',
  extraItems: ['Loonstrook', 'Huurcontract'],
};

/** The appointment repository as the hub runs it (app role, row-level security, the desk's scope); checks read as the owner. */
describe('appointment repository against the real database', () => {
  let databases: IntegrationDatabases;
  let db: DataSource;
  let scoped: ScopedDatabase;
  let fixtures: Fixtures;
  let desk: Actor;

  beforeAll(async () => {
    databases = await openIntegrationDatabases();
    db = databases.owner;
    scoped = new ScopedDatabase(databases.app);
    fixtures = databases.fixtures;
    desk = await fixtures.actor('desk.utrecht');
  });

  afterAll(async () => {
    await closeIntegrationDatabases(databases);
  });

  function inScope<T>(actor: Actor, work: (repository: AppointmentRepository) => Promise<T>): Promise<{ result: T; now: Date }> {
    return scoped.run(scopeOf(actor), async (manager: EntityManager) => {
      const [{ now }] = (await manager.query('SELECT now()')) as [{ now: Date }];
      return { result: await work(new AppointmentRepository(manager)), now };
    });
  }

  it('puts an appointment, replaces it with a new stamp, and reads it back as TypeORM maps it', async () => {
    const { referral } = await fixtures.draftReferral(AgencyCode.UWV);
    const first = await inScope(desk, (r) => r.put(referral.id, appointment, { id: desk.accountId, role: desk.role }));
    const stored = await db.getRepository(AppointmentEntity).findOneByOrFail({ referralId: referral.id });
    expect(stored).toMatchObject({ ...appointment, referralId: referral.id, scheduledBy: desk.accountId, scheduledByRole: Role.DESK_WORKER, scheduledAt: first.now });

    const specialist = await fixtures.actor('specialist.uwv');
    const callback: Appointment = { kind: AppointmentKind.CALLBACK, startsAt: new Date('2030-04-02T10:00:00Z'), endsAt: new Date('2030-04-02T12:00:00Z'), channel: ContactChannel.PHONE, place: null, extraItems: [] };
    const second = await inScope(desk, (r) => r.put(referral.id, callback, { id: specialist.accountId, role: specialist.role }));
    const replaced = await db.getRepository(AppointmentEntity).findOneByOrFail({ referralId: referral.id });
    expect(replaced).toMatchObject({ ...callback, scheduledBy: specialist.accountId, scheduledByRole: Role.AGENCY_SPECIALIST, scheduledAt: second.now });
    expect(await db.getRepository(AppointmentEntity).countBy({ referralId: referral.id })).toBe(1);

    expect({ ...(await inScope(desk, (r) => r.of(referral.id))).result! }).toEqual({ ...replaced });
    expect((await inScope(desk, (r) => r.of(randomUUID()))).result).toBeNull();
  });

  it('reads the appointments of many referrals in one statement, only within the scope', async () => {
    const one = await fixtures.draftReferral(AgencyCode.UWV);
    const two = await fixtures.draftReferral(AgencyCode.SVB);
    const none = await fixtures.draftReferral(AgencyCode.SVB);
    for (const { referral } of [one, two]) await inScope(desk, (r) => r.put(referral.id, appointment, { id: desk.accountId, role: desk.role }));
    const ids = [one.referral.id, two.referral.id, none.referral.id];
    const found = (await inScope(desk, (r) => r.ofReferrals(ids))).result;
    expect([...found.keys()].sort()).toEqual([one.referral.id, two.referral.id].sort());
    expect({ ...found.get(two.referral.id) }).toEqual({ ...(await db.getRepository(AppointmentEntity).findOneByOrFail({ referralId: two.referral.id })) });
    expect((await inScope(await fixtures.actor('desk.amersfoort'), (r) => r.ofReferrals(ids))).result.size).toBe(0);
    expect((await inScope(desk, (r) => r.ofReferrals([]))).result.size).toBe(0);
  });

  it("keeps an erased referral's appointment empty: the put goes through the database's erasure trigger", async () => {
    const { referral } = await fixtures.draftReferral(AgencyCode.UWV);
    await db.query(`UPDATE referral SET erased_at = now() WHERE id = $1`, [referral.id]);
    await scoped.run(SYSTEM_SCOPE, (m) => new AppointmentRepository(m).put(referral.id, appointment, { id: desk.accountId, role: desk.role }));
    expect(await db.getRepository(AppointmentEntity).findOneByOrFail({ referralId: referral.id })).toMatchObject({ startsAt: appointment.startsAt, place: null, extraItems: [] });
  });

  it("tells what to bring: the topic's list and the appointment's additions", async () => {
    const { referral } = await fixtures.draftReferral(AgencyCode.UWV);
    const topic = await db.getRepository(TopicEntity).findOneByOrFail({ id: referral.topicId });
    expect((await inScope(desk, (r) => r.toBring(referral.id, referral.topicId))).result).toEqual({ topicItems: topic.whatToBring, extraItems: [] });
    await inScope(desk, (r) => r.put(referral.id, appointment, { id: desk.accountId, role: desk.role }));
    expect((await inScope(desk, (r) => r.toBring(referral.id, referral.topicId))).result).toEqual({ topicItems: topic.whatToBring, extraItems: appointment.extraItems });
    // Another service point's desk sees the topic but not this appointment.
    expect((await inScope(await fixtures.actor('desk.amersfoort'), (r) => r.toBring(referral.id, referral.topicId))).result).toEqual({ topicItems: topic.whatToBring, extraItems: [] });
    await expect(inScope(desk, (r) => r.toBring(referral.id, randomUUID()))).rejects.toThrow(/No topic/);
  });
});
