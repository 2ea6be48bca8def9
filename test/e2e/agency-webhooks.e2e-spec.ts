import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { AgencyCode, ReferralStatus } from '#domain';
import { createDataSource } from '#persistence';
import { ReferenceReceiver, type ReceiverOptions } from '../reference-receiver/reference-receiver.js';
import {
  AGENCY_CONNECTIONS,
  connectAgencySystem,
  type ConnectedSystem,
  DEAD_LETTERS,
  DELIVERY_ALERTS,
  disconnectAgencySystem,
} from '../support/agency-system-operations.js';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { Fixtures } from '../support/fixtures.js';
import { GqlClient, type Subscription } from '../support/graphql-client.js';
import { eventually } from '../support/eventually.js';

/** Fast retries for the test; production waits minutes to hours (see webhook-config.ts). */
const WEBHOOK_ENV = {
  WEBHOOK_BACKOFF_BASE_MS: '100',
  WEBHOOK_BACKOFF_MAX_MS: '400',
  WEBHOOK_ATTEMPTS: '4',
  WEBHOOK_LOCK_MS: '1000',
  WEBHOOK_TIMEOUT_MS: '3000',
  WEBHOOK_CONCURRENCY: '4',
  RECONCILE_INTERVAL_MS: '300',
};

type AlertEvent = { deliveryAlertRaised: { agencyCode: string; kind: string; eventId: string | null; detail: string } };
const ALERTS = `subscription { deliveryAlertRaised { agencyCode kind eventId detail } }`;
const REPLAY = `mutation ($a: AgencyCode!) { replayWebhookDeadLetters(agencyCode: $a) }`;
const ABANDON = `mutation ($a: AgencyCode!) { abandonWebhookDeadLetters(agencyCode: $a) }`;
const ACKNOWLEDGE = `mutation ($id: ID!) { acknowledgeReferral(id: $id) { id status } }`;
const FETCH = `query ($id: ID!) { fetchReferral(id: $id) { id status } }`;

// Processes, retries and argon2 on a shared two-core machine: generous, as none of this asserts time.
jest.setTimeout(60_000);

describe('agency systems: signed CloudEvents webhooks, retries, dead letter, machine clients', () => {
  let hub: AppProcess;
  let worker: AppProcess;
  let hubUrl: string;
  let db: DataSource;
  let fixtures: Fixtures;
  let admin: GqlClient;
  let liveAlerts: Subscription<AlertEvent>;
  const receivers: ReferenceReceiver[] = [];
  const connected: string[] = [];

  /** A reference receiver for `agency`, connected by ADMIN through the API. */
  async function system(agency: AgencyCode, options: Omit<ReceiverOptions, 'secrets' | 'hub'> = {}): Promise<{ receiver: ReferenceReceiver; credentials: ConnectedSystem }> {
    const receiver = new ReferenceReceiver({ ...options, secrets: [] });
    receivers.push(receiver);
    const credentials = await connectAgencySystem(admin, agency, await receiver.start());
    connected.push(agency);
    receiver.configure({ secrets: [credentials.signingSecret], hub: { url: hubUrl, clientId: credentials.clientId, clientSecret: credentials.clientSecret } });
    return { receiver, credentials };
  }

  async function status(id: string): Promise<string> {
    const [row] = (await db.query('SELECT status FROM referral WHERE id = $1', [id])) as { status: string }[];
    return row!.status;
  }

  async function timeline(id: string): Promise<string[]> {
    const rows = (await db.query('SELECT type, actor_role FROM referral_event WHERE referral_id = $1 ORDER BY id', [id])) as { type: string; actor_role: string }[];
    return rows.map((r) => `${r.type}:${r.actor_role}`);
  }

  async function machine(credentials: ConnectedSystem): Promise<GqlClient> {
    const response = await fetch(`${hubUrl}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: credentials.clientId, client_secret: credentials.clientSecret }).toString(),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    return new GqlClient(hubUrl, ((await response.json()) as { access_token: string }).access_token);
  }

  beforeAll(async () => {
    const port = hubPort();
    hubUrl = `http://127.0.0.1:${port}`;
    hub = await AppProcess.start('hub', { PORT: String(port), ...WEBHOOK_ENV });
    worker = await AppProcess.start('line-worker', WEBHOOK_ENV);
    db = await createDataSource({ url: process.env.DATABASE_URL!, poolSize: 3 }).initialize();
    fixtures = new Fixtures(db);
    admin = await GqlClient.signIn(hubUrl, 'admin');
    liveAlerts = await admin.subscribe<AlertEvent>(ALERTS);
  }, 60_000);

  afterAll(async () => {
    await liveAlerts?.close();
    for (const agency of new Set(connected)) await disconnectAgencySystem(admin, agency).catch(() => undefined);
    await Promise.all(receivers.map((r) => r.stop()));
    await Promise.all([hub, worker].map((p) => p?.stop()));
    await db?.destroy();
  });

  it('sends a signed, thin CloudEvent; the system acknowledges (only then RECEIVED), fetches (a processing record) and accepts', async () => {
    const statusAtDelivery: string[] = [];
    const { receiver } = await system(AgencyCode.SVB, {
      before: async (event) => {
        if (event.type.endsWith('referral-requested')) statusAtDelivery.push(await status(event.subject!));
        return null;
      },
    });
    const { referral } = await fixtures.submittedReferral(AgencyCode.SVB);

    const first = await receiver.waitFor((d) => d.event?.subject === referral.id);
    expect(first.rejected).toBeNull();
    expect(first.event).toMatchObject({ specversion: '1.0', type: 'nl.overheid.loketlijn.referral-requested', source: 'urn:nl:loketlijn:hub', subject: referral.id, datacontenttype: 'application/json' });
    expect(first.event!.data).toEqual({ referralId: referral.id, agencyCode: 'SVB', status: 'REQUESTED', previousStatus: 'DRAFT' });
    expect(JSON.stringify(first.event)).not.toMatch(/Synthetisch|0612345678|samenvatting/);

    await eventually(async () => (await status(referral.id)) === ReferralStatus.ACCEPTED);
    expect(statusAtDelivery).toEqual(['REQUESTED']);
    expect(await timeline(referral.id)).toEqual(['CREATED:DESK_WORKER', 'SUBMIT:DESK_WORKER', 'RECEIVE:AGENCY_SYSTEM', 'ACCEPT:AGENCY_SYSTEM']);
    // The fetch is a hand-over to the agency's system, its citizen field a view, then the pickup: all in the processing log.
    const log = (await db.query(
      `SELECT activity, operation FROM processing_log WHERE referral_id = $1 AND actor_role = 'AGENCY_SYSTEM' ORDER BY id`,
      [referral.id],
    )) as unknown[];
    expect(log).toEqual([
      { activity: 'loketlijn:professionele-lijn', operation: 'DELIVER' },
      { activity: 'loketlijn:warme-doorverwijzing', operation: 'VIEW' },
      { activity: 'loketlijn:professionele-lijn', operation: 'ACCEPT' },
    ]);

    // Every later change on the line reaches the system too, each under its own stable id.
    await receiver.waitFor((d) => d.event?.subject === referral.id && d.event.type.endsWith('referral-accepted'));
    const types = receiver.deliveries.filter((d) => d.event?.subject === referral.id).map((d) => d.event!.type.replace('nl.overheid.loketlijn.', ''));
    expect(new Set(types)).toEqual(new Set(['referral-requested', 'referral-received', 'referral-accepted']));
  });

  it('fetchReferral opens through the vault only the categories the citizen consented to; a withdrawal is announced and then nothing opens', async () => {
    const { receiver, credentials } = await system(AgencyCode.TSL);
    const tsl = await machine(credentials);
    const { referral, desk } = await fixtures.submittedReferral(AgencyCode.TSL);
    type Fetched = { fetchReferral: { summary: string | null; citizen: { name: string | null; phone: string | null; bsn: string | null } | null } };
    const full = `query ($id: ID!) { fetchReferral(id: $id) { id summary citizen { name phone bsn } } }`;
    // The fixture's consent covers contact details only: no BSN, no question text.
    expect((await tsl.data<Fetched>(full, { id: referral.id })).fetchReferral).toEqual({
      id: referral.id,
      summary: null,
      citizen: { name: 'Synthetisch Persoon', phone: '0612345678', bsn: null },
    });
    await fixtures.referrals.withdrawConsent(desk, referral.id);
    // Not a move: named after what happened, the status unchanged.
    const announced = await receiver.waitFor((d) => d.event?.subject === referral.id && d.event.type === 'nl.overheid.loketlijn.referral-consent-withdrawn');
    expect(announced.rejected).toBeNull();
    expect((await tsl.data<Fetched>(full, { id: referral.id })).fetchReferral).toEqual({ id: referral.id, summary: null, citizen: null });
  });

  it('lets the machine client act only on its own agency: another agency\'s referral and ADMIN queries are not found; bad credentials get invalid_client, guessing is throttled', async () => {
    const { credentials } = await system(AgencyCode.SVB);
    const svb = await machine(credentials);
    const { referral: other } = await fixtures.submittedReferral(AgencyCode.UWV);
    for (const query of [ACKNOWLEDGE, FETCH]) {
      const res = await svb.request(query, { id: other.id });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect((await svb.request(AGENCY_CONNECTIONS)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const missing = await svb.request(FETCH, { id: '00000000-0000-4000-8000-000000000000' });
    expect(missing.errors?.[0]).toMatchObject({ message: 'Referral not found', extensions: { code: 'NOT_FOUND' } });

    const token = (body: Record<string, string>) =>
      fetch(`${hubUrl}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body).toString() });
    const wrong = await token({ grant_type: 'client_credentials', client_id: credentials.clientId, client_secret: 'wrong' });
    expect([wrong.status, await wrong.json()]).toEqual([401, { error: 'invalid_client' }]);
    const grant = await token({ grant_type: 'password', client_id: credentials.clientId, client_secret: credentials.clientSecret });
    expect([grant.status, await grant.json()]).toEqual([400, { error: 'unsupported_grant_type' }]);

    // Guessing is throttled per client id (each try costs an argon2 verification).
    const guesses = [];
    for (let i = 0; i < 20; i++) guesses.push((await token({ grant_type: 'client_credentials', client_id: 'svb-guess', client_secret: `guess-${i}` })).status);
    expect(new Set(guesses)).toEqual(new Set([401]));
    const throttled = await token({ grant_type: 'client_credentials', client_id: 'svb-guess', client_secret: 'guess' });
    expect([throttled.status, await throttled.json()]).toEqual([429, { error: 'slow_down' }]);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('retries after 500 answers with the same event id, then succeeds', async () => {
    const { receiver } = await system(AgencyCode.BD, { before: (_event, delivery) => (delivery <= 2 ? { status: 500 } : null) });
    const { referral } = await fixtures.submittedReferral(AgencyCode.BD);
    await eventually(async () => (await status(referral.id)) === ReferralStatus.ACCEPTED);
    const requested = receiver.deliveries.filter((d) => d.event?.subject === referral.id && d.event.type.endsWith('referral-requested'));
    expect(requested).toHaveLength(3);
    expect(new Set(requested.map((d) => d.webhookId)).size).toBe(1);
    expect(await timeline(referral.id)).toEqual(['CREATED:DESK_WORKER', 'SUBMIT:DESK_WORKER', 'RECEIVE:AGENCY_SYSTEM', 'ACCEPT:AGENCY_SYSTEM']);
  });

  it('honours 429 Retry-After before trying again', async () => {
    const { receiver } = await system(AgencyCode.CAK, { before: (_event, delivery) => (delivery === 1 ? { status: 429, headers: { 'retry-after': '2' } } : null) });
    const { referral } = await fixtures.submittedReferral(AgencyCode.CAK);
    await eventually(async () => (await status(referral.id)) === ReferralStatus.ACCEPTED);
    const [throttled, retried] = receiver.deliveries.filter((d) => d.event?.subject === referral.id && d.event.type.endsWith('referral-requested'));
    // A lower bound only: the retry came no sooner than the receiver asked (the backoff is 100-400 ms).
    expect(retried!.at - throttled!.at).toBeGreaterThanOrEqual(2_000);
  });

  it('disables the endpoint on 410 Gone, alerts ADMIN, parks later events, and delivers them once ADMIN configures it again and replays', async () => {
    const { receiver } = await system(AgencyCode.IND, { before: () => ({ status: 410 }) });
    const { referral } = await fixtures.submittedReferral(AgencyCode.IND);
    const disabled = await eventually(async () =>
      (await admin.data<{ agencyConnections: { agencyCode: string; disabledAt: string | null; disabledReason: string | null }[] }>(AGENCY_CONNECTIONS)).agencyConnections.find(
        (c) => c.agencyCode === 'IND' && c.disabledAt,
      ),
    );
    expect(disabled.disabledReason).toMatch(/410/);
    await liveAlerts.waitFor((a) => a.deliveryAlertRaised.agencyCode === 'IND' && a.deliveryAlertRaised.kind === 'ENDPOINT_GONE');
    const alerts = (await admin.data<{ deliveryAlerts: { agencyCode: string; kind: string }[] }>(DELIVERY_ALERTS)).deliveryAlerts;
    expect(alerts.filter((a) => a.agencyCode === 'IND' && a.kind === 'ENDPOINT_GONE')).toHaveLength(1);

    const { referral: later } = await fixtures.submittedReferral(AgencyCode.IND);
    const letters = await eventually(async () => {
      const list = (await admin.data<{ webhookDeadLetters: { referralId: string; lastError: string }[] }>(DEAD_LETTERS, { a: 'IND' })).webhookDeadLetters;
      return list.length >= 2 ? list : null;
    });
    expect(letters.map((l) => [l.referralId, l.lastError]).sort()).toEqual(
      [[referral.id, 'HTTP 410'], [later.id, 'endpoint disabled or not configured']].sort(),
    );
    expect(receiver.deliveries.filter((d) => d.event?.subject === later.id)).toEqual([]);
    expect(await status(later.id)).toBe(ReferralStatus.REQUESTED);

    await connectAgencySystem(admin, 'IND', (await admin.data<{ agencyConnections: { agencyCode: string; endpointUrl: string }[] }>(AGENCY_CONNECTIONS)).agencyConnections.find((c) => c.agencyCode === 'IND')!.endpointUrl);
    const after = (await admin.data<{ agencyConnections: { agencyCode: string; disabledAt: string | null }[] }>(AGENCY_CONNECTIONS)).agencyConnections.find((c) => c.agencyCode === 'IND')!;
    expect(after.disabledAt).toBeNull();
    expect((await admin.data<{ deliveryAlerts: { agencyCode: string; kind: string }[] }>(DELIVERY_ALERTS)).deliveryAlerts.filter((a) => a.agencyCode === 'IND' && a.kind === 'ENDPOINT_GONE')).toEqual([]);

    // The system is back: the parked events go out again under their own ids and are picked up.
    receiver.configure({ before: undefined });
    expect((await admin.data<{ replayWebhookDeadLetters: number }>(REPLAY, { a: 'IND' })).replayWebhookDeadLetters).toBe(2);
    for (const id of [referral.id, later.id]) await eventually(async () => (await status(id)) === ReferralStatus.ACCEPTED);
    expect((await admin.data<{ webhookDeadLetters: unknown[] }>(DEAD_LETTERS, { a: 'IND' })).webhookDeadLetters).toEqual([]);
  });

  it('moves an event to the dead letter with an alert once the attempts run out', async () => {
    const { receiver } = await system(AgencyCode.DUO, { before: () => ({ status: 503 }) });
    const { referral } = await fixtures.submittedReferral(AgencyCode.DUO);
    const letter = await eventually(async () =>
      (await admin.data<{ webhookDeadLetters: { referralId: string; eventId: string; attempts: number; lastError: string }[] }>(DEAD_LETTERS, { a: 'DUO' })).webhookDeadLetters.find(
        (l) => l.referralId === referral.id,
      ),
    );
    expect(letter).toMatchObject({ attempts: 4, lastError: 'HTTP 503' });
    expect(receiver.deliveries.filter((d) => d.event?.subject === referral.id)).toHaveLength(4);
    const alerts = (await admin.data<{ deliveryAlerts: { agencyCode: string; kind: string; eventId: string }[] }>(DELIVERY_ALERTS)).deliveryAlerts;
    expect(alerts).toContainEqual(expect.objectContaining({ agencyCode: 'DUO', kind: 'DEAD_LETTER', eventId: letter.eventId }));
    await liveAlerts.waitFor((a) => a.deliveryAlertRaised.kind === 'DEAD_LETTER' && a.deliveryAlertRaised.eventId === letter.eventId);
    expect(await status(referral.id)).toBe(ReferralStatus.REQUESTED);

    // ADMIN gives up instead of replaying: the request never arrived, so the referral fails as UNDELIVERABLE.
    expect((await (await GqlClient.signIn(hubUrl, 'specialist.duo')).request(ABANDON, { a: 'DUO' })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await admin.data<{ abandonWebhookDeadLetters: number }>(ABANDON, { a: 'DUO' })).abandonWebhookDeadLetters).toBe(1);
    expect(await status(referral.id)).toBe(ReferralStatus.FAILED);
    const [row] = (await db.query('SELECT fail_reason_code, closed_at FROM referral WHERE id = $1', [referral.id])) as { fail_reason_code: string; closed_at: Date | null }[];
    expect(row).toMatchObject({ fail_reason_code: 'UNDELIVERABLE', closed_at: expect.any(Date) });
    expect(await timeline(referral.id)).toEqual(['CREATED:DESK_WORKER', 'SUBMIT:DESK_WORKER', 'FAIL:ADMIN']);
    expect((await admin.data<{ webhookDeadLetters: { eventId: string }[] }>(DEAD_LETTERS, { a: 'DUO' })).webhookDeadLetters.filter((l) => l.eventId === letter.eventId)).toEqual([]);
    const open = (await admin.data<{ deliveryAlerts: { eventId: string | null }[] }>(DELIVERY_ALERTS)).deliveryAlerts;
    expect(open.filter((a) => a.eventId === letter.eventId)).toEqual([]);
    // Nothing left of it to give up on.
    expect((await admin.data<{ abandonWebhookDeadLetters: number }>(ABANDON, { a: 'DUO' })).abandonWebhookDeadLetters).toBe(0);
  });

  it('lands referrals the system never acknowledged in the inbox when ADMIN switches the agency back to PORTAL', async () => {
    const { receiver } = await system(AgencyCode.DUO, { before: () => ({ status: 503 }) });
    const { referral } = await fixtures.submittedReferral(AgencyCode.DUO);
    await receiver.waitFor((d) => d.event?.subject === referral.id);
    expect(await status(referral.id)).toBe(ReferralStatus.REQUESTED);
    await disconnectAgencySystem(admin, 'DUO');
    expect(await status(referral.id)).toBe(ReferralStatus.RECEIVED);
    expect(await timeline(referral.id)).toEqual(['CREATED:DESK_WORKER', 'SUBMIT:DESK_WORKER', 'RECEIVE:LINE']);
    // A portal agency's new referrals reach the inbox through the line as before.
    const { referral: next } = await fixtures.submittedReferral(AgencyCode.DUO);
    await eventually(async () => (await status(next.id)) === ReferralStatus.RECEIVED);
    expect(receiver.deliveries.some((d) => d.event?.subject === next.id)).toBe(false);
  });

  it('after the worker is killed mid-delivery, redelivers the same event and the referral moves exactly once', async () => {
    let killed = false;
    const { receiver, credentials } = await system(AgencyCode.CJIB, {
      // The receiver has processed the event (acknowledged and accepted); the worker dies before it hears 204.
      after: async (event) => {
        if (killed || !event.type.endsWith('referral-requested')) return;
        killed = true;
        await worker.stop('SIGKILL');
        worker = await AppProcess.start('line-worker', WEBHOOK_ENV);
      },
    });
    const { referral } = await fixtures.submittedReferral(AgencyCode.CJIB);
    const redelivery = await receiver.waitFor((d) => d.event?.subject === referral.id && d.event.type.endsWith('referral-requested') && d.duplicate, 30_000);
    const requested = receiver.deliveries.filter((d) => d.event?.subject === referral.id && d.event.type.endsWith('referral-requested'));
    expect(killed).toBe(true);
    expect(requested.map((d) => d.duplicate)).toEqual([false, true]);
    expect(redelivery.webhookId).toBe(requested[0]!.webhookId);
    expect(await status(referral.id)).toBe(ReferralStatus.ACCEPTED);
    expect(await timeline(referral.id)).toEqual(['CREATED:DESK_WORKER', 'SUBMIT:DESK_WORKER', 'RECEIVE:AGENCY_SYSTEM', 'ACCEPT:AGENCY_SYSTEM']);
    // Without the receiver's dedupe the compare-and-set still refuses a second acknowledgement.
    const again = await (await machine(credentials)).request(ACKNOWLEDGE, { id: referral.id });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'ACCEPTED' });
  }, 60_000);

  it('keeps delivering to healthy agencies while one agency\'s endpoint hangs on every request', async () => {
    let release: () => void = () => undefined;
    const hanging = new Promise<{ status: number }>((resolve) => {
      release = () => resolve({ status: 503 });
    });
    const poisoned = await system(AgencyCode.BD, { before: () => hanging });
    const healthy = await system(AgencyCode.SVB);
    try {
      const stuck = await Promise.all(Array.from({ length: 8 }, () => fixtures.submittedReferral(AgencyCode.BD)));
      // Every delivery slot of BD is taken by a request that does not answer.
      await eventually(async () => poisoned.receiver.deliveries.filter((d) => stuck.some((s) => s.referral.id === d.event?.subject)).length >= 4);
      const fine = await Promise.all(Array.from({ length: 3 }, () => fixtures.submittedReferral(AgencyCode.SVB)));
      for (const { referral } of fine) await eventually(async () => (await status(referral.id)) === ReferralStatus.ACCEPTED);
      // SVB's referrals were picked up while BD still had not answered a single request.
      for (const { referral } of stuck) expect(await status(referral.id)).toBe(ReferralStatus.REQUESTED);
      expect(healthy.receiver.deliveries.filter((d) => fine.some((f) => f.referral.id === d.event?.subject)).length).toBeGreaterThanOrEqual(3);
    } finally {
      release();
    }
  }, 60_000);
});
