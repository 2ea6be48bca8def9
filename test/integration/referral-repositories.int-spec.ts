import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { AgencyCode, BusinessStatus, ConsentMethod, DataCategory, DEFAULT_SLA_TARGETS, ReferralAction, ReferralStatus, Role, SlaTimerKind, TimelineEventType, Urgency } from '#domain';
import {
  ConsentEntity,
  ConsentRepository,
  OutboxEntity,
  ReferralEntity,
  ReferralEventEntity,
  ReferralEventNoteEntity,
  ReferralRepository,
  ReferralTimerEntity,
  ScopedDatabase,
  scopeOf,
  SYSTEM_SCOPE,
  TimelineRepository,
  TimerOutcome,
  TimerRepository,
  TopicEntity,
} from '#persistence';
import type { Fixtures } from '../support/fixtures.js';
import { closeIntegrationDatabases, type IntegrationDatabases, openIntegrationDatabases } from '../support/integration-databases.js';

/** The repositories run as the hub runs them (app role, row-level security, system scope); checks read as the owner. */
describe('referral, consent, timeline and timer repositories against the real database', () => {
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

  it('reads a referral with the transaction clock, mapped field by field as TypeORM maps it', async () => {
    const { referral } = await fixtures.draftReferral(AgencyCode.UWV);
    const orm = await db.getRepository(ReferralEntity).findOneByOrFail({ id: referral.id });
    const found = await scoped.run(SYSTEM_SCOPE, async (manager) => {
      const [{ now }] = (await manager.query('SELECT now()')) as [{ now: Date }];
      return { ...(await new ReferralRepository(manager).findWithClock(referral.id))!, txNow: now };
    });
    expect({ ...found.referral }).toEqual({ ...orm });
    expect(found.now).toEqual(found.txNow);
    expect(await scoped.run(SYSTEM_SCOPE, (m) => new ReferralRepository(m).find('00000000-0000-4000-8000-000000000000'))).toBeNull();
  });

  it('moves with a compare-and-set that writes the event and the outbox row, and returns the moved row', async () => {
    const { referral } = await fixtures.draftReferral(AgencyCode.UWV);
    const due = new Date('2030-01-02T10:00:00Z');
    const moved = await scoped.run(SYSTEM_SCOPE, (manager) =>
      new ReferralRepository(manager).move({
        referralId: referral.id,
        from: ReferralStatus.DRAFT,
        to: ReferralStatus.REQUESTED,
        type: ReferralAction.SUBMIT,
        actor: { id: referral.createdBy, role: Role.DESK_WORKER },
        reason: null,
        stamps: ['submitted_at'],
        patch: { receiveDueAt: due, acceptDueAt: due },
      }),
    );
    expect(moved!.referral).toMatchObject({ id: referral.id, status: ReferralStatus.REQUESTED, version: referral.version + 1, receiveDueAt: due, acceptDueAt: due });
    expect(moved!.referral.submittedAt).toBeInstanceOf(Date);
    expect(await db.getRepository(OutboxEntity).findOneBy({ eventId: moved!.eventId })).toMatchObject({ referralId: referral.id, agencyCode: AgencyCode.UWV });
    // The same compare-and-set again finds the status moved on: nothing is written.
    const again = await scoped.run(SYSTEM_SCOPE, (manager) =>
      new ReferralRepository(manager).move({ referralId: referral.id, from: ReferralStatus.DRAFT, to: ReferralStatus.REQUESTED, type: ReferralAction.SUBMIT, actor: { id: null, role: 'LINE' }, reason: null, stamps: [] }),
    );
    expect(again).toBeNull();
    expect(await scoped.run(SYSTEM_SCOPE, (m) => new ReferralRepository(m).status(referral.id))).toBe(ReferralStatus.REQUESTED);
  });

  it('appends a timeline event with its outbox row in one statement, and its sealed note', async () => {
    const { referral } = await fixtures.draftReferral(AgencyCode.SVB);
    let sealed = '';
    const event = await scoped.run(SYSTEM_SCOPE, async (manager) => {
      const timeline = new TimelineRepository(manager);
      const written = await timeline.append({
        referralId: referral.id,
        agencyCode: referral.agencyCode,
        type: ReferralAction.SUBMIT,
        fromStatus: ReferralStatus.DRAFT,
        toStatus: ReferralStatus.DRAFT,
        actor: { id: null, role: 'LINE' },
        reason: 'coded',
      });
      // Sealed for real: other specs (key rotation) open every sealed column in this database.
      sealed = fixtures.kit.vault.sealNote(written.id, 'Synthetische toelichting');
      await timeline.addNote(written.id, referral.id, sealed);
      return written;
    });
    expect(event).toMatchObject({ referralId: referral.id, reason: 'coded', actorRole: 'LINE' });
    expect(event.occurredAt).toBeInstanceOf(Date);
    expect(await db.getRepository(OutboxEntity).findOneBy({ eventId: event.id })).toMatchObject({ referralId: referral.id, agencyCode: AgencyCode.SVB });
    expect(await db.getRepository(ReferralEventNoteEntity).findOneBy({ eventId: event.id })).toMatchObject({ noteSealed: sealed });
  });

  it('reads the SLA context in one statement and replaces pending timers without tripping the one-live-timer index', async () => {
    const { referral } = await fixtures.draftReferral(AgencyCode.DUO, Urgency.LIVE);
    const context = await scoped.run(SYSTEM_SCOPE, (m) => new TimerRepository(m).slaContext(AgencyCode.DUO, Urgency.LIVE));
    expect(context.targets).toEqual(DEFAULT_SLA_TARGETS[Urgency.LIVE]);
    const first = Object.values(SlaTimerKind).map((kind, i) => ({ kind, fireAt: new Date(Date.UTC(2030, 0, 1, 9, i)) }));
    const second = first.map((t) => ({ ...t, fireAt: new Date(t.fireAt.getTime() + 3_600_000) }));
    await scoped.run(SYSTEM_SCOPE, (m) => new TimerRepository(m).replacePending(referral.id, first));
    await scoped.run(SYSTEM_SCOPE, (m) => new TimerRepository(m).replacePending(referral.id, second));
    const rows = await db.getRepository(ReferralTimerEntity).findBy({ referralId: referral.id });
    expect(rows.filter((t) => t.outcome === TimerOutcome.SUPERSEDED).map((t) => t.fireAt).sort((a, b) => a.getTime() - b.getTime())).toEqual(first.map((t) => t.fireAt));
    expect(rows.filter((t) => t.settledAt === null).map((t) => t.fireAt).sort((a, b) => a.getTime() - b.getTime())).toEqual(second.map((t) => t.fireAt));
  });
  /** The transaction's clock, next to what the statement under test returns. */
  function withClock<T>(work: (manager: import('typeorm').EntityManager) => Promise<T>): Promise<{ result: T; now: Date }> {
    return scoped.run(SYSTEM_SCOPE, async (manager) => {
      const [{ now }] = (await manager.query('SELECT now()')) as [{ now: Date }];
      return { result: await work(manager), now };
    });
  }

  it('reads, locks and lists referrals as TypeORM maps them, within the scope', async () => {
    const { referral, visit, desk } = await fixtures.draftReferral(AgencyCode.UWV);
    const topic = await db.getRepository(TopicEntity).findOneByOrFail({ agencyCode: AgencyCode.SVB });
    const second = await fixtures.referrals.add(desk, fixtures.trace, {
      visitId: visit.id,
      agencyCode: AgencyCode.SVB,
      topicId: topic.id,
      urgency: Urgency.REGULAR,
      summary: 'Synthetische samenvatting',
      consent: { categories: [], method: ConsentMethod.VERBAL },
    });
    const orm = await db.getRepository(ReferralEntity).findOneByOrFail({ id: referral.id });
    expect({ ...(await scoped.run(scopeOf(desk), (m) => new ReferralRepository(m).get(referral.id))) }).toEqual({ ...orm });
    expect({ ...(await scoped.run(scopeOf(desk), (m) => new ReferralRepository(m).findForUpdate(referral.id)))! }).toEqual({ ...orm });
    expect((await scoped.run(scopeOf(desk), (m) => new ReferralRepository(m).ofVisit(visit.id))).map((r) => ({ ...r }))).toEqual([
      { ...orm },
      { ...(await db.getRepository(ReferralEntity).findOneByOrFail({ id: second.id })) },
    ]);
    // Drafts never reach a line: the agency's scope finds neither.
    const specialist = await fixtures.actor('specialist.uwv');
    expect(await scoped.run(scopeOf(specialist), (m) => new ReferralRepository(m).ofVisit(visit.id))).toEqual([]);
    expect(await scoped.run(scopeOf(specialist), (m) => new ReferralRepository(m).findForUpdate(referral.id))).toBeNull();
    await expect(scoped.run(scopeOf(specialist), (m) => new ReferralRepository(m).get(referral.id))).rejects.toThrow(`No referral ${referral.id}`);
    // The update lock holds off a second one.
    await scoped.run(scopeOf(desk), async (manager) => {
      await new ReferralRepository(manager).findForUpdate(referral.id);
      await expect(
        scoped.run(scopeOf(desk), async (other) => {
          await other.query(`SET LOCAL lock_timeout = '200ms'`);
          return new ReferralRepository(other).findForUpdate(referral.id);
        }),
      ).rejects.toThrow(/lock timeout/);
    });
  });

  it('finds the referral a rejected one was sent on as, and whether a topic belongs to an agency', async () => {
    const { referral: from, desk } = await fixtures.draftReferral(AgencyCode.UWV);
    const repository = (m: import('typeorm').EntityManager) => new ReferralRepository(m);
    expect(await scoped.run(scopeOf(desk), (m) => repository(m).reroutedTo(from.id))).toBeNull();
    const id = randomUUID();
    const to = await scoped.run(scopeOf(desk), (m) =>
      repository(m).insert({
        id,
        visitId: from.visitId,
        servicePointId: from.servicePointId,
        agencyCode: AgencyCode.UWV,
        topicId: from.topicId,
        urgency: from.urgency,
        status: ReferralStatus.DRAFT,
        summarySealed: fixtures.kit.vault.sealSummary(id, 'Synthetische samenvatting'),
        dataSubject: from.dataSubject!,
        createdBy: desk.accountId,
        reroutedFromId: from.id,
      }),
    );
    expect({ ...(await scoped.run(scopeOf(desk), (m) => repository(m).reroutedTo(from.id)))! }).toEqual({ ...to });
    expect(await scoped.run(scopeOf(desk), (m) => repository(m).reroutedTo(to.id))).toBeNull();
    expect(await scoped.run(scopeOf(desk), (m) => repository(m).isTopicOf(from.topicId, AgencyCode.UWV))).toBe(true);
    expect(await scoped.run(scopeOf(desk), (m) => repository(m).isTopicOf(from.topicId, AgencyCode.SVB))).toBe(false);
    expect(await scoped.run(scopeOf(desk), (m) => repository(m).isTopicOf(randomUUID(), AgencyCode.UWV))).toBe(false);
  });

  it('assigns, sets the business status and re-plans in one update each, stamping updated_at and returning the row', async () => {
    const { referral } = await fixtures.draftReferral(AgencyCode.DUO, Urgency.LIVE);
    const specialist = await fixtures.actor('specialist.duo');
    const receiveDueAt = new Date('2030-05-06T10:00:00Z');
    const acceptDueAt = new Date('2030-05-06T12:00:00Z');
    const steps = [
      { run: (r: ReferralRepository) => r.assign(referral.id, specialist.accountId), expected: { assignedTo: specialist.accountId } },
      { run: (r: ReferralRepository) => r.setBusinessStatus(referral.id, BusinessStatus.CALLBACK_SCHEDULED), expected: { businessStatus: BusinessStatus.CALLBACK_SCHEDULED } },
      { run: (r: ReferralRepository) => r.replan(referral.id, Urgency.CALLBACK, receiveDueAt, acceptDueAt), expected: { urgency: Urgency.CALLBACK, receiveDueAt, acceptDueAt } },
    ];
    for (const step of steps) {
      const { result, now } = await withClock((m) => step.run(new ReferralRepository(m)));
      expect(result).toMatchObject({ ...step.expected, id: referral.id, status: ReferralStatus.DRAFT, version: referral.version, updatedAt: now });
      expect({ ...result }).toEqual({ ...(await db.getRepository(ReferralEntity).findOneByOrFail({ id: referral.id })) });
    }
    await expect(scoped.run(SYSTEM_SCOPE, (m) => new ReferralRepository(m).assign(randomUUID(), specialist.accountId))).rejects.toThrow(/No referral/);
  });

  it('records, reads and withdraws consent once, as TypeORM maps it', async () => {
    const { referral, desk } = await fixtures.draftReferral(AgencyCode.UWV);
    const other = await fixtures.draftReferral(AgencyCode.UWV);
    const orm = await db.getRepository(ConsentEntity).findOneByOrFail({ referralId: referral.id });
    expect(orm).toMatchObject({ agencyCode: AgencyCode.UWV, categories: [DataCategory.CONTACT_DETAILS], method: ConsentMethod.VERBAL, recordedBy: desk.accountId, withdrawnAt: null });
    expect({ ...(await scoped.run(scopeOf(desk), (m) => new ConsentRepository(m).of(referral.id)))! }).toEqual({ ...orm });
    const both = await scoped.run(scopeOf(desk), (m) => new ConsentRepository(m).ofReferrals([referral.id, other.referral.id, randomUUID()]));
    expect([...both.keys()].sort()).toEqual([referral.id, other.referral.id].sort());
    // Another service point's desk sees no consent of this one.
    expect(await scoped.run(scopeOf(await fixtures.actor('desk.amersfoort')), (m) => new ConsentRepository(m).of(referral.id))).toBeNull();

    const { result: withdrawn, now } = await withClock((m) => new ConsentRepository(m).withdraw(referral.id, desk.accountId));
    expect(withdrawn).toBe(true);
    expect(await db.getRepository(ConsentEntity).findOneByOrFail({ referralId: referral.id })).toMatchObject({ withdrawnAt: now, withdrawnBy: desk.accountId });
    expect(await scoped.run(scopeOf(desk), (m) => new ConsentRepository(m).withdraw(referral.id, desk.accountId))).toBe(false);

    const id = (await fixtures.draftReferral(AgencyCode.SVB)).referral.id;
    const representative = fixtures.kit.vault.sealRepresentative(id, { name: 'Synthetische Gemachtigde', relation: 'Synthetisch' });
    await db.query(`DELETE FROM referral_consent WHERE referral_id = $1`, [id]);
    await scoped.run(SYSTEM_SCOPE, (m) =>
      new ConsentRepository(m).insert({ referralId: id, agencyCode: AgencyCode.SVB, categories: [DataCategory.BSN, DataCategory.QUESTION_TEXT], method: ConsentMethod.WRITTEN, recordedBy: desk.accountId, representativeSealed: representative }),
    );
    expect(await db.getRepository(ConsentEntity).findOneByOrFail({ referralId: id })).toMatchObject({ categories: [DataCategory.BSN, DataCategory.QUESTION_TEXT], method: ConsentMethod.WRITTEN, representativeSealed: representative });
  });

  it('reads the timelines and sealed notes of many referrals, oldest event first', async () => {
    const one = await fixtures.submittedReferral(AgencyCode.UWV);
    const two = await fixtures.draftReferral(AgencyCode.UWV);
    await fixtures.referrals.cancel(one.desk, one.referral.id, 'Synthetische reden');
    const ids = [one.referral.id, two.referral.id];
    const { events, notes } = await scoped.run(scopeOf(one.desk), async (m) => {
      const timeline = new TimelineRepository(m);
      return { events: await timeline.eventsOf(ids), notes: await timeline.notesOf(ids) };
    });
    const orm = await db.getRepository(ReferralEventEntity).find({ where: ids.map((referralId) => ({ referralId })), order: { id: 'ASC' } });
    expect(events.map((e) => ({ ...e }))).toEqual(orm.map((e) => ({ ...e })));
    expect(events.filter((e) => e.referralId === one.referral.id).map((e) => e.type)).toEqual([TimelineEventType.CREATED, ReferralAction.SUBMIT, ReferralAction.CANCEL]);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ referralId: one.referral.id, eventId: events.find((e) => e.type === ReferralAction.CANCEL)!.id });
    expect(fixtures.kit.vault.openNote(notes[0]!)).toBe('Synthetische reden');
    // The agency's scope sees no draft's events; the other desk none at all.
    const agencyEvents = await scoped.run(scopeOf(await fixtures.actor('specialist.uwv')), (m) => new TimelineRepository(m).eventsOf(ids));
    expect(new Set(agencyEvents.map((e) => e.referralId))).toEqual(new Set([one.referral.id]));
    expect(await scoped.run(scopeOf(await fixtures.actor('desk.amersfoort')), (m) => new TimelineRepository(m).eventsOf(ids))).toEqual([]);
  });
});
