import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { syntheticBsn } from '#domain';
import { SLA_TIMER_QUEUE, slaTimerJobId } from '#lines';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { GqlClient, type Subscription } from '../support/graphql-client.js';
import { ACCEPT, ADD_REFERRAL, type EventPayload, LINE_EVENTS, OPEN_VISIT, SERVICE_POINT_EVENTS, SUBMIT, TOPICS } from '../support/story-operations.js';

type DeskEvent = { servicePointEvents: EventPayload };
type LineEvent = { lineEvents: EventPayload };
type Escalation = { escalations: EventPayload & { referral: { reference: string; status: string } } };

const FAIL = `mutation ($input: FailReferralInput!) { failReferral(input: $input) { id status failReasonCode closedAt timeline { type actorRole fromStatus toStatus reason } } }`;
const FAIL_REASONS = `query { agencies { code failReasons } }`;
// Processes, timers and argon2 on a shared two-core machine: generous, as none of this asserts time.
jest.setTimeout(60_000);

const ESCALATIONS = `subscription { escalations { eventId referralId type fromStatus toStatus occurredAt referral { reference status } } }`;

describe('how a referral ends badly: FAILED with a coded reason, and escalations for the coordinators alone', () => {
  let hub: string;
  let processes: AppProcess[] = [];
  let db: pg.Client;
  let redis: Redis;
  let timerQueue: Queue;
  let desk: GqlClient;
  const subscriptions: Subscription<unknown>[] = [];
  const clients = new Map<string, GqlClient>();
  const topics = new Map<string, string>();

  beforeAll(async () => {
    const port = hubPort();
    hub = `http://127.0.0.1:${port}`;
    processes = [await AppProcess.start('hub', { PORT: String(port) }), await AppProcess.start('line-worker', { RECONCILE_INTERVAL_MS: '60000' })];
    db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    redis = new Redis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });
    timerQueue = new Queue(SLA_TIMER_QUEUE, { connection: redis });
    desk = await GqlClient.signIn(hub, 'desk.utrecht');
    for (const agency of ['BD', 'CAK']) topics.set(agency, (await desk.data<{ topics: { id: string }[] }>(TOPICS, { a: agency })).topics[0]!.id);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(subscriptions.map((s) => s.close()));
    await Promise.all(processes.map((p) => p.stop()));
    await timerQueue?.close();
    redis?.disconnect();
    await db?.end();
  });

  async function as(username: string): Promise<GqlClient> {
    if (!clients.has(username)) clients.set(username, await GqlClient.signIn(hub, username));
    return clients.get(username)!;
  }

  async function subscribe<T>(client: GqlClient, query: string): Promise<Subscription<T>> {
    const sub = await client.subscribe<T>(query);
    subscriptions.push(sub as Subscription<unknown>);
    return sub;
  }

  async function waitFor(probe: () => Promise<unknown> | unknown, timeoutMs = 8_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await probe())) {
      if (Date.now() > deadline) throw new Error('condition not reached in time');
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  async function received(agency: string, seed: number): Promise<string> {
    const { openVisit } = await desk.data<{ openVisit: { id: string } }>(OPEN_VISIT, {
      input: { channel: 'WALK_IN', questions: ['Synthetische vraag'], citizen: { name: 'Synthetisch Persoon', phone: '0612345678', bsn: syntheticBsn(seed) } },
    });
    const { addReferral } = await desk.data<{ addReferral: { id: string } }>(ADD_REFERRAL, {
      input: { visitId: openVisit.id, agencyCode: agency, topicId: topics.get(agency), urgency: 'REGULAR', summary: 'Synthetische samenvatting', consent: { categories: ['CONTACT_DETAILS'], method: 'VERBAL' } },
    });
    await desk.data(SUBMIT, { id: addReferral.id });
    await waitFor(async () => (await db.query('SELECT status FROM referral WHERE id = $1', [addReferral.id])).rows[0].status === 'RECEIVED');
    return addReferral.id;
  }

  it('lets the agency fail only work it accepted, only with its own codes; the desk sees it live and on the timeline', async () => {
    const bd = await as('specialist.bd');
    const deskEvents = await subscribe<DeskEvent>(desk, SERVICE_POINT_EVENTS);
    const id = await received('BD', 401);
    const input = { id, reasonCode: 'CITIZEN_UNREACHABLE', note: 'Drie keer gebeld, geen gehoor' };

    const { agencies } = await bd.data<{ agencies: { code: string; failReasons: string[] }[] }>(FAIL_REASONS);
    expect(agencies.find((a) => a.code === 'BD')!.failReasons).toEqual(['NO_AGENCY_CAN_HELP', 'CITIZEN_UNREACHABLE']);
    // Not picked up yet: the agency rejects instead, so the desk can re-route.
    expect((await bd.request(FAIL, { input })).errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'RECEIVED' });
    await bd.data(ACCEPT, { id });
    // The line's own reason is not the agency's to give.
    expect((await bd.request(FAIL, { input: { ...input, reasonCode: 'UNDELIVERABLE' } })).errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['input', 'reasonCode'] }],
    });
    for (const other of ['specialist.cak', 'desk.amersfoort', 'desk.utrecht', 'monitor.bzk']) {
      expect((await (await as(other)).request(FAIL, { input })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    }

    type Failed = { failReferral: { status: string; failReasonCode: string; closedAt: string | null; timeline: { type: string; actorRole: string; fromStatus: string; toStatus: string; reason: string | null }[] } };
    const { failReferral } = await bd.data<Failed>(FAIL, { input });
    expect(failReferral).toMatchObject({ status: 'FAILED', failReasonCode: 'CITIZEN_UNREACHABLE' });
    expect(failReferral.closedAt).not.toBeNull();
    expect(failReferral.timeline.at(-1)).toEqual({
      type: 'FAIL',
      actorRole: 'AGENCY_SPECIALIST',
      fromStatus: 'ACCEPTED',
      toStatus: 'FAILED',
      reason: 'CITIZEN_UNREACHABLE: Drie keer gebeld, geen gehoor',
    });
    // The move, its event and its outbox row committed together: the relay carried it to the desk.
    await deskEvents.waitFor((e) => e.servicePointEvents.referralId === id && e.servicePointEvents.type === 'FAIL' && e.servicePointEvents.toStatus === 'FAILED');
    const deskView = await desk.data<{ referral: { status: string; failReasonCode: string } }>('query ($id: ID!) { referral(id: $id) { status failReasonCode } }', { id });
    expect(deskView.referral).toEqual({ status: 'FAILED', failReasonCode: 'CITIZEN_UNREACHABLE' });
    // Terminal: nothing moves it again.
    expect((await bd.request(FAIL, { input: { ...input, reasonCode: 'NO_AGENCY_CAN_HELP' } })).errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'FAILED' });
  });

  it('sends an escalation to the agency\'s coordinators over their own subscription, never over the line\'s', async () => {
    const coordinator = await as('coordinator.cak');
    const specialist = await as('specialist.cak');
    const escalations = await subscribe<Escalation>(coordinator, ESCALATIONS);
    const specialistLine = await subscribe<LineEvent>(specialist, LINE_EVENTS);
    const coordinatorLine = await subscribe<LineEvent>(coordinator, LINE_EVENTS);
    const foreignCoordinator = await subscribe<Escalation>(await as('coordinator.bd'), ESCALATIONS);
    const refused = await subscribe<Escalation>(specialist, ESCALATIONS);

    const id = await received('CAK', 402);
    const { rows } = await db.query(`SELECT id FROM referral_timer WHERE referral_id = $1 AND kind = 'ACCEPT_ESCALATION' AND settled_at IS NULL`, [id]);
    const job = slaTimerJobId(rows[0].id);
    await waitFor(() => timerQueue.getJob(job));
    // The accept deadline and the reminder's grace have passed without pickup: the coordinators are called in.
    await db.query(`UPDATE referral_timer SET fire_at = now() WHERE id = $1`, [rows[0].id]);
    await (await timerQueue.getJob(job))!.promote();

    const escalation = await escalations.waitFor((e) => e.escalations.referralId === id, 10_000);
    expect(escalation.escalations).toMatchObject({ type: 'ESCALATED', fromStatus: 'RECEIVED', toStatus: 'RECEIVED', referral: { status: 'RECEIVED' } });
    // Events reach one hub's subscribers in publish order: once the later pickup arrives, an escalation would have too.
    await specialist.data(ACCEPT, { id });
    for (const line of [specialistLine, coordinatorLine]) {
      await line.waitFor((e) => e.lineEvents.referralId === id && e.lineEvents.type === 'ACCEPT');
      expect(line.events.filter((e) => e.value.lineEvents.referralId === id).map((e) => e.value.lineEvents.type)).toEqual(['SUBMIT', 'RECEIVE', 'ACCEPT']);
    }
    expect(foreignCoordinator.events.filter((e) => e.value.escalations.referralId === id)).toEqual([]);
    await waitFor(() => refused.errors.length > 0);
    expect(refused.events).toEqual([]);
    // Refused as anything out of scope is: not found.
    expect(refused.errors).toEqual([[expect.objectContaining({ message: 'Resource not found', path: ['escalations'] })]]);
    // The timeline keeps it for everyone who may read the referral.
    const timeline = await specialist.data<{ referral: { timeline: { type: string }[] } }>('query ($id: ID!) { referral(id: $id) { timeline { type } } }', { id });
    expect(timeline.referral.timeline.map((t) => t.type)).toEqual(['CREATED', 'SUBMIT', 'RECEIVE', 'ESCALATED', 'ACCEPT']);
  });
});
