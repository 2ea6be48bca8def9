import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import pg from 'pg';
import { syntheticBsn } from '#domain';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { eventually } from '../support/eventually.js';
import { GqlClient, type GqlResponse } from '../support/graphql-client.js';
import { ACCEPT, ADD_REFERRAL, OPEN_VISIT, SUBMIT, TOPICS } from '../support/story-operations.js';

const REJECT = `mutation ($input: RejectReferralInput!) { rejectReferral(input: $input) { id status } }`;
const REROUTE = `mutation ($input: RerouteReferralInput!) { rerouteReferral(input: $input) { id } }`;
const RESEND = `mutation ($input: ResendReferralInput!) { resendReferral(input: $input) { id reference status agencyCode reroutedFrom { id } } }`;
const READ = `query ($id: ID!) { referral(id: $id) { status rejectReasonCode rejectionNote summary reroutedTo { id reference agencyCode } timeline { type reason } } }`;
const SCHEDULE = `mutation ($input: ScheduleAppointmentInput!) { scheduleAppointment(input: $input) { id } }`;
const CLOSE = `mutation ($id: ID!) { closeVisit(id: $id) { id status } }`;
const CLOSED = `query ($reference: String) { closedVisits(reference: $reference) { id status closedAt referrals { reference } } }`;

// Processes and argon2 on a shared two-core machine: generous, as none of this asserts time.
jest.setTimeout(60_000);

const codeOf = (answer: GqlResponse<unknown>) => answer.errors?.[0]?.extensions?.code;
const pathsOf = (answer: GqlResponse<unknown>) => (answer.errors?.[0]?.extensions?.fields ?? []).map((f) => f.path);

describe('the desk\'s way back: a sent-back referral corrected and sent again, and a closed visit found again', () => {
  let hub: string;
  let processes: AppProcess[] = [];
  let db: pg.Client;
  let desk: GqlClient;
  let otherDesk: GqlClient;
  let uwv: GqlClient;
  let topic: string;

  beforeAll(async () => {
    const port = hubPort();
    hub = `http://127.0.0.1:${port}`;
    processes = [await AppProcess.start('hub', { PORT: String(port) }), await AppProcess.start('line-worker', {})];
    db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    desk = await GqlClient.signIn(hub, 'desk.utrecht');
    otherDesk = await GqlClient.signIn(hub, 'desk.amersfoort');
    uwv = await GqlClient.signIn(hub, 'specialist.uwv');
    topic = (await desk.data<{ topics: { id: string }[] }>(TOPICS, { a: 'UWV' })).topics[0]!.id;
  }, 180_000);

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await db?.end();
  });

  async function statusOf(id: string): Promise<string> {
    return (await db.query('SELECT status FROM referral WHERE id = $1', [id])).rows[0].status;
  }

  /** A visit with one UWV referral, on the line and marked RECEIVED by the line worker. */
  async function received(seed: number): Promise<{ visitId: string; id: string; reference: string }> {
    const citizen = { name: 'Synthetisch Persoon', phone: '0612345678', bsn: syntheticBsn(seed) };
    const visitId = (await desk.data<{ openVisit: { id: string } }>(OPEN_VISIT, { input: { channel: 'WALK_IN', questions: ['Synthetische vraag'], citizen } })).openVisit.id;
    const input = { visitId, agencyCode: 'UWV', topicId: topic, urgency: 'REGULAR', summary: 'Wil WW aanvragen.', consent: { categories: ['QUESTION_TEXT'], method: 'VERBAL' } };
    const { id, reference } = (await desk.data<{ addReferral: { id: string; reference: string } }>(ADD_REFERRAL, { input })).addReferral;
    await desk.data(SUBMIT, { id });
    await eventually(async () => (await statusOf(id)) === 'RECEIVED');
    return { visitId, id, reference };
  }

  it('shows the specialist\'s explanation, and sends a correctable rejection again to the same agency in one step, chained', async () => {
    const { id } = await received(4101);
    const note = 'Wij willen de burger bellen. Vraag toestemming voor het telefoonnummer.';
    const live = await desk.subscribe<{ servicePointEvents: { referralId: string; referral: { status: string; rejectionNote: string | null } } }>(
      `subscription { servicePointEvents { referralId referral { status rejectionNote } } }`,
    );
    await uwv.data(REJECT, { input: { id, reasonCode: 'INSUFFICIENT_INFORMATION', note } });
    // Live too: the desk's board hears the explanation with the event.
    const event = await live.waitFor((e) => e.servicePointEvents.referralId === id && e.servicePointEvents.referral.status === 'REJECTED');
    expect(event.servicePointEvents.referral.rejectionNote).toBe(note);
    expect(live.errors).toEqual([]);
    await live.close();
    const seen = await desk.data<{ referral: { rejectReasonCode: string; rejectionNote: string } }>(READ, { id });
    expect(seen.referral).toMatchObject({ rejectReasonCode: 'INSUFFICIENT_INFORMATION', rejectionNote: note });

    // Another service point cannot see it, so cannot send it again: not found, as if it did not exist.
    const corrected = 'Wil WW aanvragen. Bel de burger op 06 12 34 56 78.';
    const input = { id, summary: corrected, consent: { categories: ['QUESTION_TEXT', 'CONTACT_DETAILS'], method: 'VERBAL' } };
    expect(codeOf(await otherDesk.request(RESEND, { input }))).toBe('NOT_FOUND');

    // The corrected question is screened against the new consent: a phone number needs CONTACT_DETAILS.
    const unconsented = await desk.request(RESEND, { input: { ...input, consent: { categories: ['QUESTION_TEXT'], method: 'VERBAL' } } });
    expect(codeOf(unconsented)).toBe('BAD_USER_INPUT');
    expect(pathsOf(unconsented)).toEqual([['input', 'summary']]);
    expect(JSON.stringify(unconsented)).not.toContain('34 56 78');
    expect((await db.query('SELECT count(*)::int AS n FROM referral WHERE rerouted_from_id = $1', [id])).rows[0].n).toBe(0);

    const { resendReferral: next } = await desk.data<{ resendReferral: { id: string; reference: string; status: string; agencyCode: string; reroutedFrom: { id: string } } }>(RESEND, { input });
    expect(next).toMatchObject({ status: 'REQUESTED', agencyCode: 'UWV', reroutedFrom: { id } });
    const old = await desk.data<{ referral: { reroutedTo: { id: string; agencyCode: string }; timeline: { type: string; reason: string | null }[] } }>(READ, { id });
    expect(old.referral.reroutedTo).toMatchObject({ id: next.id, agencyCode: 'UWV' });
    expect(old.referral.timeline.at(-1)).toEqual({ type: 'RESENT', reason: `sent again as ${next.reference}` });
    // The new referral went on the line: its REQUESTED event and outbox row were written with it.
    const outbox = await db.query(
      `SELECT e.type FROM outbox o JOIN referral_event e ON e.id = o.event_id WHERE o.referral_id = $1 ORDER BY o.id`,
      [next.id],
    );
    expect(outbox.rows.map((r) => r.type)).toContain('SUBMIT');
    const agencyRead = await uwv.data<{ referral: { summary: string } }>(READ, { id: next.id });
    expect(agencyRead.referral.summary).toBe(corrected);

    // Once only: a second resend, or a re-route after it, is refused.
    expect(codeOf(await desk.request(RESEND, { input }))).toBe('CONFLICT');
  });

  it('refuses the same agency after a rejection the desk cannot put right, naming the agency field', async () => {
    const { id } = await received(4102);
    await uwv.data(REJECT, { input: { id, reasonCode: 'NOT_OUR_DOMAIN', note: null } });
    expect((await desk.data<{ referral: { rejectionNote: string | null } }>(READ, { id })).referral.rejectionNote).toBeNull();
    const consent = { categories: ['QUESTION_TEXT'], method: 'VERBAL' };
    const again = await desk.request(RESEND, { input: { id, summary: 'Nogmaals.', consent } });
    expect(codeOf(again)).toBe('BAD_USER_INPUT');
    expect(pathsOf(again)).toEqual([['input', 'agencyCode']]);
    const rerouted = await desk.request(REROUTE, { input: { id, agencyCode: 'UWV', topicId: topic, summary: 'Nogmaals.', consent } });
    expect(pathsOf(rerouted)).toEqual([['input', 'agencyCode']]);
  });

  it('names per referral what the gate still misses, then finds the closed visit again: today\'s list and by reference, own service point only', async () => {
    const { visitId, id, reference } = await received(4103);
    const early = await desk.request(CLOSE, { id: visitId });
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', blockingReferrals: [{ id, reference, status: 'RECEIVED', missing: 'PICKUP' }] });
    await uwv.data(ACCEPT, { id });
    const accepted = await desk.request(CLOSE, { id: visitId });
    expect(accepted.errors?.[0]?.extensions).toMatchObject({ blockingReferrals: [{ id, reference, status: 'ACCEPTED', missing: 'APPOINTMENT' }] });
    const startsAt = new Date(Date.now() + 2 * 86_400_000).toISOString();
    await uwv.data(SCHEDULE, { input: { referralId: id, kind: 'APPOINTMENT', channel: 'PHONE', startsAt, extraItems: [] } });
    await desk.data(CLOSE, { id: visitId });

    const today = await desk.data<{ closedVisits: { id: string; status: string }[] }>(CLOSED, {});
    expect(today.closedVisits.map((v) => v.id)).toContain(visitId);
    expect(today.closedVisits.every((v) => v.status === 'CLOSED')).toBe(true);
    const typed = `ll ${reference.slice(3)}`;
    const found = await desk.data<{ closedVisits: { id: string; referrals: { reference: string }[] }[] }>(CLOSED, { reference: typed });
    expect(found.closedVisits).toEqual([{ id: visitId, referrals: [{ reference }] }].map((v) => expect.objectContaining(v)));

    // Another service point: not in its list, and by reference not found, exactly like a reference that does not exist.
    expect((await otherDesk.data<{ closedVisits: { id: string }[] }>(CLOSED, {})).closedVisits.map((v) => v.id)).not.toContain(visitId);
    expect(codeOf(await otherDesk.request(CLOSED, { reference }))).toBe('NOT_FOUND');
    expect(codeOf(await desk.request(CLOSED, { reference: 'LL-999999' }))).toBe('NOT_FOUND');
    const invalid = await desk.request(CLOSED, { reference: 'geen referentie' });
    expect(codeOf(invalid)).toBe('BAD_USER_INPUT');
    expect(pathsOf(invalid)).toEqual([['reference']]);
    // Not for an agency: the query is the desk's, and forbidden looks like not found.
    expect(codeOf(await uwv.request(CLOSED, {}))).toBe('NOT_FOUND');
  });
});
