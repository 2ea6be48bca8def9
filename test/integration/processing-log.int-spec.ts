import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { AgencyCode, Channel, ConsentMethod, DataCategory, Party, ProcessingActivity, ProcessingOperation, ReferralAction, Urgency } from '#domain';
import { loadConfig } from '#config';
import { createDataSource, moveReferral, SYSTEM_SCOPE, TopicEntity, VisitEntity } from '#persistence';
import { traceFrom } from '#privacy';
import { Fixtures } from '../support/fixtures.js';
import { LineService } from '../../apps/hub/src/lines/line.service.js';
import { PrivacyOfficerService } from '../../apps/hub/src/privacy/privacy-officer.service.js';

describe('the processing log', () => {
  let owner: DataSource;
  let app: DataSource;
  let fixtures: Fixtures;
  let officer: PrivacyOfficerService;

  beforeAll(async () => {
    owner = await createDataSource({ url: process.env.DATABASE_URL!, poolSize: 2 }).initialize();
    app = await createDataSource({ url: loadConfig().appDatabaseUrl, poolSize: 4 }).initialize();
    fixtures = new Fixtures(app);
    officer = fixtures.privacyOfficer();
  });

  afterAll(async () => {
    await app?.destroy();
    await owner?.destroy();
  });

  it('holds one record per processing, with trace, activity, actor and only the BSN\'s blind index; the officer finds them by BSN', async () => {
    const { desk, referral, visit, bsn } = await fixtures.submittedReferral();
    await moveReferral(fixtures.scoped, SYSTEM_SCOPE, { referralId: referral.id, action: ReferralAction.RECEIVE, party: Party.LINE, actor: { id: null, role: 'LINE' }, isVisible: () => true });
    const specialist = await fixtures.actor('specialist.uwv');
    const accept = traceFrom('00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01');
    await new LineService(fixtures.scoped, fixtures.referrals, fixtures.kit.vault).accept(specialist, accept, referral.id);
    await fixtures.referrals.citizen(specialist, accept, referral);
    await fixtures.visits.citizen(desk, fixtures.trace, visit);

    const privacyOfficer = await fixtures.actor('privacy.officer');
    const records = await officer.processingOf(privacyOfficer, traceFrom(undefined), bsn);
    expect(records.map((r) => `${r.operation}:${r.actorRole}`)).toEqual([
      `${ProcessingOperation.CREATE}:DESK_WORKER`,
      `${ProcessingOperation.CREATE}:DESK_WORKER`,
      `${ProcessingOperation.DELIVER}:DESK_WORKER`,
      `${ProcessingOperation.ACCEPT}:AGENCY_SPECIALIST`,
      `${ProcessingOperation.VIEW}:AGENCY_SPECIALIST`,
      `${ProcessingOperation.VIEW}:DESK_WORKER`,
    ]);
    const accepted = records.find((r) => r.operation === ProcessingOperation.ACCEPT)!;
    expect(accepted).toMatchObject({ traceId: '0af7651916cd43dd8448eb211c80319c', actorId: specialist.accountId, referralId: referral.id, activity: 'loketlijn:professionele-lijn' });
    expect(accepted.spanId).not.toBe('b7ad6b7169203331');
    expect(records.every((r) => r.subjectType === 'BSN' && r.subjectRef === fixtures.kit.index.bsn(bsn))).toBe(true);
    const stored = JSON.stringify(await owner.query(`SELECT * FROM processing_log`));
    expect(stored).not.toContain(bsn);
    // The access request itself was logged, as an EXPORT.
    expect((await officer.processingOf(privacyOfficer, traceFrom(undefined), bsn)).at(-1)!.operation).toBe(ProcessingOperation.EXPORT);
  });

  it('fails the processing when its record cannot be written: no visit without its log record', async () => {
    const desk = await fixtures.actor('desk.utrecht');
    const trace = traceFrom(undefined);
    await owner.query(`
      CREATE FUNCTION fail_processing_log() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.trace_id = '${trace.traceId}' THEN RAISE EXCEPTION 'injected processing-log failure'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER fail_processing_log BEFORE INSERT ON processing_log FOR EACH ROW EXECUTE FUNCTION fail_processing_log();`);
    const before = await owner.getRepository(VisitEntity).count();
    const citizens = async () => (await owner.query(`SELECT count(*)::int AS n FROM visit_citizen`))[0].n as number;
    const citizensBefore = await citizens();
    try {
      await expect(fixtures.visits.open(desk, trace, { channel: Channel.PHONE, questions: ['Synthetische vraag'], citizen: { name: 'Synthetisch' } })).rejects.toThrow(
        /injected processing-log failure/,
      );
      expect(await owner.getRepository(VisitEntity).count()).toBe(before);
      expect(await citizens()).toBe(citizensBefore);
    } finally {
      await owner.query('DROP TRIGGER fail_processing_log ON processing_log; DROP FUNCTION fail_processing_log();');
    }
    await fixtures.visits.open(desk, trace, { channel: Channel.PHONE, questions: ['Synthetische vraag'], citizen: null });
    expect(await owner.getRepository(VisitEntity).count()).toBe(before + 1);
  });

  it('cannot be changed or deleted by the application\'s role', async () => {
    await fixtures.draftReferral();
    const client = new pg.Client({ connectionString: loadConfig().appDatabaseUrl });
    await client.connect();
    try {
      for (const sql of ['UPDATE processing_log SET actor_role = actor_role', 'DELETE FROM processing_log', 'TRUNCATE processing_log', 'UPDATE processing_log_chain SET seq = 0']) {
        await expect(client.query(sql)).rejects.toThrow(/permission denied/);
      }
      const grants = await client.query(`SELECT privilege_type FROM information_schema.role_table_grants WHERE table_name = 'processing_log' AND grantee = current_user ORDER BY 1`);
      expect(grants.rows.map((r) => r.privilege_type)).toEqual(['INSERT', 'SELECT']);
    } finally {
      await client.end();
    }
  });

  it('shows tampering by a superuser in the hash chain, and is whole again once undone', async () => {
    await fixtures.submittedReferral();
    const privacyOfficer = await fixtures.actor('privacy.officer');
    expect(await officer.integrity(privacyOfficer)).toEqual([]);
    const [victim] = await owner.query(`SELECT * FROM processing_log ORDER BY id DESC OFFSET 1 LIMIT 1`);
    const tamper = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await tamper.connect();
    try {
      // A superuser can switch triggers off; the chain still tells.
      await tamper.query(`SET session_replication_role = replica`);
      await tamper.query(`UPDATE processing_log SET actor_role = 'MONITOR' WHERE id = $1`, [victim.id]);
      expect(await officer.integrity(privacyOfficer)).toContainEqual({ chain: victim.chain, seq: String(victim.seq), problem: 'row changed' });
      await tamper.query(`UPDATE processing_log SET actor_role = $2 WHERE id = $1`, [victim.id, victim.actor_role]);
      expect(await officer.integrity(privacyOfficer)).toEqual([]);

      await tamper.query(`CREATE TEMP TABLE saved AS SELECT * FROM processing_log WHERE id = $1`, [victim.id]);
      await tamper.query(`DELETE FROM processing_log WHERE id = $1`, [victim.id]);
      const breaks = await officer.integrity(privacyOfficer);
      expect(breaks.length).toBeGreaterThan(0);
      expect(breaks.every((b) => b.chain === victim.chain)).toBe(true);
      await tamper.query(`INSERT INTO processing_log SELECT * FROM saved`);
      expect(await officer.integrity(privacyOfficer)).toEqual([]);
    } finally {
      await tamper.end();
    }
  });
  it('logs every read of questions, question texts, outcomes and representatives, one VIEW per record shown and batch', async () => {
    const first = await fixtures.draftReferral();
    const { desk, visit } = first;
    const topic = await owner.getRepository(TopicEntity).findOneByOrFail({ agencyCode: AgencyCode.UWV });
    const second = await fixtures.referrals.add(desk, fixtures.trace, {
      visitId: visit.id,
      agencyCode: AgencyCode.UWV,
      topicId: topic.id,
      urgency: Urgency.REGULAR,
      summary: 'Synthetische tweede vraag',
      consent: { categories: [DataCategory.CONTACT_DETAILS], method: ConsentMethod.REPRESENTATIVE, representative: { name: 'Synthetische Dochter', relation: 'dochter' } },
    });
    await fixtures.referrals.submit(desk, fixtures.trace, second.id);
    await moveReferral(fixtures.scoped, SYSTEM_SCOPE, { referralId: second.id, action: ReferralAction.RECEIVE, party: Party.LINE, actor: { id: null, role: 'LINE' }, isVisible: () => true });
    const specialist = await fixtures.actor('specialist.uwv');
    const line = new LineService(fixtures.scoped, fixtures.referrals, fixtures.kit.vault);
    await line.accept(specialist, fixtures.trace, second.id);
    const completed = await line.complete(specialist, second.id, 'Synthetische uitkomst');
    const draft = await fixtures.referrals.get(desk, first.referral.id);

    const viewsUnder = async (read: (trace: ReturnType<typeof traceFrom>) => Promise<unknown>) => {
      const trace = traceFrom(undefined);
      await read(trace);
      const rows = (await owner.query(`SELECT activity, operation, actor_role, referral_id FROM processing_log WHERE trace_id = $1 ORDER BY id`, [trace.traceId])) as Record<string, string | null>[];
      return rows.map((r) => `${r.operation}:${r.activity}:${r.actor_role}:${r.referral_id ?? '-'}`);
    };
    const view = (referralId: string, role = 'DESK_WORKER') => `${ProcessingOperation.VIEW}:${ProcessingActivity.WARM_HANDOFF}:${role}:${referralId}`;

    expect(await viewsUnder((t) => fixtures.visits.questions(desk, t, [visit]))).toEqual([`${ProcessingOperation.VIEW}:${ProcessingActivity.REGISTER_VISIT}:DESK_WORKER:-`]);
    expect(await viewsUnder((t) => fixtures.referrals.summaries(desk, t, [draft, completed]))).toEqual([view(draft.id), view(completed.id)]);
    // Only what is actually shown is logged: the draft has no outcome and no representative.
    expect(await viewsUnder((t) => fixtures.referrals.outcomes(desk, t, [draft, completed]))).toEqual([view(completed.id)]);
    expect(await viewsUnder((t) => fixtures.referrals.consents(desk, t, [draft, completed]))).toEqual([view(completed.id)]);
    expect(await viewsUnder((t) => fixtures.referrals.outcomes(specialist, t, [completed]))).toEqual([view(completed.id, 'AGENCY_SPECIALIST')]);
    expect(await viewsUnder((t) => fixtures.referrals.consent(specialist, t, completed))).toEqual([view(completed.id, 'AGENCY_SPECIALIST')]);
  });
});
