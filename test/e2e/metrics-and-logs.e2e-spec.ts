import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { AGENCY_CODES, syntheticBsn } from '#domain';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { eventually } from '../support/eventually.js';
import { GqlClient, type Subscription } from '../support/graphql-client.js';
import { parseExposition, type Sample, samples } from '../support/prometheus-text.js';
import { LINE_EVENTS, TOPICS } from '../support/story-operations.js';

const OPEN_VISIT = `mutation OpenVisit($input: OpenVisitInput!) { openVisit(input: $input) { id } }`;
const ADD_REFERRAL = `mutation AddReferral($input: AddReferralInput!) { addReferral(input: $input) { id } }`;
const SUBMIT = `mutation SubmitReferral($id: ID!) { submitReferral(id: $id) { id } }`;
const ACCEPT = `mutation AcceptReferral($id: ID!) { acceptReferral(id: $id) { id } }`;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

async function scrape(app: AppProcess): Promise<{ text: string; samples: Sample[] }> {
  const response = await fetch(`${app.baseUrl}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const text = await response.text();
  return { text, samples: parseExposition(text) };
}

function one(all: readonly Sample[], name: string, labels: Record<string, string> = {}): number {
  const found = samples(all, name, labels);
  if (found.length !== 1) throw new Error(`${name}${JSON.stringify(labels)}: ${found.length} samples`);
  return found[0]!.value;
}

/** The process's output as JSON lines; any other line fails the parse. */
function jsonLines(output: string): Record<string, unknown>[] {
  return output
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('metrics and structured logs of hub and line worker', () => {
  let hub: AppProcess;
  let worker: AppProcess;
  let db: pg.Client;
  let lineEvents: Subscription<unknown>;
  const canary = { name: `Meetpunt Vlinderdas-${randomUUID().slice(0, 6)}`, phone: `06 ${randomInt(10_000_000, 99_999_999)}`, bsn: syntheticBsn(randomInt(1_000_000, 9_000_000)) };
  let referralId: string;
  let visitId: string;

  beforeAll(async () => {
    hub = await AppProcess.start('hub', { PORT: String(hubPort()), LOG_LEVEL: 'debug' });
    worker = await AppProcess.start('line-worker', { LOG_LEVEL: 'debug' });
    db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    const desk = await GqlClient.signIn(hub.baseUrl, 'desk.utrecht');
    const uwv = await GqlClient.signIn(hub.baseUrl, 'specialist.uwv');
    lineEvents = await uwv.subscribe(LINE_EVENTS);
    const topicId = (await desk.data<{ topics: { id: string; code: string }[] }>(TOPICS, { a: 'UWV' })).topics.find((t) => t.code === 'ww-uitkering')!.id;
    visitId = (await desk.data<{ openVisit: { id: string } }>(OPEN_VISIT, { input: { channel: 'WALK_IN', questions: ['Vraag over WW'], citizen: canary } })).openVisit.id;
    referralId = (
      await desk.data<{ addReferral: { id: string } }>(ADD_REFERRAL, {
        input: { visitId, agencyCode: 'UWV', topicId, urgency: 'LIVE', summary: 'Wil WW aanvragen.', consent: { categories: ['CONTACT_DETAILS', 'BSN'], method: 'VERBAL' } },
      })
    ).addReferral.id;
    await desk.data(SUBMIT, { id: referralId });
    await waitForStatus('RECEIVED');
    await uwv.data(ACCEPT, { id: referralId });
    await waitForStatus('ACCEPTED');
    // Refused operations: a parse error, and a valid one whose client-chosen name holds a BSN-like number.
    await desk.request('query Broken { visit(');
    await desk.request(`query Q${canary.bsn} { __typename }`);
  }, 120_000);

  afterAll(async () => {
    await lineEvents?.close();
    await Promise.all([hub, worker].map((p) => p?.stop()));
    await db?.end();
  });

  async function waitForStatus(status: string): Promise<void> {
    await eventually(async () => (await db.query('SELECT status FROM referral WHERE id = $1', [referralId])).rows[0]?.status === status);
  }

  /** The relay observes a step after its batch commits; the scrape may come first. */
  async function hubScrapeWith(name: string, labels: Record<string, string>): Promise<Sample[]> {
    return eventually(async () => {
      const scraped = await scrape(hub);
      return one(scraped.samples, name, labels) > 0 && scraped.samples;
    });
  }

  it('the hub exposes handoff latency, GraphQL operations by bounded name, errors by code, sockets, backlog and process metrics', async () => {
    await hubScrapeWith('loketlijn_handoff_seconds_count', { line: 'UWV', step: 'ACCEPTED' });
    const { text, samples: all } = await scrape(hub);
    for (const step of ['RECEIVED', 'ACCEPTED']) {
      expect(one(all, 'loketlijn_handoff_seconds_count', { line: 'UWV', step })).toBeGreaterThanOrEqual(1);
      const sum = one(all, 'loketlijn_handoff_seconds_sum', { line: 'UWV', step });
      expect(sum).toBeGreaterThanOrEqual(0);
      expect(sum).toBeLessThan(600);
      expect(one(all, 'loketlijn_handoff_seconds_bucket', { line: 'UWV', step, le: '+Inf' })).toBe(one(all, 'loketlijn_handoff_seconds_count', { line: 'UWV', step }));
    }
    // Every line's series exists from the start (zeroed), not only the lines that saw a handoff; the relay
    // also moves what other files left in the shared database, so a count of 0 is not asserted.
    for (const line of AGENCY_CODES) for (const step of ['RECEIVED', 'ACCEPTED']) expect(one(all, 'loketlijn_handoff_seconds_count', { line, step })).toBeGreaterThanOrEqual(0);

    for (const operation of ['OpenVisit', 'AddReferral', 'SubmitReferral', 'AcceptReferral']) {
      expect(one(all, 'loketlijn_graphql_operations_total', { operation, type: 'mutation' })).toBeGreaterThanOrEqual(1);
      expect(one(all, 'loketlijn_graphql_operation_duration_seconds_count', { operation, type: 'mutation' })).toBeGreaterThanOrEqual(1);
    }
    expect(one(all, 'loketlijn_graphql_errors_total', { operation: 'invalid', code: 'BAD_USER_INPUT' })).toBeGreaterThanOrEqual(1);
    expect(one(all, 'loketlijn_graphql_operations_total', { operation: 'other', type: 'query' })).toBeGreaterThanOrEqual(1);
    expect(one(all, 'loketlijn_subscription_sockets_open')).toBeGreaterThanOrEqual(1);

    for (const line of AGENCY_CODES) {
      expect(one(all, 'loketlijn_line_queue_waiting_jobs', { line })).toBeGreaterThanOrEqual(0);
      expect(one(all, 'loketlijn_line_queue_oldest_waiting_seconds', { line })).toBeGreaterThanOrEqual(0);
      expect(one(all, 'loketlijn_outbox_backlog_rows', { line })).toBeGreaterThanOrEqual(0);
      expect(one(all, 'loketlijn_outbox_oldest_row_seconds', { line })).toBeGreaterThanOrEqual(0);
    }
    expect(one(all, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(one(all, 'process_resident_memory_bytes')).toBeGreaterThan(0);

    expect(text).not.toMatch(UUID);
    for (const value of [canary.name, canary.phone.replace(' ', ''), canary.phone, canary.bsn, referralId, visitId]) expect(text).not.toContain(value);
  });

  it('the worker exposes its backlog, deadlines, webhook outcomes and process metrics, with nothing personal', async () => {
    const { text, samples: all } = await scrape(worker);
    for (const line of AGENCY_CODES) {
      expect(one(all, 'loketlijn_line_queue_waiting_jobs', { line })).toBeGreaterThanOrEqual(0);
      expect(one(all, 'loketlijn_outbox_backlog_rows', { line })).toBeGreaterThanOrEqual(0);
      expect(one(all, 'loketlijn_deadlines_missed_total', { line, urgency: 'LIVE', deadline: 'ACCEPT' })).toBeGreaterThanOrEqual(0);
      expect(one(all, 'loketlijn_webhook_deliveries_total', { line, outcome: 'delivered' })).toBeGreaterThanOrEqual(0);
    }
    expect(one(all, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(text).not.toMatch(UUID);
    for (const value of [canary.name, canary.bsn, referralId]) expect(text).not.toContain(value);
  });

  it('does not answer /metrics through a proxy', async () => {
    for (const header of [['x-forwarded-for', '203.0.113.9'], ['forwarded', 'for=203.0.113.9']] as [string, string][]) {
      expect((await fetch(`${hub.baseUrl}/metrics`, { headers: [header] })).status).toBe(404);
    }
  });

  it('writes one JSON object per line when stdout is not a terminal: level, time, service, and per request a correlation and trace id', async () => {
    const traceId = randomBytes(16).toString('hex');
    const correlationId = `probe-${randomUUID()}`;
    const response = await fetch(`${hub.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`, 'x-request-id': correlationId },
      body: '{"query": "{ __typename }"}',
    });
    expect(response.headers.get('x-request-id')).toBe(correlationId);
    await hub.waitForOutput(new RegExp(correlationId));
    const hubLines = jsonLines(hub.logs);
    for (const line of [...hubLines, ...jsonLines(worker.logs)]) {
      expect(typeof line.level).toBe('string');
      expect(Date.parse(String(line.time))).not.toBeNaN();
      expect(['hub', 'line-worker']).toContain(line.service);
    }
    expect(hubLines.find((l) => typeof l.msg === 'string' && l.msg.startsWith('GraphQL on'))).toMatchObject({ level: 'info', service: 'hub', context: 'Hub' });
    const request = hubLines.find((l) => l.correlationId === correlationId);
    expect(request).toMatchObject({ service: 'hub', traceId, req: { method: 'POST', path: '/graphql' }, res: { statusCode: 200 } });
    expect(JSON.stringify(request)).not.toMatch(/authorization|bearer/i);
    // Every request line of the story, at debug, carries neither the citizen nor a token.
    const everything = hub.logs + worker.logs;
    for (const value of [canary.name, canary.bsn, canary.phone]) expect(everything).not.toContain(value);
    expect(everything).not.toMatch(/Bearer ey/);
  });
});
