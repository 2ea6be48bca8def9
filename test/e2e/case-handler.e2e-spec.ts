import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { syntheticBsn } from '#domain';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { GqlClient, type Subscription } from '../support/graphql-client.js';
import { ACCEPT, ADD_REFERRAL, OPEN_VISIT, SUBMIT, TOPICS } from '../support/story-operations.js';

const START = `mutation ($id: ID!) { startReferral(id: $id) { id status } }`;
const HOLD = `mutation ($id: ID!) { holdReferral(id: $id, reason: "Wacht op een brief") { id status } }`;
const RESUME = `mutation ($id: ID!) { resumeReferral(id: $id) { id status } }`;
const SCHEDULE = `mutation ($input: ScheduleAppointmentInput!) { scheduleAppointment(input: $input) { id } }`;
const REASSIGN = `mutation ($id: ID!, $to: ID!) { reassignReferral(id: $id, toAccountId: $to) { id assignee { id displayName } } }`;
const TAKE_OVER = `mutation ($id: ID!) { takeOverReferral(id: $id) { id assignee { displayName } } }`;
const STAFF = `query { lineStaff { id displayName } }`;
const DETAIL = `query ($id: ID!) { referral(id: $id) { status assignee { displayName } deadlineState { dueAt state businessMinutesLeft }
  timeline { type actorRole actorName handlerName reasonCode note relatedReference scheduledKind scheduledAt } } }`;
const INBOX = `query ($handler: ID) { inbox(agency: UWV, handler: $handler, first: 100) { edges { node { id urgency status assignee { id } deadlineState { state } } } } }`;
const OVERDUE = `query { overdueReferrals(agency: UWV, first: 100) { edges { node { id deadlineState { state } } } } }`;
const LINE_EVENTS = `subscription { lineEvents { type referralId referral { assignee { displayName } } } }`;

type Detail = {
  referral: {
    status: string;
    assignee: { displayName: string } | null;
    deadlineState: { dueAt: string; state: string; businessMinutesLeft: number | null } | null;
    timeline: { type: string; actorRole: string; actorName: string | null; handlerName: string | null; reasonCode: string | null; note: string | null }[];
  };
};
type LineEvent = { lineEvents: { type: string; referralId: string; referral: { assignee: { displayName: string } | null } } };

describe('who has the case, over the API', () => {
  let hub: string;
  let processes: AppProcess[] = [];
  let db: pg.Client;
  let desk: GqlClient;
  let first: GqlClient;
  let second: GqlClient;
  let coordinator: GqlClient;
  let topic: string;
  const subscriptions: Subscription<unknown>[] = [];

  beforeAll(async () => {
    const port = hubPort();
    hub = `http://127.0.0.1:${port}`;
    processes = [await AppProcess.start('hub', { PORT: String(port) }), await AppProcess.start('line-worker', { RECONCILE_INTERVAL_MS: '60000' })];
    db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    [desk, first, second, coordinator] = await Promise.all(['desk.utrecht', 'specialist.uwv', 'specialist2.uwv', 'coordinator.uwv'].map((u) => GqlClient.signIn(hub, u)));
    topic = (await desk.data<{ topics: { id: string }[] }>(TOPICS, { a: 'UWV' })).topics[0]!.id;
  }, 60_000);

  afterAll(async () => {
    await Promise.all(subscriptions.map((s) => s.close()));
    await Promise.all(processes.map((p) => p.stop()));
    await db?.end();
  });

  /** A referral on UWV's line, received by the line worker (its event says so). */
  async function received(seed: number, urgency = 'LIVE'): Promise<string> {
    const events = await first.subscribe<LineEvent>(LINE_EVENTS);
    subscriptions.push(events);
    const { openVisit } = await desk.data<{ openVisit: { id: string } }>(OPEN_VISIT, {
      input: { channel: 'WALK_IN', questions: ['Synthetische vraag'], citizen: { name: 'Synthetisch Persoon', bsn: syntheticBsn(seed) } },
    });
    const { addReferral } = await desk.data<{ addReferral: { id: string } }>(ADD_REFERRAL, {
      input: { visitId: openVisit.id, agencyCode: 'UWV', topicId: topic, urgency, summary: 'Synthetische samenvatting', consent: { categories: ['CONTACT_DETAILS'], method: 'VERBAL' } },
    });
    await desk.data(SUBMIT, { id: addReferral.id });
    await events.waitFor((e) => e.lineEvents.referralId === addReferral.id && e.lineEvents.type === 'RECEIVE', 15_000);
    return addReferral.id;
  }

  const codeOf = async (client: GqlClient, query: string, variables: Record<string, unknown>) => (await client.request(query, variables)).errors?.[0]?.extensions?.code;

  it('lets the assignee and a coordinator act, refuses another specialist with NOT_ASSIGNEE, and records a take-over', async () => {
    const id = await received(9101);
    const staff = (await coordinator.data<{ lineStaff: { id: string; displayName: string }[] }>(STAFF)).lineStaff;
    const secondId = staff.find((s) => s.displayName === 'Demo Specialist UWV 2')!.id;
    await first.data(ACCEPT, { id });

    // Another specialist may not move the case or plan for it; nothing changes.
    expect(await codeOf(second, START, { id })).toBe('NOT_ASSIGNEE');
    const startsAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
    expect(await codeOf(second, SCHEDULE, { input: { referralId: id, kind: 'CALLBACK', channel: 'PHONE', startsAt } })).toBe('NOT_ASSIGNEE');
    expect((await first.data<Detail>(DETAIL, { id })).referral.status).toBe('ACCEPTED');

    // The assignee may, and so may the line's coordinator.
    expect((await first.data<{ startReferral: { status: string } }>(START, { id })).startReferral.status).toBe('IN_PROGRESS');
    expect((await coordinator.data<{ holdReferral: { status: string } }>(HOLD, { id })).holdReferral.status).toBe('ON_HOLD');

    // The coordinator hands it on: the first specialist's open screen hears it over the line subscription.
    const firstScreen = await first.subscribe<LineEvent>(LINE_EVENTS);
    subscriptions.push(firstScreen);
    await coordinator.data(REASSIGN, { id, to: secondId });
    const heard = await firstScreen.waitFor((e) => e.lineEvents.referralId === id && e.lineEvents.type === 'REASSIGNED');
    expect(heard.lineEvents.referral.assignee).toEqual({ displayName: 'Demo Specialist UWV 2' });
    expect(await codeOf(first, RESUME, { id })).toBe('NOT_ASSIGNEE');
    expect((await second.data<{ resumeReferral: { status: string } }>(RESUME, { id })).resumeReferral.status).toBe('IN_PROGRESS');

    // The first specialist takes it back explicitly; the timeline says who did what, by name, to the line.
    expect((await first.data<{ takeOverReferral: { assignee: { displayName: string } } }>(TAKE_OVER, { id })).takeOverReferral.assignee.displayName).toBe('Demo Specialist UWV');
    expect(await codeOf(coordinator, TAKE_OVER, { id })).toBe('NOT_FOUND');
    const line = (await first.data<Detail>(DETAIL, { id })).referral;
    expect(line.timeline.filter((e) => e.type === 'REASSIGNED').map((e) => [e.actorName, e.handlerName])).toEqual([
      ['Demo Coördinator UWV', 'Demo Specialist UWV 2'],
      ['Demo Specialist UWV', 'Demo Specialist UWV'],
    ]);
    expect(line.timeline.find((e) => e.type === 'HOLD')).toMatchObject({ actorName: 'Demo Coördinator UWV', note: 'Wacht op een brief', reasonCode: null });

    // The desk reads the same entries without the line's names or the handler.
    const atDesk = (await desk.data<Detail>(DETAIL, { id })).referral;
    expect(atDesk.assignee).toBeNull();
    expect(atDesk.timeline.filter((e) => e.actorRole !== 'DESK_WORKER').every((e) => e.actorName === null && e.handlerName === null)).toBe(true);
    expect(atDesk.timeline.find((e) => e.type === 'CREATED')!.actorName).toBe('Demo Loketmedewerker Utrecht');
  }, 60_000);

  it('gives the desk, the line and the coordinator\'s overdue list one deadline state, and sorts and filters the inbox as the line works', async () => {
    const late = await received(9102, 'CALLBACK');
    const fresh = await received(9103, 'REGULAR');
    await db.query(`UPDATE referral SET accept_due_at = now() - interval '1 hour' WHERE id = $1`, [late]);

    const state = async (client: GqlClient, id: string) => (await client.data<Detail>(DETAIL, { id })).referral.deadlineState!.state;
    expect([await state(desk, late), await state(first, late), await state(coordinator, late)]).toEqual(['OVERDUE', 'OVERDUE', 'OVERDUE']);
    expect(await state(desk, fresh)).toMatch(/^(ON_TIME|DUE_SOON)$/);

    type Node = { id: string; urgency: string; status: string; assignee: { id: string } | null; deadlineState: { state: string } | null };
    const overdue = (await coordinator.data<{ overdueReferrals: { edges: { node: Node }[] } }>(OVERDUE)).overdueReferrals.edges.map((e) => e.node);
    expect(overdue.map((n) => n.id)).toContain(late);
    expect(overdue.every((n) => n.deadlineState?.state === 'OVERDUE')).toBe(true);
    const inbox = (await coordinator.data<{ inbox: { edges: { node: Node }[] } }>(INBOX, {})).inbox.edges.map((e) => e.node);
    const overdueInInbox = inbox.filter((n) => n.deadlineState?.state === 'OVERDUE').map((n) => n.id);
    expect(overdueInInbox.every((id) => overdue.some((n) => n.id === id))).toBe(true);

    // Work order: open work first, within it most urgent first.
    const rank = { LIVE: 0, CALLBACK: 1, REGULAR: 2 } as Record<string, number>;
    const closed = new Set(['COMPLETED', 'REJECTED', 'CANCELLED', 'FAILED']);
    const open = inbox.filter((n) => !closed.has(n.status));
    expect(inbox.slice(0, open.length)).toEqual(open);
    expect(open.map((n) => rank[n.urgency]!)).toEqual([...open.map((n) => rank[n.urgency]!)].sort((a, b) => a - b));

    // "Mine": only the cases this specialist has.
    const firstId = (await coordinator.data<{ lineStaff: { id: string; displayName: string }[] }>(STAFF)).lineStaff.find((s) => s.displayName === 'Demo Specialist UWV')!.id;
    const mine = (await first.data<{ inbox: { edges: { node: Node }[] } }>(INBOX, { handler: firstId })).inbox.edges.map((e) => e.node);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((n) => n.assignee?.id === firstId)).toBe(true);
  }, 60_000);
});
