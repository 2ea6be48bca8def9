import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { AgencyCode, Party, ReferralAction, ReferralStatus } from '#domain';
import { type ClaimedOutboxRow, moveReferral, OutboxRepository, ScopedDatabase, SYSTEM_SCOPE, TimerRepository } from '#persistence';
import type { Fixtures } from '../support/fixtures.js';
import { closeIntegrationDatabases, type IntegrationDatabases, openIntegrationDatabases } from '../support/integration-databases.js';

/**
 * The relay's and the reconciler's statements, as the app role in the system scope. No relay runs here,
 * so other suites' rows may be pending too: each check looks at this test's own rows.
 */
describe('outbox and pending timer statements against the real database', () => {
  let databases: IntegrationDatabases;
  let owner: DataSource;
  let scoped: ScopedDatabase;
  let fixtures: Fixtures;

  beforeAll(async () => {
    databases = await openIntegrationDatabases();
    owner = databases.owner;
    scoped = new ScopedDatabase(databases.app);
    fixtures = databases.fixtures;
  });

  afterAll(async () => {
    await closeIntegrationDatabases(databases);
  });

  const outboxOf = async (referralId: string) =>
    (await owner.query(`SELECT o.id, o.event_id, o.dispatched_at, e.type FROM outbox o JOIN referral_event e ON e.id = o.event_id WHERE o.referral_id = $1 ORDER BY o.id`, [
      referralId,
    ])) as { id: string; event_id: string; dispatched_at: Date | null; type: string }[];

  it('claims pending rows oldest first with their event, referral and delivery mode, and skips rows another relay holds', async () => {
    const { referral, desk } = await fixtures.submittedReferral(AgencyCode.SVB);
    const [created, submitted] = await outboxOf(referral.id);
    const [connection] = (await owner.query(`SELECT mode FROM agency_connection WHERE agency_code = $1`, [AgencyCode.SVB])) as { mode: string }[];

    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let first: ClaimedOutboxRow[] = [];
    let claimed!: () => void;
    const hasClaimed = new Promise<void>((resolve) => (claimed = resolve));
    const holder = scoped.run(SYSTEM_SCOPE, async (m) => {
      first = await new OutboxRepository(m).claimPending(100_000);
      claimed();
      await held;
    });
    await hasClaimed;
    const second = await scoped.run(SYSTEM_SCOPE, (m) => new OutboxRepository(m).claimPending(100_000));
    release();
    await holder;

    const mine = first.filter((r) => r.referralId === referral.id);
    expect(mine.map((r) => r.outboxId)).toEqual([created!.id, submitted!.id]);
    expect(mine[1]).toEqual({
      outboxId: submitted!.id,
      referralId: referral.id,
      eventId: submitted!.event_id,
      agencyCode: AgencyCode.SVB,
      servicePointId: desk.servicePointId,
      type: ReferralAction.SUBMIT,
      fromStatus: ReferralStatus.DRAFT,
      toStatus: ReferralStatus.REQUESTED,
      occurredAt: expect.any(Date),
      deliveryMode: connection?.mode ?? null,
      submittedAt: referral.submittedAt,
      receivedAt: null,
    });
    const ids = first.map((r) => Number(r.outboxId));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(second.map((r) => r.outboxId)).not.toContain(submitted!.id);
    expect(await scoped.run(SYSTEM_SCOPE, (m) => new OutboxRepository(m).claimPending(1))).toHaveLength(1);
  });

  it('marks only the given rows dispatched, with synchronous_commit off for that transaction only', async () => {
    const { referral } = await fixtures.submittedReferral(AgencyCode.SVB);
    const [created, submitted] = await outboxOf(referral.id);
    const showSetting = async () => (await scoped.run(SYSTEM_SCOPE, (m) => m.query('SHOW synchronous_commit')) as [{ synchronous_commit: string }])[0].synchronous_commit;
    const sessionDefault = await showSetting();
    const setting = await scoped.run(SYSTEM_SCOPE, async (m) => {
      // Whatever the server's default (tests may run it off), the statement itself turns it off.
      await m.query('SET LOCAL synchronous_commit = on');
      await new OutboxRepository(m).markDispatched([submitted!.id]);
      const [{ synchronous_commit }] = (await m.query('SHOW synchronous_commit')) as [{ synchronous_commit: string }];
      return synchronous_commit;
    });
    expect(setting).toBe('off');
    const after = await outboxOf(referral.id);
    expect(after.find((r) => r.id === submitted!.id)!.dispatched_at).toBeInstanceOf(Date);
    expect(after.find((r) => r.id === created!.id)!.dispatched_at).toBeNull();
    expect(await showSetting()).toBe(sessionDefault);
  });

  it('finds the submits of referrals still REQUESTED once they went out, after the grace period, until received', async () => {
    const { referral } = await fixtures.submittedReferral(AgencyCode.SVB);
    const [, submitted] = await outboxOf(referral.id);
    const sent = () => scoped.run(SYSTEM_SCOPE, (m) => new OutboxRepository(m).sentButStillRequested(0));
    // Not dispatched yet: the relay's business.
    expect((await sent()).map((r) => r.referralId)).not.toContain(referral.id);
    await scoped.run(SYSTEM_SCOPE, (m) => new OutboxRepository(m).markDispatched([submitted!.id]));
    expect((await sent()).filter((r) => r.referralId === referral.id)).toEqual([
      { outboxId: submitted!.id, referralId: referral.id, eventId: submitted!.event_id, agencyCode: AgencyCode.SVB },
    ]);
    expect((await scoped.run(SYSTEM_SCOPE, (m) => new OutboxRepository(m).sentButStillRequested(3600))).map((r) => r.referralId)).not.toContain(referral.id);
    await moveReferral(scoped, SYSTEM_SCOPE, { referralId: referral.id, action: ReferralAction.RECEIVE, party: Party.LINE, actor: { id: null, role: 'LINE' }, isVisible: () => true });
    expect((await sent()).map((r) => r.referralId)).not.toContain(referral.id);
  });

  it('reads the pending timers of given referrals, and all pending ones soonest first', async () => {
    const { referral } = await fixtures.submittedReferral(AgencyCode.SVB);
    const stored = (await owner.query(`SELECT id, fire_at FROM referral_timer WHERE referral_id = $1 AND settled_at IS NULL ORDER BY id`, [referral.id])) as {
      id: string;
      fire_at: Date;
    }[];
    expect(stored).toHaveLength(4);
    const pending = await scoped.run(SYSTEM_SCOPE, (m) => new TimerRepository(m).pendingOf([referral.id]));
    expect(pending.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      stored.sort((a, b) => a.id.localeCompare(b.id)).map((t) => ({ id: t.id, referralId: referral.id, fireAt: t.fire_at })),
    );
    await owner.query(`UPDATE referral_timer SET settled_at = now(), outcome = 'MET' WHERE id = $1`, [stored[0]!.id]);
    expect((await scoped.run(SYSTEM_SCOPE, (m) => new TimerRepository(m).pendingOf([referral.id]))).map((t) => t.id)).not.toContain(stored[0]!.id);
    const all = await scoped.run(SYSTEM_SCOPE, (m) => new TimerRepository(m).allPending());
    expect(all.filter((t) => t.referralId === referral.id)).toHaveLength(3);
    const times = all.map((t) => t.fireAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(await scoped.run(SYSTEM_SCOPE, (m) => new TimerRepository(m).pendingOf([]))).toEqual([]);
  });
});
