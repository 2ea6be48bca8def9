import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AgencyCode, ConsentMethod, DataCategory, Party, ReferralAction, TimelineEventType, Urgency } from '#domain';
import { loadConfig } from '#config';
import { appendTimelineEvent, moveReferral, ReferralEntity, SYSTEM_SCOPE, TopicEntity } from '#persistence';
import { FieldCipher, KeyRotation, PersonalDataVault, SEALED_COLUMNS, traceFrom } from '#privacy';
import { Fixtures } from '../support/fixtures.js';
import { closeIntegrationDatabases, openIntegrationDatabases } from '../support/integration-databases.js';
import { LineService } from '../../apps/hub/src/lines/line.service.js';

describe('personal data at rest', () => {
  let owner: DataSource;
  let app: DataSource;
  let fixtures: Fixtures;

  beforeAll(async () => {
    ({ owner, app, fixtures } = await openIntegrationDatabases());
  });

  afterAll(() => closeIntegrationDatabases({ owner, app }));

  it('is sealed in every column, each value with its key id, and the BSN findable only through its blind index', async () => {
    const { visit, referral, bsn } = await fixtures.draftReferral();
    const [citizen] = await owner.query(`SELECT * FROM visit_citizen WHERE visit_id = $1`, [visit.id]);
    const rows = JSON.stringify([citizen, await owner.query(`SELECT * FROM visit WHERE id = $1`, [visit.id]), await owner.query(`SELECT * FROM referral WHERE id = $1`, [referral.id])]);
    for (const secret of [bsn, 'Synthetisch Persoon', '0612345678', 'Synthetische vraag', 'Synthetische samenvatting']) expect(rows).not.toContain(secret);
    for (const column of ['name_sealed', 'phone_sealed', 'bsn_sealed']) expect(citizen[column]).toMatch(new RegExp(`^${loadConfig().fieldKeyCurrent}:`));
    expect(citizen.email_sealed).toBeNull();
    expect(citizen.bsn_index).toBe(fixtures.kit.index.bsn(bsn));
    const found = await owner.query(`SELECT visit_id FROM visit_citizen WHERE bsn_index = $1`, [fixtures.kit.index.bsn(bsn)]);
    expect(found).toEqual([{ visit_id: visit.id }]);
  });

  it('re-seals everything under the new current key in the background, while old values stay readable', async () => {
    const base = loadConfig();
    const k1 = new Uint8Array(randomBytes(32));
    const k2 = new Uint8Array(randomBytes(32));
    const withK1 = new FieldCipher(new Map([...base.fieldKeys, ['k1', k1]]), 'k1');
    const rotated = new FieldCipher(new Map([...base.fieldKeys, ['k1', k1], ['k2', k2]]), 'k2');
    const old = new Fixtures(app, new PersonalDataVault(withK1, fixtures.kit.index));
    const { visit, referral, desk } = await old.draftReferral();

    // Before the job runs, the hub with both keys reads the k1 rows.
    const reader = new Fixtures(app, new PersonalDataVault(rotated, fixtures.kit.index));
    expect((await reader.visits.citizen(desk, reader.trace, visit))!.name).toBe('Synthetisch Persoon');

    const stale = async (keyId: string) => {
      let count = 0;
      for (const t of SEALED_COLUMNS) {
        const where = t.columns.map((c) => `(${c} IS NOT NULL AND ${c} NOT LIKE '${keyId}:%')`).join(' OR ');
        count += (await owner.query(`SELECT count(*)::int AS n FROM ${t.table} WHERE ${where}`))[0].n;
      }
      return count;
    };
    // A value that opens under no key (here: another row's, copied) is passed, not a halt for all others.
    const { referral: planted } = await old.draftReferral();
    await owner.query(`UPDATE referral SET summary_sealed = (SELECT summary_sealed FROM referral WHERE id = $1) WHERE id = $2`, [referral.id, planted.id]);
    expect(await stale('k2')).toBeGreaterThan(1);
    const swept = await new KeyRotation(reader.scoped, rotated, 3).rotateAll();
    expect(swept.resealed).toBeGreaterThan(0);
    expect(swept.unreadable).toEqual({ 'referral.summary_sealed': 1 });
    expect(await stale('k2')).toBe(1);
    await owner.query(`UPDATE referral SET summary_sealed = NULL WHERE id = $1`, [planted.id]);
    expect(await stale('k2')).toBe(0);
    // k1 can now be retired: a hub holding only k2 (and the untouched development key) reads everything.
    const k2Only = new Fixtures(app, new PersonalDataVault(new FieldCipher(new Map([...base.fieldKeys, ['k2', k2]]), 'k2'), fixtures.kit.index));
    expect(await k2Only.visits.citizen(desk, k2Only.trace, visit)).toMatchObject({ name: 'Synthetisch Persoon', phone: '0612345678' });
    expect(await k2Only.referrals.summary(desk, k2Only.trace, await k2Only.referrals.get(desk, referral.id))).toBe('Synthetische samenvatting');

    // Back to the development key, for the other test files sharing this database.
    const back = new FieldCipher(new Map([...base.fieldKeys, ['k2', k2]]), base.fieldKeyCurrent);
    expect((await new KeyRotation(reader.scoped, back).rotateAll()).unreadable).toEqual({});
    expect(await stale(base.fieldKeyCurrent)).toBe(0);
  });

  it('records consent per referral with a sealed representative; withdrawing it hides the data from the agency from then on', async () => {
    const { desk, visit } = await fixtures.draftReferral();
    const topic = await owner.getRepository(TopicEntity).findOneByOrFail({ agencyCode: AgencyCode.SVB });
    const added = await fixtures.referrals.add(desk, fixtures.trace, {
      visitId: visit.id,
      agencyCode: AgencyCode.SVB,
      topicId: topic.id,
      urgency: Urgency.CALLBACK,
      summary: 'Synthetische vraag over AOW',
      consent: { categories: [DataCategory.CONTACT_DETAILS, DataCategory.QUESTION_TEXT], method: ConsentMethod.REPRESENTATIVE, representative: { name: 'Synthetische Dochter', relation: 'dochter' } },
    });
    const [stored] = await owner.query(`SELECT representative_sealed FROM referral_consent WHERE referral_id = $1`, [added.id]);
    expect(stored.representative_sealed).not.toContain('Dochter');
    const referral = await fixtures.referrals.submit(desk, fixtures.trace, added.id);
    const svb = await fixtures.actor('specialist.svb');
    expect(await fixtures.referrals.citizen(svb, fixtures.trace, referral)).toMatchObject({ name: 'Synthetisch Persoon', bsn: null });
    expect(await fixtures.referrals.summary(svb, fixtures.trace, referral)).toBe('Synthetische vraag over AOW');
    expect((await fixtures.referrals.consent(svb, fixtures.trace, referral))!.representative).toEqual({ name: 'Synthetische Dochter', relation: 'dochter' });

    await fixtures.referrals.withdrawConsent(desk, referral.id);
    expect(await fixtures.referrals.citizen(svb, fixtures.trace, referral)).toBeNull();
    expect(await fixtures.referrals.summary(svb, fixtures.trace, referral)).toBeNull();
    const consent = await fixtures.referrals.consent(svb, fixtures.trace, referral);
    expect(consent).toMatchObject({ representative: null, withdrawnAt: expect.any(Date) });
    // The database refuses the citizen row to the agency as well, whatever the service asks.
    expect(await fixtures.scoped.run({ kind: 'agency', agencyCode: AgencyCode.SVB }, (m) => m.query(`SELECT visit_id FROM visit_citizen WHERE visit_id = $1`, [visit.id]))).toEqual([]);
    // The desk still sees everything it recorded; the timeline says what happened.
    expect((await fixtures.referrals.citizen(desk, fixtures.trace, referral))!.bsn).not.toBeNull();
    expect((await fixtures.referrals.timeline(desk, fixtures.trace, referral.id)).map((e) => e.type)).toContain(TimelineEventType.CONSENT_WITHDRAWN);
    await expect(fixtures.referrals.withdrawConsent(desk, referral.id)).rejects.toThrow(/already withdrawn/);
    expect((await owner.getRepository(ReferralEntity).findOneByOrFail({ id: referral.id })).status).toBe(referral.status);
  });
  it('keeps free-text timeline reasons sealed beside the append-only timeline, open to the parties only, each reading logged', async () => {
    const { referral, desk } = await fixtures.submittedReferral(AgencyCode.UWV);
    await fixtures.scoped.run({ kind: 'system' }, (m) => m.query(`UPDATE referral SET status = 'RECEIVED', received_at = now() WHERE id = $1`, [referral.id]));
    const specialist = await fixtures.actor('specialist.uwv');
    const line = new LineService(fixtures.scoped, fixtures.referrals, fixtures.kit.vault);
    await line.accept(specialist, fixtures.trace, referral.id);
    const canary = 'Synthetische reden: mevrouw Kanarie is opgenomen';
    await line.hold(specialist, referral.id, canary);

    const [event] = await owner.query(`SELECT id, reason FROM referral_event WHERE referral_id = $1 AND type = 'HOLD'`, [referral.id]);
    expect(event.reason).toBeNull();
    const [note] = await owner.query(`SELECT note_sealed FROM referral_event_note WHERE event_id = $1`, [event.id]);
    expect(note.note_sealed).toMatch(new RegExp(`^${loadConfig().fieldKeyCurrent}:`));
    expect(JSON.stringify(await owner.query(`SELECT * FROM referral_event_note`))).not.toContain('Kanarie');
    // Bound to its event: moved onto another event it does not open.
    expect(() => fixtures.kit.vault.openNote({ eventId: String(Number(event.id) + 1), noteSealed: note.note_sealed })).toThrow();

    const trace = traceFrom(undefined);
    for (const actor of [desk, specialist]) {
      expect((await fixtures.referrals.timeline(actor, trace, referral.id)).find((e) => e.type === 'HOLD')!.reason).toBe(canary);
    }
    const views = await owner.query(`SELECT actor_role FROM processing_log WHERE trace_id = $1 AND operation = 'VIEW' AND referral_id = $2 ORDER BY id`, [trace.traceId, referral.id]);
    expect(views.map((v: { actor_role: string }) => v.actor_role)).toEqual(['DESK_WORKER', 'AGENCY_SPECIALIST']);
    // The monitor, another agency and the privacy officer get no note from the database, whatever they ask.
    for (const scope of [{ kind: 'monitor' }, { kind: 'privacy' }, { kind: 'agency', agencyCode: AgencyCode.SVB }] as const) {
      expect(await fixtures.scoped.run(scope, (m) => m.query(`SELECT event_id FROM referral_event_note WHERE referral_id = $1`, [referral.id]))).toEqual([]);
    }
    // Free text another feature puts on the timeline (a re-route or conversion note) goes the same way.
    const noted = await fixtures.scoped.run(SYSTEM_SCOPE, async (m) =>
      appendTimelineEvent(m, {
        referral: await m.findOneByOrFail(ReferralEntity, { id: referral.id }),
        type: TimelineEventType.REROUTED,
        fromStatus: null,
        actor: { id: null, role: 'LINE' },
        reason: null,
        note: { text: `${canary} (notitie)`, sealer: fixtures.kit.vault },
      }),
    );
    expect((await owner.query(`SELECT reason FROM referral_event WHERE id = $1`, [noted.id]))[0].reason).toBeNull();
    expect((await fixtures.referrals.timeline(desk, trace, referral.id)).find((e) => e.id === noted.id)!.reason).toBe(`${canary} (notitie)`);
    expect(JSON.stringify(await owner.query(`SELECT * FROM referral_event_note`))).not.toContain('Kanarie');
    // A move with a reason but nothing to seal it with never reaches the database.
    await expect(moveReferral(fixtures.scoped, SYSTEM_SCOPE, { referralId: referral.id, action: ReferralAction.CANCEL, party: Party.AGENCY, actor: { id: null, role: 'LINE' }, reason: canary, isVisible: () => true })).rejects.toThrow(/sealer/);
  });
});
