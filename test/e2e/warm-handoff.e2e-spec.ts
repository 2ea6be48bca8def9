import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { Redis } from 'ioredis';
import { syntheticBsn } from '#domain';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { GqlClient, type Subscription } from '../support/graphql-client.js';
import { ACCEPT, ADD_REFERRAL, type EventPayload, LINE_EVENTS, OPEN_VISIT, SERVICE_POINT_EVENTS, SUBMIT, TOPICS } from '../support/story-operations.js';

type LineEvent = { lineEvents: EventPayload };
type DeskEvent = { servicePointEvents: EventPayload };

const VISIT = `query ($id: ID!) { visit(id: $id) { id channel questions citizen { name phone bsn }
  referrals { id status urgency agencyCode topic { name } timeline { type fromStatus toStatus actorRole reason } } } }`;
const REFERRAL_AS_AGENCY = `query ($id: ID!) { referral(id: $id) { id status summary citizen { name phone email bsn } consent { categories } } }`;

describe('the warm handoff, end to end over HTTP and WebSocket', () => {
  const processes: AppProcess[] = [];
  let hubA: string;
  let hubB: string;
  let worker: AppProcess;
  let db: pg.Client;
  let desk: GqlClient;
  let uwv: GqlClient;
  let uwv2: GqlClient;
  let tsl: GqlClient;
  let topics: { uwv: string; tsl: string };
  const subscriptions: Subscription<unknown>[] = [];

  beforeAll(async () => {
    const [a, b] = [hubPort(), hubPort()];
    hubA = `http://127.0.0.1:${a}`;
    hubB = `http://127.0.0.1:${b}`;
    processes.push(await AppProcess.start('hub', { PORT: String(a) }), await AppProcess.start('hub', { PORT: String(b) }));
    worker = await AppProcess.start('line-worker', { RECONCILE_INTERVAL_MS: '300' });
    db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    [desk, uwv, uwv2, tsl] = await Promise.all([
      GqlClient.signIn(hubA, 'desk.utrecht'),
      GqlClient.signIn(hubB, 'specialist.uwv'),
      GqlClient.signIn(hubB, 'specialist2.uwv'),
      GqlClient.signIn(hubA, 'specialist.tsl'),
    ]);
    const find = async (agency: string, code: string) =>
      (await desk.data<{ topics: { id: string; code: string }[] }>(TOPICS, { a: agency })).topics.find((t) => t.code === code)!.id;
    topics = { uwv: await find('UWV', 'ww-uitkering'), tsl: await find('TSL', 'terugvordering') };
  }, 60_000);

  afterAll(async () => {
    await Promise.all(subscriptions.map((s) => s.close()));
    await Promise.all([...processes, worker].map((p) => p?.stop()));
    await db?.end();
  });

  async function openVisit(bsnSeed = 1) {
    const { openVisit } = await desk.data<{ openVisit: { id: string } }>(OPEN_VISIT, {
      input: {
        channel: 'WALK_IN',
        questions: ['Ik ben mijn baan kwijt. Hoe vraag ik WW aan?', 'Ik moet toeslag terugbetalen en kan dat niet.'],
        citizen: { name: 'Testpersoon Synthetisch', phone: '06 1234 5678', email: 'test@example.org', bsn: syntheticBsn(bsnSeed) },
      },
    });
    return openVisit.id;
  }

  async function addReferral(visitId: string, agency: 'UWV' | 'TSL', urgency: string, categories: string[]) {
    const { addReferral } = await desk.data<{ addReferral: { id: string; status: string } }>(ADD_REFERRAL, {
      input: {
        visitId,
        agencyCode: agency,
        topicId: agency === 'UWV' ? topics.uwv : topics.tsl,
        urgency,
        summary: agency === 'UWV' ? 'Ontslagen per 1 december, wil WW aanvragen.' : 'Terugvordering huurtoeslag 2024, vraagt betalingsregeling.',
        consent: { categories, method: 'VERBAL' },
      },
    });
    expect(addReferral.status).toBe('DRAFT');
    return addReferral.id;
  }

  async function track<T>(client: GqlClient, query: string): Promise<Subscription<T>> {
    const subscription = await client.subscribe<T>(query);
    subscriptions.push(subscription as Subscription<unknown>);
    return subscription;
  }

  async function receivedReferral(): Promise<string> {
    const id = await addReferral(await openVisit(7), 'UWV', 'REGULAR', ['CONTACT_DETAILS']);
    await desk.data(SUBMIT, { id });
    await waitForStatus(id, 'RECEIVED');
    return id;
  }

  async function waitForStatus(id: string, status: string, timeoutMs = 5_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await db.query('SELECT status FROM referral WHERE id = $1', [id]);
      if (rows[0]?.status === status) return;
      if (Date.now() > deadline) throw new Error(`referral stayed ${rows[0]?.status}, wanted ${status}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  it('plays the story: two referrals reach their own lines, UWV picks up, the desk sees it live', async () => {
    const deskEvents = await track<DeskEvent>(desk, SERVICE_POINT_EVENTS);
    const uwvLine = await track<LineEvent>(uwv, LINE_EVENTS);
    const tslLine = await track<LineEvent>(tsl, LINE_EVENTS);

    const visitId = await openVisit();
    const uwvReferral = await addReferral(visitId, 'UWV', 'LIVE', ['CONTACT_DETAILS', 'BSN', 'QUESTION_TEXT']);
    const tslReferral = await addReferral(visitId, 'TSL', 'CALLBACK', ['CONTACT_DETAILS']);
    expect((await desk.data<{ submitReferral: { status: string } }>(SUBMIT, { id: uwvReferral })).submitReferral.status).toBe('REQUESTED');
    await desk.data(SUBMIT, { id: tslReferral });

    // Within a blink each referral shows RECEIVED on its own line, and only there.
    await uwvLine.waitFor((e) => e.lineEvents.referralId === uwvReferral && e.lineEvents.toStatus === 'RECEIVED');
    await tslLine.waitFor((e) => e.lineEvents.referralId === tslReferral && e.lineEvents.toStatus === 'RECEIVED');
    const inbox = await uwv.data<{ inbox: { edges: { node: { id: string; status: string } }[] } }>(
      'query { inbox(agency: UWV, status: [RECEIVED], urgency: [LIVE]) { edges { node { id status } } } }',
    );
    expect(inbox.inbox.edges.map((e) => e.node)).toContainEqual({ id: uwvReferral, status: 'RECEIVED' });
    expect(inbox.inbox.edges.map((e) => e.node.id)).not.toContain(tslReferral);

    // The UWV specialist (on hub B) accepts; the desk (subscribed on hub A) hears it at once.
    expect((await uwv.data<{ acceptReferral: { status: string } }>(ACCEPT, { id: uwvReferral })).acceptReferral.status).toBe('ACCEPTED');
    await deskEvents.waitFor((e) => e.servicePointEvents.referralId === uwvReferral && e.servicePointEvents.toStatus === 'ACCEPTED');

    const { visit } = await desk.data<{ visit: { citizen: { bsn: string }; referrals: { id: string; status: string; timeline: { type: string; toStatus: string; actorRole: string }[] }[] } }>(VISIT, { id: visitId });
    expect(visit.citizen.bsn).toBe(syntheticBsn(1));
    const uwvView = visit.referrals.find((r) => r.id === uwvReferral)!;
    expect(uwvView.status).toBe('ACCEPTED');
    expect(uwvView.timeline.map((t) => `${t.type}:${t.toStatus}:${t.actorRole}`)).toEqual([
      'CREATED:DRAFT:DESK_WORKER',
      'SUBMIT:REQUESTED:DESK_WORKER',
      'RECEIVE:RECEIVED:LINE',
      'ACCEPT:ACCEPTED:AGENCY_SPECIALIST',
    ]);
    expect(visit.referrals.find((r) => r.id === tslReferral)!.status).toBe('RECEIVED');

    // Agencies see only what the citizen consented to share with them.
    const asUwv = await uwv.data<{ referral: { summary: string | null; citizen: { bsn: string | null; phone: string | null } } }>(REFERRAL_AS_AGENCY, { id: uwvReferral });
    expect(asUwv.referral.citizen.bsn).toBe(syntheticBsn(1));
    expect(asUwv.referral.summary).toContain('WW');
    const asTsl = await tsl.data<{ referral: { summary: string | null; citizen: { bsn: string | null; phone: string | null } } }>(REFERRAL_AS_AGENCY, { id: tslReferral });
    expect(asTsl.referral.citizen).toEqual({ name: 'Testpersoon Synthetisch', phone: '06 1234 5678', email: 'test@example.org', bsn: null });
    expect(asTsl.referral.summary).toBeNull();

    // The Toeslagen line never heard of the UWV referral.
    expect(tslLine.events.some((e) => e.value.lineEvents.referralId === uwvReferral)).toBe(false);
    expect(uwvLine.events.some((e) => e.value.lineEvents.referralId === tslReferral)).toBe(false);
  });

  it('lets exactly one of two specialists accepting at once win; the other gets CONFLICT naming the status', async () => {
    for (let round = 0; round < 5; round++) {
      const id = await receivedReferral();
      const results = await Promise.all([uwv.request(ACCEPT, { id }), uwv2.request(ACCEPT, { id })]);
      const winners = results.filter((r) => r.data);
      const losers = results.filter((r) => r.errors);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect(losers[0]!.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'ACCEPTED' });
    }
  });

  it('hides another agency\'s and another desk\'s data exactly as if it did not exist', async () => {
    const id = await receivedReferral();
    const { rows } = await db.query('SELECT visit_id FROM referral WHERE id = $1', [id]);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const amersfoort = await GqlClient.signIn(hubA, 'desk.amersfoort');
    const monitor = await GqlClient.signIn(hubB, 'monitor.bzk');

    const notFound = async (client: GqlClient, query: string, variables: Record<string, unknown>) => {
      const res = await client.request(query, variables);
      expect(res.data ?? null).toBeNull();
      return { code: res.errors?.[0]?.extensions?.code, message: res.errors?.[0]?.message };
    };
    const unknownReferral = await notFound(tsl, REFERRAL_AS_AGENCY, { id: unknown });
    expect(unknownReferral.code).toBe('NOT_FOUND');
    expect(await notFound(tsl, REFERRAL_AS_AGENCY, { id })).toEqual(unknownReferral);
    expect(await notFound(tsl, ACCEPT, { id })).toEqual(await notFound(tsl, ACCEPT, { id: unknown }));
    expect(await notFound(amersfoort, REFERRAL_AS_AGENCY, { id })).toEqual(unknownReferral);
    expect(await notFound(amersfoort, VISIT, { id: rows[0].visit_id })).toEqual(await notFound(amersfoort, VISIT, { id: unknown }));
    expect((await notFound(tsl, 'query { inbox(agency: UWV) { edges { cursor } } }', {})).code).toBe('NOT_FOUND');
    expect((await notFound(monitor, VISIT, { id: rows[0].visit_id })).code).toBe('NOT_FOUND');
    expect((await notFound(monitor, REFERRAL_AS_AGENCY, { id })).code).toBe('NOT_FOUND');

    const perAgency = await monitor.request<{ monitorBreakdown: { key: string }[] }>('query { monitorBreakdown(by: AGENCY) { key label figures { referrals { label } } } }');
    expect(perAgency.data!.monitorBreakdown.map((row) => row.key)).toContain('UWV');
    expect(JSON.stringify(perAgency)).not.toMatch(/Testpersoon|06 1234|(?<![\d.])\d{9}(?!\d)/);
    const live = await monitor.request<{ monitorLive: { warmVisitsOpenNow: { label: string } } }>('query { monitorLive { openNow { label } warmVisitsOpenNow { label } } }');
    expect(live.data!.monitorLive.warmVisitsOpenNow.label).not.toBe('0');
    expect(JSON.stringify(live)).not.toMatch(/Testpersoon|06 1234|(?<![\d.])\d{9}(?!\d)/);
    expect((await desk.request('query { monitorLive { openNow { label } } }')).errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('refuses a wrong transition with CONFLICT and bad input with BAD_USER_INPUT, never echoing a BSN', async () => {
    const id = await receivedReferral();
    const again = await desk.request(SUBMIT, { id });
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'RECEIVED' });
    const complete = await uwv.request('mutation ($id: ID!) { completeReferral(id: $id, outcome: "klaar") { id } }', { id });
    expect(complete.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'RECEIVED' });
    const blankHold = await uwv.request('mutation ($id: ID!) { holdReferral(id: $id, reason: "") { id } }', { id });
    expect(blankHold.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['reason'] }] });

    const badBsn = '123456789';
    const res = await desk.request(OPEN_VISIT, { input: { channel: 'PHONE', questions: ['Vraag'], citizen: { bsn: badBsn } } });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['input', 'citizen', 'bsn'] }] });
    const typed = await desk.request(OPEN_VISIT, { input: { channel: badBsn, questions: ['Vraag'] } });
    expect(typed.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify([res, typed])).not.toContain(badBsn);

    const anonymous = await new GqlClient(hubA).request('query { agencies { code } }');
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    await expect(new GqlClient(hubA, 'forged').subscribe(LINE_EVENTS)).rejects.toThrow(/socket closed/);
  });

  // Its own limit: a worker's cold boot alone can take most of jest's default 5 s on a busy machine.
  it('delivers what was pending after Redis was wiped, through the reconciler', async () => {
    const uwvLine = await track<LineEvent>(uwv, LINE_EVENTS);
    await worker.stop();
    const id = await addReferral(await openVisit(9), 'UWV', 'CALLBACK', ['CONTACT_DETAILS']);
    await desk.data(SUBMIT, { id });
    // Wait until the relay handed the job to Redis, then lose Redis' data.
    for (let i = 0; ; i++) {
      const { rows } = await db.query(`SELECT count(*)::int AS n FROM outbox WHERE referral_id = $1 AND dispatched_at IS NULL`, [id]);
      if (rows[0].n === 0) break;
      if (i > 200) throw new Error('relay did not dispatch');
      await new Promise((r) => setTimeout(r, 25));
    }
    const redis = new Redis(process.env.REDIS_URL!);
    await redis.flushall();
    expect(await redis.keys('*line-UWV*')).toEqual([]);
    redis.disconnect();

    worker = await AppProcess.start('line-worker', { RECONCILE_INTERVAL_MS: '300' });
    await uwvLine.waitFor((e) => e.lineEvents.referralId === id && e.lineEvents.toStatus === 'RECEIVED', 10_000);
    await worker.waitForOutput(/re-enqueued \d+ deliveries/);
    await waitForStatus(id, 'RECEIVED');
  }, 60_000);
});
