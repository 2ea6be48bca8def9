import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { syntheticBsn } from '#domain';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { GqlClient } from '../support/graphql-client.js';
import { ACCEPT, ADD_REFERRAL, OPEN_VISIT, SUBMIT, TOPICS } from '../support/story-operations.js';

const PROCESSING = `query ($bsn: String!) { processingRecords(bsn: $bsn) { traceId activity operation actorRole referralId occurredAt } }`;
const BREAKS = `query { processingLogBreaks { chain seq problem } }`;
const AS_AGENCY = `query ($id: ID!) { referral(id: $id) { summary citizen { name phone bsn } consent { method withdrawnAt representative { name relation } } } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawConsent(id: $id) { id status timeline { type } } }`;
const ERASE = `mutation ($bsn: String!, $withdraw: Boolean) {
  eraseCitizenData(bsn: $bsn, withdrawOpenReferrals: $withdraw) { erasedVisits withdrawnReferrals { id reference agencyCode status } } }`;
const VISIT_AFTER = `query ($id: ID!) { visit(id: $id) { status closeReason erasedAt questions citizen { name }
  referrals { status summary timeline { type actorRole reason } } } }`;

describe('privacy over the API: trace context, consent withdrawal, the privacy officer', () => {
  let hub: AppProcess;
  let worker: AppProcess;
  let url: string;
  let db: pg.Client;
  let desk: GqlClient;
  let svb: GqlClient;
  let officer: GqlClient;

  beforeAll(async () => {
    const port = hubPort();
    url = `http://127.0.0.1:${port}`;
    hub = await AppProcess.start('hub', { PORT: String(port) });
    worker = await AppProcess.start('line-worker');
    db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    [desk, svb, officer] = await Promise.all([GqlClient.signIn(url, 'desk.utrecht'), GqlClient.signIn(url, 'specialist.svb'), GqlClient.signIn(url, 'privacy.officer')]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([hub, worker].map((p) => p?.stop()));
    await db?.end();
  });

  async function received(id: string) {
    for (let i = 0; ; i++) {
      const { rows } = await db.query('SELECT status FROM referral WHERE id = $1', [id]);
      if (rows[0]?.status === 'RECEIVED') return;
      if (i > 200) throw new Error('not delivered');
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  it('logs the story under the caller\'s trace id, lists it for the privacy officer by BSN, and hides withdrawn data', async () => {
    const bsn = syntheticBsn(424_242);
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const traceparent = `00-${traceId}-00f067aa0ba902b7-01`;
    const { openVisit } = await desk.data<{ openVisit: { id: string } }>(
      OPEN_VISIT,
      { input: { channel: 'WALK_IN', questions: ['Synthetische vraag over AOW'], citizen: { name: 'Synthetisch Persoon', phone: '0612345678', bsn } } },
      { traceparent },
    );
    const topic = (await desk.data<{ topics: { id: string }[] }>(TOPICS, { a: 'SVB' })).topics[0]!.id;
    const { addReferral } = await desk.data<{ addReferral: { id: string } }>(ADD_REFERRAL, {
      input: {
        visitId: openVisit.id,
        agencyCode: 'SVB',
        topicId: topic,
        urgency: 'CALLBACK',
        summary: 'Synthetische samenvatting',
        consent: { categories: ['CONTACT_DETAILS', 'QUESTION_TEXT'], method: 'REPRESENTATIVE', representative: { name: 'Synthetische Zoon', relation: 'zoon' } },
      },
    });
    const id = addReferral.id;
    await desk.data(SUBMIT, { id });
    await received(id);
    await svb.data(ACCEPT, { id });

    const before = await svb.data<{ referral: { summary: string; citizen: { name: string; bsn: string | null }; consent: { representative: unknown } } }>(AS_AGENCY, { id });
    expect(before.referral).toMatchObject({ summary: 'Synthetische samenvatting', citizen: { name: 'Synthetisch Persoon', bsn: null }, consent: { method: 'REPRESENTATIVE', representative: { name: 'Synthetische Zoon', relation: 'zoon' } } });

    const { withdrawConsent } = await desk.data<{ withdrawConsent: { timeline: { type: string }[] } }>(WITHDRAW, { id });
    expect(withdrawConsent.timeline.map((t) => t.type)).toContain('CONSENT_WITHDRAWN');
    const after = await svb.data<{ referral: { summary: string | null; citizen: unknown; consent: { withdrawnAt: string | null; representative: unknown } } }>(AS_AGENCY, { id });
    expect(after.referral).toMatchObject({ summary: null, citizen: null, consent: { withdrawnAt: expect.any(String), representative: null } });

    const { processingRecords } = await officer.data<{ processingRecords: { traceId: string; operation: string; actorRole: string; activity: string }[] }>(PROCESSING, { bsn });
    expect(processingRecords[0]).toMatchObject({ traceId, operation: 'CREATE', actorRole: 'DESK_WORKER', activity: 'loketlijn:hulpvraag-registreren' });
    expect(processingRecords.map((r) => r.operation)).toEqual(expect.arrayContaining(['CREATE', 'DELIVER', 'ACCEPT', 'VIEW']));
    expect(JSON.stringify(processingRecords)).not.toContain(bsn);
    expect((await officer.data<{ processingLogBreaks: unknown[] }>(BREAKS)).processingLogBreaks).toEqual([]);

    // A board of visits reads its citizens and questions in one go, one VIEW record per visit and field, all under the request's trace.
    const boardTrace = 'abcdefabcdefabcdefabcdefabcdef12';
    const board = await desk.data<{ visits: { edges: { node: { questions: string[]; citizen: { name: string | null } | null } }[] } }>(
      `query { visits(first: 50) { edges { node { questions citizen { name } } } } }`,
      {},
      { traceparent: `00-${boardTrace}-00f067aa0ba902b7-01` },
    );
    const shown = board.visits.edges.filter((e) => e.node.citizen !== null).length;
    const asked = board.visits.edges.filter((e) => e.node.questions.length > 0).length;
    expect(shown).toBeGreaterThan(0);
    expect(asked).toBeGreaterThan(0);
    const logged = await db.query(
      `SELECT count(*)::int AS n, count(DISTINCT span_id)::int AS spans, count(DISTINCT xmin::text)::int AS inserts FROM processing_log WHERE trace_id = $1 AND operation = 'VIEW'`,
      [boardTrace],
    );
    expect(logged.rows[0]).toEqual({ n: shown + asked, spans: 1, inserts: 2 });

    // The desk finds the citizen's visits by BSN through the blind index; another desk finds none.
    const BY_BSN = `query ($bsn: String!) { visits(bsn: $bsn) { edges { node { id } } } }`;
    const mine = await desk.data<{ visits: { edges: { node: { id: string } }[] } }>(BY_BSN, { bsn });
    expect(mine.visits.edges.map((e) => e.node.id)).toEqual([openVisit.id]);
    const amersfoort = await GqlClient.signIn(url, 'desk.amersfoort');
    expect((await amersfoort.data<{ visits: { edges: unknown[] } }>(BY_BSN, { bsn })).visits.edges).toEqual([]);
    const badLookup = await desk.request(BY_BSN, { bsn: '123456789' });
    expect(badLookup.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['bsn'] }] });
    expect(JSON.stringify(badLookup)).not.toContain('123456789');
  });

  it('lets the privacy officer erase one citizen on request: refused while referrals are open, then withdrawn, erased and logged', async () => {
    const bsn = syntheticBsn(5_151_515);
    const { openVisit } = await desk.data<{ openVisit: { id: string } }>(OPEN_VISIT, {
      input: { channel: 'WALK_IN', questions: ['Synthetische vraag over kinderbijslag'], citizen: { name: 'Synthetisch Persoon', phone: '0612345678', bsn } },
    });
    const topic = (await desk.data<{ topics: { id: string }[] }>(TOPICS, { a: 'SVB' })).topics[0]!.id;
    const { addReferral } = await desk.data<{ addReferral: { id: string; reference: string } }>(ADD_REFERRAL, {
      input: { visitId: openVisit.id, agencyCode: 'SVB', topicId: topic, urgency: 'REGULAR', summary: 'Synthetische samenvatting', consent: { categories: ['CONTACT_DETAILS'], method: 'VERBAL' } },
    });
    await desk.data(SUBMIT, { id: addReferral.id });
    await received(addReferral.id);

    // Nobody but the privacy officer can erase (more roles below): the mutation does not exist for them.
    for (const client of [desk, svb]) expect((await client.request(ERASE, { bsn, withdraw: true })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const blocked = await officer.request(ERASE, { bsn });
    expect(blocked.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', blockingReferrals: [{ id: addReferral.id, reference: addReferral.reference, status: 'RECEIVED' }] });
    expect(JSON.stringify(blocked)).not.toContain(bsn);

    const { eraseCitizenData } = await officer.data<{ eraseCitizenData: unknown }>(ERASE, { bsn, withdraw: true });
    expect(eraseCitizenData).toEqual({ erasedVisits: 1, withdrawnReferrals: [{ id: addReferral.id, reference: addReferral.reference, agencyCode: 'SVB', status: 'RECEIVED' }] });
    const { visit } = await desk.data<{ visit: { referrals: { timeline: { type: string }[] }[] } }>(VISIT_AFTER, { id: openVisit.id });
    expect(visit).toMatchObject({ status: 'CLOSED', closeReason: 'ERASURE_REQUEST', erasedAt: expect.any(String), questions: [], citizen: null, referrals: [{ status: 'CANCELLED', summary: null }] });
    expect(visit.referrals[0]!.timeline.at(-1)).toEqual({ type: 'CANCEL', actorRole: 'PRIVACY_OFFICER', reason: 'ERASURE_REQUESTED' });

    const { processingRecords } = await officer.data<{ processingRecords: { activity: string; operation: string; actorRole: string }[] }>(PROCESSING, { bsn });
    expect(processingRecords.filter((r) => r.operation === 'ERASE')).toEqual([expect.objectContaining({ activity: 'loketlijn:verzoek-tot-wissen', actorRole: 'PRIVACY_OFFICER' })]);
    expect((await officer.data<{ processingLogBreaks: unknown[] }>(BREAKS)).processingLogBreaks).toEqual([]);
    const bad = await officer.request(ERASE, { bsn: '123456789' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['bsn'] }] });
  });

  it('keeps the processing log and erasure from everyone but the privacy officer, and refuses a BSN that fails the elfproef without echoing it', async () => {
    for (const username of ['admin', 'monitor.bzk', 'desk.utrecht', 'specialist.uwv']) {
      const client = await GqlClient.signIn(url, username);
      const res = await client.request(PROCESSING, { bsn: syntheticBsn(1) });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const erase = await client.request(ERASE, { bsn: syntheticBsn(1), withdraw: true });
      expect(erase.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const bad = await officer.request(PROCESSING, { bsn: '123456789' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['bsn'] }] });
    expect(JSON.stringify(bad)).not.toContain('123456789');
  });
});
