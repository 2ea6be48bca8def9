import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { ProcessingActivity, ProcessingOperation } from '#domain';
import { ProcessingLogRepository, ScopedDatabase, SealedRowRepository, SYSTEM_SCOPE } from '#persistence';
import { sealContext } from '#privacy';
import type { Fixtures } from '../support/fixtures.js';
import { closeIntegrationDatabases, type IntegrationDatabases, openIntegrationDatabases } from '../support/integration-databases.js';

const PRIVACY_SCOPE = { kind: 'privacy' } as const;
const VISIT_QUESTIONS = { table: 'visit', key: 'id', columns: ['questions_sealed'] } as const;

/** Run as the app role under row-level security; checks read as the owner. */
describe('processing log and sealed row repositories against the real database', () => {
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

  it('appends several records in one statement, chained by the database, and finds them by subject in order', async () => {
    const subjectRef = randomBytes(16).toString('hex');
    const context = { traceId: randomBytes(16).toString('hex'), spanId: randomBytes(8).toString('hex'), actorId: null, actorRole: 'LINE' };
    const { referral } = await fixtures.draftReferral();
    await scoped.run(SYSTEM_SCOPE, (m) =>
      new ProcessingLogRepository(m).append(context, [
        { activity: ProcessingActivity.LINE_HANDLING, operation: ProcessingOperation.DELIVER, subjectType: 'VISIT', subjectRef, referralId: referral.id },
        { activity: ProcessingActivity.LINE_HANDLING, operation: ProcessingOperation.VIEW, subjectType: 'VISIT', subjectRef, referralId: null },
      ]),
    );
    const found = await scoped.run(PRIVACY_SCOPE, (m) => new ProcessingLogRepository(m).ofSubject('VISIT', subjectRef));
    expect(found.map((r) => [r.operation, r.referralId])).toEqual([
      [ProcessingOperation.DELIVER, referral.id],
      [ProcessingOperation.VIEW, null],
    ]);
    expect(found.every((r) => r.traceId === context.traceId && r.spanId === context.spanId && r.actorId === null && r.actorRole === 'LINE')).toBe(true);
    // The chaining trigger filled in chain, seq and the hashes.
    expect(found.every((r) => r.hash.length === 32 && r.prevHash.length === 32 && Number(r.seq) > 0)).toBe(true);
    expect(Number(found[0]!.id)).toBeLessThan(Number(found[1]!.id));
    expect(await scoped.run(PRIVACY_SCOPE, (m) => new ProcessingLogRepository(m).ofSubject('BSN', subjectRef))).toEqual([]);
  });

  it('writes nothing for no records', async () => {
    const [{ count: before }] = (await owner.query(`SELECT count(*)::int AS count FROM processing_log`)) as [{ count: number }];
    await scoped.run(SYSTEM_SCOPE, (m) => new ProcessingLogRepository(m).append({ traceId: '0'.repeat(32), spanId: '0'.repeat(16), actorId: null, actorRole: 'LINE' }, []));
    const [{ count: after }] = (await owner.query(`SELECT count(*)::int AS count FROM processing_log`)) as [{ count: number }];
    expect(after).toBe(before);
  });

  it('verifies the chains: whole, a changed row shows, whole again once undone', async () => {
    await fixtures.draftReferral();
    const verify = () => scoped.run(PRIVACY_SCOPE, (m) => new ProcessingLogRepository(m).verify());
    expect(await verify()).toEqual([]);
    const [victim] = (await owner.query(`SELECT id, chain, seq, actor_role FROM processing_log ORDER BY id DESC LIMIT 1`)) as { id: string; chain: number; seq: string; actor_role: string }[];
    const tamper = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await tamper.connect();
    try {
      await tamper.query(`SET session_replication_role = replica`);
      await tamper.query(`UPDATE processing_log SET actor_role = 'MONITOR' WHERE id = $1`, [victim!.id]);
      expect(await verify()).toContainEqual({ chain: Number(victim!.chain), seq: String(victim!.seq), problem: 'row changed' });
    } finally {
      await tamper.query(`UPDATE processing_log SET actor_role = $2 WHERE id = $1`, [victim!.id, victim!.actor_role]);
      await tamper.end();
    }
    expect(await verify()).toEqual([]);
  });

  it('claims rows sealed under another key, skipping locked ones, and re-seals only the listed columns', async () => {
    const { cipher } = fixtures.kit;
    const { visit } = await fixtures.draftReferral();
    const [{ questions_sealed: sealed }] = (await owner.query(`SELECT questions_sealed FROM visit WHERE id = $1`, [visit.id])) as [{ questions_sealed: string }];
    const current = `${cipher.currentKeyId}:`;
    // Under the current key: not stale.
    const underCurrent = await scoped.run(SYSTEM_SCOPE, (m) => new SealedRowRepository(m).claimStale(VISIT_QUESTIONS, current, 100_000));
    expect(underCurrent.map((r) => r.rowKey)).not.toContain(visit.id);
    // Against a key nobody uses every sealed row is stale, this visit's with its value.
    const stale = await scoped.run(SYSTEM_SCOPE, (m) => new SealedRowRepository(m).claimStale(VISIT_QUESTIONS, 'nokey:', 100_000));
    expect(stale.find((r) => r.rowKey === visit.id)).toEqual({ rowKey: visit.id, values: { questions_sealed: sealed } });
    expect(await scoped.run(SYSTEM_SCOPE, (m) => new SealedRowRepository(m).claimStale(VISIT_QUESTIONS, 'nokey:', 1))).toHaveLength(1);
    // In row-key order, and after a given key only: a sweep walks past rows it had to leave.
    const keys = stale.map((r) => r.rowKey);
    expect(keys).toEqual([...keys].sort());
    const later = await scoped.run(SYSTEM_SCOPE, (m) => new SealedRowRepository(m).claimStale(VISIT_QUESTIONS, 'nokey:', 100_000, visit.id));
    expect(later.map((r) => r.rowKey)).toEqual(keys.filter((k) => k > visit.id));

    // A row another worker holds is skipped.
    const holder = databases.owner.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      await holder.query(`SELECT 1 FROM visit WHERE id = $1 FOR UPDATE`, [visit.id]);
      const claimed = await scoped.run(SYSTEM_SCOPE, (m) => new SealedRowRepository(m).claimStale(VISIT_QUESTIONS, 'nokey:', 100_000));
      expect(claimed.length).toBeGreaterThan(0);
      expect(claimed.map((r) => r.rowKey)).not.toContain(visit.id);
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }

    const context = sealContext('visit', 'questions_sealed', visit.id);
    const resealed = cipher.seal(cipher.open(sealed, context), context);
    expect(resealed).not.toBe(sealed);
    await scoped.run(SYSTEM_SCOPE, (m) => new SealedRowRepository(m).reseal(VISIT_QUESTIONS, visit.id, { questions_sealed: resealed, data_subject: 'not a sealed column' }));
    const [row] = (await owner.query(`SELECT questions_sealed, data_subject FROM visit WHERE id = $1`, [visit.id])) as { questions_sealed: string; data_subject: string }[];
    expect(row!.questions_sealed).toBe(resealed);
    expect(row!.data_subject).not.toBe('not a sealed column');
    expect(cipher.open(row!.questions_sealed, context)).toBe(cipher.open(sealed, context));
    // Nothing to write, no statement (an empty SET would not parse).
    await scoped.run(SYSTEM_SCOPE, (m) => new SealedRowRepository(m).reseal(VISIT_QUESTIONS, visit.id, {}));
  });
});
