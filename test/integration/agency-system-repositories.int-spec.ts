import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { AgencyCode, DeliveryMode, ReferralAction, ReferralStatus } from '#domain';
import {
  AgencyClientRepository,
  AgencyConnectionRepository,
  AgencyDeliveryRepository,
  DeadLetterRepository,
  DeliveryAlertRepository,
  ReferralRepository,
  ScopedDatabase,
  SYSTEM_SCOPE,
} from '#persistence';
import type { Fixtures } from '../support/fixtures.js';
import { closeIntegrationDatabases, type IntegrationDatabases, openIntegrationDatabases } from '../support/integration-databases.js';

const AGENCY = AgencyCode.SVB;
const HOUR = 3_600_000;

/** ADMIN's statements about agency systems, as the app role; checks read as the owner. */
describe('agency connection, client, dead letter and alert repositories against the real database', () => {
  let databases: IntegrationDatabases;
  let owner: DataSource;
  let app: DataSource;
  let scoped: ScopedDatabase;
  let fixtures: Fixtures;

  /** Other suites share this database: this one starts and ends with the agency on its default (no connection, no secrets). */
  const reset = async () => {
    await owner.query(`DELETE FROM agency_signing_secret WHERE agency_code = $1`, [AGENCY]);
    await owner.query(`DELETE FROM agency_connection WHERE agency_code = $1`, [AGENCY]);
  };

  beforeAll(async () => {
    databases = await openIntegrationDatabases();
    owner = databases.owner;
    app = databases.app;
    scoped = new ScopedDatabase(app);
    fixtures = databases.fixtures;
    await reset();
  });

  afterAll(async () => {
    await reset();
    await closeIntegrationDatabases(databases);
  });

  it('configures a connection, re-enabling a disabled endpoint; no row until then', async () => {
    const connections = new AgencyConnectionRepository(app.manager);
    expect(await connections.find(AGENCY)).toBeNull();
    await connections.configure(AGENCY, DeliveryMode.SYSTEM, 'https://svb.example.org/hooks');
    await owner.query(`UPDATE agency_connection SET disabled_at = now(), disabled_reason = '410' WHERE agency_code = $1`, [AGENCY]);
    await connections.configure(AGENCY, DeliveryMode.SYSTEM, 'https://svb.example.org/hooks2');
    expect(await connections.find(AGENCY)).toMatchObject({ agencyCode: AGENCY, mode: DeliveryMode.SYSTEM, endpointUrl: 'https://svb.example.org/hooks2', disabledAt: null, disabledReason: null });
    await connections.configure(AGENCY, DeliveryMode.PORTAL, null);
    expect(await connections.find(AGENCY)).toMatchObject({ mode: DeliveryMode.PORTAL, endpointUrl: null });
  });

  it('routes a delivery to the portal until the agency connects its own system', async () => {
    const { referral } = await fixtures.draftReferral(AGENCY);
    const route = () => scoped.run(SYSTEM_SCOPE, (m) => new ReferralRepository(m).deliveryRoute(referral.id));
    expect(await route()).toEqual({ agencyCode: AGENCY, mode: DeliveryMode.PORTAL });
    await new AgencyConnectionRepository(app.manager).configure(AGENCY, DeliveryMode.SYSTEM, 'https://svb.example.org/hooks');
    expect(await route()).toEqual({ agencyCode: AGENCY, mode: DeliveryMode.SYSTEM });
    expect(await scoped.run(SYSTEM_SCOPE, (m) => new ReferralRepository(m).deliveryRoute(randomUUID()))).toBeNull();
    await reset();
  });

  it('adds a first secret only once, and rotates with one overlapping secret, never more than two signing', async () => {
    const connections = new AgencyConnectionRepository(app.manager);
    expect(await connections.liveSigningKeys(AGENCY)).toEqual([]);
    expect(await connections.addSecretUnlessCurrent(AGENCY, 'whsec_first')).toBe(true);
    expect(await connections.addSecretUnlessCurrent(AGENCY, 'whsec_other')).toBe(false);
    const [first] = await connections.liveSigningKeys(AGENCY);
    expect(first).toEqual({ id: expect.any(String), createdAt: expect.any(Date), expiresAt: null });

    await app.transaction((m) => new AgencyConnectionRepository(m).rotate(AGENCY, 'whsec_second', 24));
    const afterOne = await connections.liveSigningKeys(AGENCY);
    expect(afterOne.map((k) => k.id)).toEqual([expect.any(String), first!.id]);
    expect(afterOne[0]!.expiresAt).toBeNull();
    expect(Math.abs(afterOne[1]!.expiresAt!.getTime() - (Date.now() + 24 * HOUR))).toBeLessThan(5 * 60_000);

    await app.transaction((m) => new AgencyConnectionRepository(m).rotate(AGENCY, 'whsec_third', 24));
    const afterTwo = await connections.liveSigningKeys(AGENCY);
    expect(afterTwo).toHaveLength(2);
    expect(afterTwo[1]!.id).toBe(afterOne[0]!.id);
    const secrets = (await owner.query(`SELECT secret, expires_at FROM agency_signing_secret WHERE agency_code = $1 ORDER BY created_at, secret`, [AGENCY])) as {
      secret: string;
      expires_at: Date | null;
    }[];
    expect(secrets.filter((s) => s.expires_at === null).map((s) => s.secret)).toEqual(['whsec_third']);
    expect(secrets.map((s) => s.secret).sort()).toEqual(['whsec_first', 'whsec_second', 'whsec_third']);
  });

  it('stores a client by its hash, finds it while not revoked, and lists the agency\'s clients oldest first', async () => {
    const clients = new AgencyClientRepository(app.manager);
    const clientId = `svb-${randomUUID()}`;
    await clients.insert({ clientId, agencyCode: AGENCY, secretHash: '$argon2id$synthetic' });
    expect(await clients.active(clientId)).toMatchObject({ clientId, agencyCode: AGENCY, secretHash: '$argon2id$synthetic', revokedAt: null });
    await owner.query(`UPDATE agency_client SET revoked_at = now() WHERE client_id = $1`, [clientId]);
    expect(await clients.active(clientId)).toBeNull();
    const listed = await clients.ofAgency(AGENCY);
    expect(listed.find((c) => c.clientId === clientId)!.revokedAt).toBeInstanceOf(Date);
    expect(listed.every((c) => c.agencyCode === AGENCY)).toBe(true);
    const times = listed.map((c) => c.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it('lists, removes and takes dead letters; taking one says which were requests, and resolves nothing by itself', async () => {
    const delivery = new AgencyDeliveryRepository(scoped);
    const { referral } = await fixtures.submittedReferral(AGENCY);
    const events = (await owner.query(`SELECT id, type FROM referral_event WHERE referral_id = $1 ORDER BY id`, [referral.id])) as { id: string; type: string }[];
    const submit = events.find((e) => e.type === ReferralAction.SUBMIT)!;
    const other = events.find((e) => e.type !== ReferralAction.SUBMIT)!;
    // Other suites' letters for this agency are not this test's.
    await owner.query(`DELETE FROM webhook_dead_letter WHERE agency_code = $1`, [AGENCY]);
    for (const event of [other, submit]) {
      await delivery.deadLetter({ agencyCode: AGENCY, referralId: referral.id, eventId: event.id, attempts: 3, lastError: 'HTTP 503' }, true);
    }
    const letters = await scoped.run(SYSTEM_SCOPE, (m) => new DeadLetterRepository(m).ofAgency(AGENCY));
    expect(letters.map((l) => l.eventId)).toEqual([other.id, submit.id]);
    expect((await new DeadLetterRepository(app.manager).recent(AGENCY, 1)).map((l) => l.eventId)).toEqual([submit.id]);
    expect((await new DeadLetterRepository(app.manager).recent(null, 500)).map((l) => l.eventId)).toEqual(expect.arrayContaining([submit.id, other.id]));

    await app.transaction((m) => new DeadLetterRepository(m).remove([letters[0]!.id]));
    expect((await new DeadLetterRepository(app.manager).ofAgency(AGENCY)).map((l) => l.eventId)).toEqual([submit.id]);
    await delivery.deadLetter({ agencyCode: AGENCY, referralId: referral.id, eventId: other.id, attempts: 3, lastError: 'HTTP 503' }, false);

    const taken = await scoped.run(SYSTEM_SCOPE, (m) => new DeadLetterRepository(m).takeAll(AGENCY));
    expect(taken.eventIds.sort()).toEqual([other.id, submit.id].sort());
    expect(taken.requestedReferralIds).toEqual([referral.id]);
    expect(await new DeadLetterRepository(app.manager).ofAgency(AGENCY)).toEqual([]);
    // The delete is the claim: a second take finds nothing.
    expect(await scoped.run(SYSTEM_SCOPE, (m) => new DeadLetterRepository(m).takeAll(AGENCY))).toEqual({ eventIds: [], requestedReferralIds: [] });
    const open = await new DeliveryAlertRepository(app.manager).open(200);
    expect(open.filter((a) => a.agencyCode === AGENCY && a.kind === 'DEAD_LETTER').map((a) => a.eventId)).toEqual(expect.arrayContaining([submit.id, other.id]));
  });

  it('lists open alerts newest first and resolves them by kind and event', async () => {
    const delivery = new AgencyDeliveryRepository(scoped);
    const alerts = new DeliveryAlertRepository(app.manager);
    await new AgencyConnectionRepository(app.manager).configure(AGENCY, DeliveryMode.SYSTEM, 'https://svb.example.org/hooks');
    const gone = (await delivery.disableEndpoint(AGENCY, 'HTTP 410'))!;
    const letter = String(Math.floor(Math.random() * 1e12));
    const dead = (await delivery.deadLetter({ agencyCode: AGENCY, referralId: randomUUID(), eventId: letter, attempts: 5, lastError: 'HTTP 500' }, true))!;
    const open = await alerts.open(200);
    expect(open.map((a) => a.id)).toEqual(expect.arrayContaining([gone.id, dead.id]));
    const ids = open.map((a) => Number(a.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(await alerts.open(1)).toHaveLength(1);

    await alerts.resolveEndpointGone(AGENCY);
    expect((await alerts.open(200)).map((a) => a.id)).not.toContain(gone.id);
    expect((await alerts.open(200)).map((a) => a.id)).toContain(dead.id);
    await alerts.resolveDeadLetters(AGENCY, ['0', letter]);
    expect((await alerts.open(200)).map((a) => a.id)).not.toContain(dead.id);
    const [resolved] = (await owner.query(`SELECT resolved_at FROM delivery_alert WHERE id = $1`, [dead.id])) as { resolved_at: Date | null }[];
    expect(resolved!.resolved_at).toBeInstanceOf(Date);
    await owner.query(`DELETE FROM webhook_dead_letter WHERE agency_code = $1`, [AGENCY]);
  });

  it('finds the agency\'s referrals in one status, within the transaction\'s scope', async () => {
    const { referral } = await fixtures.submittedReferral(AGENCY);
    const { referral: draft } = await fixtures.draftReferral(AGENCY);
    const requested = await scoped.run(SYSTEM_SCOPE, (m) => new ReferralRepository(m).idsOf(AGENCY, ReferralStatus.REQUESTED));
    expect(requested).toContain(referral.id);
    expect(requested).not.toContain(draft.id);
    expect(await scoped.run(SYSTEM_SCOPE, (m) => new ReferralRepository(m).idsOf(AgencyCode.UWV, ReferralStatus.REQUESTED))).not.toContain(referral.id);
    // Another agency's scope sees none of them.
    expect(await scoped.run({ kind: 'agency', agencyCode: AgencyCode.UWV }, (m) => new ReferralRepository(m).idsOf(AGENCY, ReferralStatus.REQUESTED))).toEqual([]);
  });
});
