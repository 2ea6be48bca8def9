import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
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

const REJECT = `mutation ($id: ID!, $code: RejectReasonCode!) { rejectReferral(input: { id: $id, reasonCode: $code, note: "Past niet bij ons" }) { id status rejectReasonCode } }`;
const REROUTE = `mutation ($input: RerouteReferralInput!) { rerouteReferral(input: $input) { id reference status agencyCode urgency reroutedFrom { id reference } } }`;
const CHAIN = `query ($id: ID!) { referral(id: $id) { id reference status reroutedFrom { id } reroutedTo { id reference status } timeline { type toStatus reason } } }`;
const CONVERT = `mutation ($id: ID!) { convertToCallback(id: $id) { id urgency status acceptDueAt timeline { type } } }`;
const SCHEDULE = `mutation ($input: ScheduleAppointmentInput!) { scheduleAppointment(input: $input) { id businessStatus appointment { kind startsAt endsAt channel place extraItems } whatToBring } }`;
const CLOSE = `mutation ($id: ID!) { closeVisit(id: $id) { id status closedAt } }`;
const SUMMARY = `query ($id: ID!) { citizenSummary(visitId: $id) { title intro items { reference agencyName nextStep whatToBring } closing } }`;
const SET_SLA = `mutation ($input: SetSlaInput!) { setSlaTargets(input: $input) { agencyCode urgency receive { amount unit } accept { amount unit } } }`;

describe('lines that keep their promises, end to end', () => {
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
    for (const agency of ['UWV', 'TSL', 'CJIB', 'SVB']) {
      const list = (await desk.data<{ topics: { id: string }[] }>(TOPICS, { a: agency })).topics;
      topics.set(agency, list[0]!.id);
    }
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

  async function openVisit(seed: number): Promise<string> {
    const { openVisit } = await desk.data<{ openVisit: { id: string } }>(OPEN_VISIT, {
      input: { channel: 'WALK_IN', questions: ['Synthetische vraag'], citizen: { name: 'Synthetisch Persoon', phone: '0612345678', bsn: syntheticBsn(seed) } },
    });
    return openVisit.id;
  }

  async function submitted(visitId: string, agency: string, urgency: string): Promise<string> {
    const { addReferral } = await desk.data<{ addReferral: { id: string } }>(ADD_REFERRAL, {
      input: { visitId, agencyCode: agency, topicId: topics.get(agency), urgency, summary: 'Synthetische samenvatting', consent: { categories: ['CONTACT_DETAILS'], method: 'VERBAL' } },
    });
    await desk.data(SUBMIT, { id: addReferral.id });
    await waitFor(async () => (await db.query('SELECT status FROM referral WHERE id = $1', [addReferral.id])).rows[0].status === 'RECEIVED');
    return addReferral.id;
  }

  async function waitFor(probe: () => Promise<unknown>, timeoutMs = 8_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await probe())) {
      if (Date.now() > deadline) throw new Error('condition not reached in time');
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  it('rejects only with the agency\'s own codes, and the desk re-routes in one step, the chain visible on both ends', async () => {
    const cjib = await as('specialist.cjib');
    const tsl = await as('specialist.tsl');
    const visitId = await openVisit(301);
    const id = await submitted(visitId, 'CJIB', 'REGULAR');

    const notAllowed = await cjib.request(REJECT, { id, code: 'NEEDS_FORMAL_REQUEST' });
    expect(notAllowed.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['input', 'reasonCode'] }] });
    const { rejectReferral } = await cjib.data<{ rejectReferral: { status: string } }>(REJECT, { id, code: 'NOT_OUR_DOMAIN' });
    expect(rejectReferral.status).toBe('REJECTED');

    const input = { id, agencyCode: 'TSL', topicId: topics.get('TSL'), summary: 'Terugvordering, vraagt betalingsregeling.', consent: { categories: ['CONTACT_DETAILS'], method: 'VERBAL' } };
    expect((await desk.request(REROUTE, { input: { ...input, agencyCode: 'CJIB', topicId: topics.get('CJIB') } })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect((await desk.request(REROUTE, { input: { ...input, consent: undefined } })).errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const { rerouteReferral } = await desk.data<{ rerouteReferral: { id: string; reference: string; status: string; agencyCode: string; urgency: string; reroutedFrom: { id: string } } }>(REROUTE, { input });
    expect(rerouteReferral).toMatchObject({ status: 'REQUESTED', agencyCode: 'TSL', urgency: 'REGULAR', reroutedFrom: { id } });
    await waitFor(async () => (await db.query('SELECT status FROM referral WHERE id = $1', [rerouteReferral.id])).rows[0].status === 'RECEIVED');

    const again = await desk.request(REROUTE, { input });
    expect(again.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'REJECTED' });

    type Chain = { referral: { reroutedFrom: { id: string } | null; reroutedTo: { id: string; reference: string } | null; timeline: { type: string; reason: string | null }[] } };
    const original = (await desk.data<Chain>(CHAIN, { id })).referral;
    expect(original.reroutedTo).toMatchObject({ id: rerouteReferral.id, reference: rerouteReferral.reference });
    expect(original.timeline.map((t) => t.type)).toEqual(['CREATED', 'SUBMIT', 'RECEIVE', 'REJECT', 'REROUTED']);
    expect(original.timeline.at(-1)!.reason).toBe(`re-routed to ${rerouteReferral.reference}`);
    const next = (await desk.data<Chain>(CHAIN, { id: rerouteReferral.id })).referral;
    expect(next.timeline.map((t) => t.type)).toEqual(['CREATED', 'SUBMIT', 'RECEIVE']);
    expect(next.timeline[0]!.reason).toMatch(/^re-routed from LL-\d+$/);
    // Toeslagen sees its own referral, not the one CJIB rejected.
    const asTsl = (await tsl.data<Chain>(CHAIN, { id: rerouteReferral.id })).referral;
    expect(asTsl.reroutedFrom).toBeNull();
    expect((await tsl.request(CHAIN, { id })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('alerts the desk when a LIVE referral misses its accept deadline, and the desk turns it into a callback in one step', async () => {
    const deskEvents = await desk.subscribe<DeskEvent>(SERVICE_POINT_EVENTS);
    const lineEvents = await (await as('specialist.svb')).subscribe<LineEvent>(LINE_EVENTS);
    subscriptions.push(deskEvents as Subscription<unknown>, lineEvents as Subscription<unknown>);
    const visitId = await openVisit(302);
    const id = await submitted(visitId, 'SVB', 'LIVE');
    const { rows } = await db.query(`SELECT id FROM referral_timer WHERE referral_id = $1 AND kind = 'ACCEPT_REMINDER' AND settled_at IS NULL`, [id]);
    const job = slaTimerJobId(rows[0].id);
    await waitFor(() => timerQueue.getJob(job));
    // Ten business minutes pass without pickup: the deadline is now, and the alarm goes off.
    await db.query(`UPDATE referral_timer SET fire_at = now() WHERE id = $1`, [rows[0].id]);
    await (await timerQueue.getJob(job))!.promote();

    await deskEvents.waitFor((e) => e.servicePointEvents.referralId === id && e.servicePointEvents.type === 'DESK_ALERTED', 10_000);
    await lineEvents.waitFor((e) => e.lineEvents.referralId === id && e.lineEvents.type === 'REMINDED');

    const { convertToCallback } = await desk.data<{ convertToCallback: { urgency: string; status: string; acceptDueAt: string; timeline: { type: string }[] } }>(CONVERT, { id });
    expect(convertToCallback.urgency).toBe('CALLBACK');
    expect(convertToCallback.status).toBe('RECEIVED');
    expect(convertToCallback.timeline.map((t) => t.type)).toEqual(['CREATED', 'SUBMIT', 'RECEIVE', 'REMINDED', 'DESK_ALERTED', 'CONVERTED_TO_CALLBACK']);
    const planned = await db.query(`SELECT kind, fire_at FROM referral_timer WHERE referral_id = $1 AND settled_at IS NULL ORDER BY kind`, [id]);
    expect(planned.rows.map((r: { kind: string }) => r.kind)).toEqual(['ACCEPT_ESCALATION', 'ACCEPT_REMINDER', 'RECEIVE_ESCALATION', 'RECEIVE_REMINDER']);
    expect(new Date(convertToCallback.acceptDueAt).getTime()).toBe(planned.rows[1].fire_at.getTime());
    await deskEvents.waitFor((e) => e.servicePointEvents.referralId === id && e.servicePointEvents.type === 'CONVERTED_TO_CALLBACK');

    expect((await desk.request(CONVERT, { id })).errors![0]!.extensions!.code).toBe('CONFLICT');
    expect((await (await as('specialist.svb')).request(CONVERT, { id })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('keeps the visit open until every referral is picked up and scheduled, then lets go; the summary prints in B1 Dutch', async () => {
    const uwv = await as('specialist.uwv');
    const tsl = await as('specialist.tsl');
    const visitId = await openVisit(303);
    const uwvId = await submitted(visitId, 'UWV', 'CALLBACK');
    const tslId = await submitted(visitId, 'TSL', 'REGULAR');
    await uwv.data(ACCEPT, { id: uwvId });
    const tomorrow = new Date(Date.now() + 24 * 3_600_000);
    const inTwoHours = new Date(tomorrow.getTime() + 2 * 3_600_000);
    const { scheduleAppointment } = await uwv.data<{ scheduleAppointment: { businessStatus: string; appointment: { kind: string }; whatToBring: string[] } }>(SCHEDULE, {
      input: { referralId: uwvId, kind: 'CALLBACK', startsAt: tomorrow.toISOString(), endsAt: inTwoHours.toISOString(), channel: 'PHONE', extraItems: ['Uw laatste loonstrook'] },
    });
    expect(scheduleAppointment.businessStatus).toBe('CALLBACK_SCHEDULED');
    expect(scheduleAppointment.whatToBring.at(-1)).toBe('Uw laatste loonstrook');

    const blocked = await desk.request(CLOSE, { id: visitId });
    const tslRef = (await db.query('SELECT reference FROM referral WHERE id = $1', [tslId])).rows[0].reference;
    expect(blocked.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', blockingReferrals: [{ id: tslId, reference: tslRef, status: 'RECEIVED' }] });

    await tsl.data(ACCEPT, { id: tslId });
    const stillBlocked = await desk.request(CLOSE, { id: visitId });
    expect(stillBlocked.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', blockingReferrals: [{ id: tslId, status: 'ACCEPTED' }] });
    const inPerson = await desk.request(SCHEDULE, { input: { referralId: tslId, kind: 'APPOINTMENT', startsAt: tomorrow.toISOString(), channel: 'IN_PERSON' } });
    expect(inPerson.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['input', 'place'] }] });
    await desk.data(SCHEDULE, { input: { referralId: tslId, kind: 'APPOINTMENT', startsAt: tomorrow.toISOString(), channel: 'IN_PERSON', place: 'Stadsplateau 1, Utrecht' } });

    const { citizenSummary } = await desk.data<{ citizenSummary: { intro: string; items: { reference: string; nextStep: string; whatToBring: string[] }[] } }>(SUMMARY, { id: visitId });
    expect(citizenSummary.intro).toContain('Servicepunt Stadskantoor Utrecht');
    expect(citizenSummary.items.map((i) => i.nextStep)).toEqual([expect.stringMatching(/belt u op \w+dag \d+ \w+ tussen \d\d:\d\d en \d\d:\d\d uur\./), expect.stringMatching(/^U hebt een afspraak bij Dienst Toeslagen op .* Adres: Stadsplateau 1, Utrecht\.$/)]);

    const page = await fetch(`${hub}/visits/${visitId}/summary`, { headers: { authorization: `Bearer ${desk.token}` } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain(tslRef);
    expect(html).toContain('Uw laatste loonstrook');
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//);
    expect(html).not.toContain('Synthetisch Persoon');
    const amersfoort = await as('desk.amersfoort');
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await fetch(`${hub}/visits/${visitId}/summary`, { headers: { authorization: `Bearer ${amersfoort.token}` } })).status).toBe(404);
    expect((await fetch(`${hub}/visits/${unknown}/summary`, { headers: { authorization: `Bearer ${desk.token}` } })).status).toBe(404);
    expect((await fetch(`${hub}/visits/${visitId}/summary`, { headers: { authorization: `Bearer ${uwv.token}` } })).status).toBe(404);
    expect((await fetch(`${hub}/visits/${visitId}/summary`)).status).toBe(401);

    const { closeVisit } = await desk.data<{ closeVisit: { status: string; closedAt: string } }>(CLOSE, { id: visitId });
    expect(closeVisit.status).toBe('CLOSED');
    expect((await desk.request(CLOSE, { id: visitId })).errors![0]!.extensions!.code).toBe('CONFLICT');
    expect((await amersfoort.request(CLOSE, { id: visitId })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('lets only the agency\'s own coordinator change its SLA and line hours, validated', async () => {
    const coordinator = await as('coordinator.uwv');
    const input = { agency: 'UWV', urgency: 'LIVE', receive: { amount: 3, unit: 'MINUTES' }, accept: { amount: 15, unit: 'MINUTES' } };
    const { setSlaTargets } = await coordinator.data<{ setSlaTargets: unknown }>(SET_SLA, { input });
    expect(setSlaTargets).toEqual({ agencyCode: 'UWV', urgency: 'LIVE', receive: { amount: 3, unit: 'MINUTES' }, accept: { amount: 15, unit: 'MINUTES' } });

    const visitId = await openVisit(304);
    const id = await submitted(visitId, 'UWV', 'LIVE');
    const { rows } = await db.query(`SELECT submitted_at, accept_due_at FROM referral WHERE id = $1`, [id]);
    expect(rows[0].accept_due_at.getTime()).toBeGreaterThan(rows[0].submitted_at.getTime());

    const backwards = await coordinator.request(SET_SLA, { input: { ...input, accept: { amount: 2, unit: 'MINUTES' } } });
    expect(backwards.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['input', 'accept'] }] });
    const zero = await coordinator.request(SET_SLA, { input: { ...input, receive: { amount: 0, unit: 'MINUTES' } } });
    expect(zero.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['input', 'receive', 'amount'] }] });
    const other = await (await as('coordinator.tsl')).request(SET_SLA, { input });
    expect(other.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const specialist = await (await as('specialist.uwv')).request(SET_SLA, { input });
    expect(specialist.errors![0]!.extensions!.code).toBe('NOT_FOUND');

    const hours = `mutation ($input: SetLineHoursInput!) { setLineHours(input: $input) { code lineHours { days opens closes } } }`;
    const bad = await coordinator.request(hours, { input: { agency: 'UWV', days: ['MON'], opens: '18:00', closes: '08:00' } });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['input', 'closes'] }] });
    expect((await (await as('coordinator.tsl')).request(hours, { input: { agency: 'UWV', days: ['MON'], opens: '08:00', closes: '18:00' } })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const { setLineHours } = await coordinator.data<{ setLineHours: { lineHours: unknown } }>(hours, { input: { agency: 'UWV', days: ['FRI', 'MON', 'TUE', 'WED', 'THU'], opens: '08:00', closes: '17:00' } });
    expect(setLineHours.lineHours).toEqual({ days: ['MON', 'TUE', 'WED', 'THU', 'FRI'], opens: '08:00', closes: '17:00' });

    const overdue = await coordinator.data<{ overdueReferrals: { edges: { node: { id: string } }[] } }>(`query { overdueReferrals(agency: UWV, first: 5) { edges { node { id acceptDueAt } } pageInfo { hasNextPage } } }`);
    expect(Array.isArray(overdue.overdueReferrals.edges)).toBe(true);
    expect((await (await as('coordinator.tsl')).request(`query { overdueReferrals(agency: UWV) { edges { cursor } } }`)).errors![0]!.extensions!.code).toBe('NOT_FOUND');

    await coordinator.data(SET_SLA, { input: { ...input, receive: { amount: 2, unit: 'MINUTES' }, accept: { amount: 10, unit: 'MINUTES' } } });
  });

  it('hands the next referral to a specialist over GraphQL, claimed, and lets the coordinator reassign it', async () => {
    const coordinator = await as('coordinator.svb');
    while ((await coordinator.data<{ takeNextReferral: { id: string } | null }>('mutation { takeNextReferral { id } }')).takeNextReferral);
    const visitId = await openVisit(305);
    const regular = await submitted(visitId, 'SVB', 'REGULAR');
    const live = await submitted(visitId, 'SVB', 'LIVE');
    const svb = await as('specialist.svb');
    const take = 'mutation { takeNextReferral { id status assignee { displayName } } }';
    expect((await svb.data<{ takeNextReferral: unknown }>(take)).takeNextReferral).toEqual({ id: live, status: 'ACCEPTED', assignee: { displayName: 'Demo Specialist SVB' } });
    expect((await svb.data<{ takeNextReferral: { id: string } }>(take)).takeNextReferral.id).toBe(regular);
    expect((await svb.data<{ takeNextReferral: null }>(take)).takeNextReferral).toBeNull();
    expect((await desk.request(take)).errors![0]!.extensions!.code).toBe('NOT_FOUND');

    // The coordinator hands the LIVE one on; a specialist may not.
    const { lineStaff } = await coordinator.data<{ lineStaff: { id: string; role: string }[] }>('query { lineStaff { id displayName role } }');
    const to = lineStaff.find((m) => m.role === 'AGENCY_COORDINATOR')!.id;
    const reassign = 'mutation ($id: ID!, $to: ID!) { reassignReferral(id: $id, toAccountId: $to) { assignee { id } timeline { type } } }';
    expect((await svb.request(reassign, { id: live, to })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const { reassignReferral } = await coordinator.data<{ reassignReferral: { assignee: { id: string }; timeline: { type: string }[] } }>(reassign, { id: live, to });
    expect(reassignReferral.assignee.id).toBe(to);
    expect(reassignReferral.timeline.at(-1)!.type).toBe('REASSIGNED');
  });
});
