import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { syntheticBsn } from '#domain';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { GqlClient, type GqlResponse } from '../support/graphql-client.js';
import { ACCEPT, ADD_REFERRAL, OPEN_VISIT, SUBMIT, TOPICS } from '../support/story-operations.js';

const READ = `query ($id: ID!) { referral(id: $id) { summary timeline { type reason } } }`;
const HOLD = `mutation ($id: ID!, $reason: String!) { holdReferral(id: $id, reason: $reason) { id status } }`;
const COMPLETE = `mutation ($id: ID!, $outcome: String!) { completeReferral(id: $id, outcome: $outcome) { id status } }`;
const SCHEDULE = `mutation ($input: ScheduleAppointmentInput!) { scheduleAppointment(input: $input) { id } }`;
const REJECT = `mutation ($input: RejectReferralInput!) { rejectReferral(input: $input) { id status } }`;
const REROUTE = `mutation ($input: RerouteReferralInput!) { rerouteReferral(input: $input) { id status } }`;

/** The refusal of free text: BAD_USER_INPUT naming the field and the kind, never the value. */
function expectRefused(answer: GqlResponse<unknown>, path: readonly string[], kind: string, value: string): void {
  expect(answer.data ?? null).toBeNull();
  const fields = answer.errors?.[0]?.extensions?.fields ?? [];
  expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(fields.map((f) => f.path)).toEqual([path]);
  expect(fields[0]!.message).toContain(kind);
  expect(JSON.stringify(answer)).not.toContain(value);
}

describe('personal data in free text goes to an agency only with the citizen\'s consent', () => {
  let hub: string;
  let processes: AppProcess[] = [];
  let db: pg.Client;
  let desk: GqlClient;
  let cjib: GqlClient;
  const topics = new Map<string, string>();
  const bsn = syntheticBsn(1212);
  const spacedBsn = `${bsn.slice(0, 4)} ${bsn.slice(4, 6)} ${bsn.slice(6)}`;

  beforeAll(async () => {
    const port = hubPort();
    hub = `http://127.0.0.1:${port}`;
    processes = [await AppProcess.start('hub', { PORT: String(port) }), await AppProcess.start('line-worker', {})];
    db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    desk = await GqlClient.signIn(hub, 'desk.utrecht');
    cjib = await GqlClient.signIn(hub, 'specialist.cjib');
    for (const agency of ['CJIB', 'TSL']) topics.set(agency, (await desk.data<{ topics: { id: string }[] }>(TOPICS, { a: agency })).topics[0]!.id);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await db?.end();
  });

  async function openVisit(): Promise<string> {
    const input = { channel: 'WALK_IN', questions: ['Synthetische vraag over een boete'], citizen: { name: 'Synthetisch Persoon', bsn } };
    return (await desk.data<{ openVisit: { id: string } }>(OPEN_VISIT, { input })).openVisit.id;
  }

  function addReferral(visitId: string, summary: string, categories: string[]): Promise<GqlResponse<{ addReferral: { id: string } }>> {
    const input = { visitId, agencyCode: 'CJIB', topicId: topics.get('CJIB'), urgency: 'REGULAR', summary, consent: { categories, method: 'VERBAL' } };
    return desk.request(ADD_REFERRAL, { input });
  }

  /** Submitted and on CJIB's line; the line worker marks it RECEIVED. */
  async function received(visitId: string, categories: string[]): Promise<string> {
    const id = (await addReferral(visitId, 'Vraagt een betalingsregeling.', categories)).data!.addReferral.id;
    await desk.data(SUBMIT, { id });
    for (let status = ''; status !== 'RECEIVED'; ) {
      status = (await db.query('SELECT status FROM referral WHERE id = $1', [id])).rows[0].status;
      if (status !== 'RECEIVED') await new Promise((r) => setTimeout(r, 25));
    }
    return id;
  }

  it('refuses a BSN in the question for an agency without consent for the BSN, and sends it as written with that consent', async () => {
    const visitId = await openVisit();
    const summary = `Boete betalen in termijnen. BSN ${spacedBsn}`;
    expectRefused(await addReferral(visitId, summary, ['QUESTION_TEXT', 'CONTACT_DETAILS']), ['input', 'summary'], 'BSN', spacedBsn);
    expect((await db.query('SELECT count(*)::int AS n FROM referral WHERE visit_id = $1', [visitId])).rows[0].n).toBe(0);

    const added = (await addReferral(visitId, summary, ['QUESTION_TEXT', 'BSN'])).data!.addReferral;
    await desk.data(SUBMIT, { id: added.id });
    const read = await cjib.data<{ referral: { summary: string } }>(READ, { id: added.id });
    expect(read.referral.summary).toBe(summary);
  });

  it('holds the agency\'s own reasons, outcomes and appointments to the same consent, and never lets an IBAN through', async () => {
    const id = await received(await openVisit(), ['QUESTION_TEXT', 'BSN']);
    await cjib.data(ACCEPT, { id });

    expectRefused(await cjib.request(HOLD, { id, reason: 'Terugbellen op 06-12345678' }), ['reason'], 'PHONE', '12345678');
    const startsAt = new Date(Date.now() + 7 * 24 * 3_600_000).toISOString();
    const appointment = { referralId: id, kind: 'APPOINTMENT', channel: 'IN_PERSON', startsAt, place: 'Balie 3, Stadsplein 1', extraItems: ['Paspoort', 'Brief aan p.persoon@example.org'] };
    expectRefused(await cjib.request(SCHEDULE, { input: appointment }), ['input', 'extraItems', '1'], 'EMAIL', 'p.persoon');
    expectRefused(await cjib.request(COMPLETE, { id, outcome: 'Terugbetaald op NL91 ABNA 0417 1643 00' }), ['outcome'], 'IBAN', '0417');

    // With consent for it, the BSN passes, and both sides read the reason as written.
    const reason = `Wacht op stukken bij BSN ${bsn}`;
    expect((await cjib.data<{ holdReferral: { status: string } }>(HOLD, { id, reason })).holdReferral.status).toBe('ON_HOLD');
    const timeline = (await desk.data<{ referral: { timeline: { type: string; reason: string | null }[] } }>(READ, { id })).referral.timeline;
    expect(timeline.at(-1)).toEqual({ type: 'HOLD', reason });
  });

  it('screens a rejection note and the question of a re-route against the consent each one goes with', async () => {
    const id = await received(await openVisit(), ['QUESTION_TEXT']);
    const reject = { id, reasonCode: 'NOT_OUR_DOMAIN', note: `Geboren 12-03-1980, BSN ${bsn}` };
    const refused = await cjib.request(REJECT, { input: reject });
    expectRefused(refused, ['input', 'note'], 'DATE_OF_BIRTH', bsn);
    expect(refused.errors![0]!.extensions!.fields![0]!.message).toContain('BSN');
    await cjib.data(REJECT, { input: { ...reject, note: 'Hoort bij Toeslagen' } });

    const input = { id, agencyCode: 'TSL', topicId: topics.get('TSL'), summary: `Toeslag terugbetalen, BSN ${bsn}`, consent: { categories: ['QUESTION_TEXT'], method: 'VERBAL' } };
    expectRefused(await desk.request(REROUTE, { input }), ['input', 'summary'], 'BSN', bsn);
    const rerouted = await desk.data<{ rerouteReferral: { status: string } }>(REROUTE, { input: { ...input, consent: { categories: ['QUESTION_TEXT', 'BSN'], method: 'VERBAL' } } });
    expect(rerouted.rerouteReferral.status).toBe('REQUESTED');
  });
});
