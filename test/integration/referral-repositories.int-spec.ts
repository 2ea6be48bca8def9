import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { AgencyCode, DEFAULT_SLA_TARGETS, ReferralAction, ReferralStatus, Role, SlaTimerKind, Urgency } from '#domain';
import {
  OutboxEntity,
  ReferralEntity,
  ReferralEventNoteEntity,
  ReferralRepository,
  ReferralTimerEntity,
  ScopedDatabase,
  SYSTEM_SCOPE,
  TimelineRepository,
  TimerOutcome,
  TimerRepository,
} from '#persistence';
import type { Fixtures } from '../support/fixtures.js';
import { closeIntegrationDatabases, type IntegrationDatabases, openIntegrationDatabases } from '../support/integration-databases.js';

/** The repositories run as the hub runs them (app role, row-level security, system scope); checks read as the owner. */
describe('referral, timeline and timer repositories against the real database', () => {
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
});
