import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { AgencyCode, AppointmentKind, ContactChannel, DomainErrorCode, DomainException, Party, ProcessingActivity, ProcessingOperation, ReferralAction } from '#domain';
import { moveReferral, SYSTEM_SCOPE } from '#persistence';
import { AppointmentsService } from '../../apps/hub/src/appointments/appointments.service.js';
import { LineService } from '../../apps/hub/src/lines/line.service.js';
import { LetGoService } from '../../apps/hub/src/visits/let-go.service.js';
import type { Fixtures } from '../support/fixtures.js';
import { closeIntegrationDatabases, openIntegrationDatabases } from '../support/integration-databases.js';

describe('erasure on request (AVG art. 17)', () => {
  let owner: DataSource;
  let app: DataSource;
  let fixtures: Fixtures;

  beforeAll(async () => {
    ({ owner, app, fixtures } = await openIntegrationDatabases());
  });

  afterAll(() => closeIntegrationDatabases({ owner, app }));

  const count = async (sql: string, params: unknown[]) => ((await owner.query(sql, params)) as { n: number }[])[0]!.n;

  it('erases every visit of one citizen as retention does, withdraws open referrals only when told to, and logs it', async () => {
    // One citizen, two visits: one the desk let go of (a cancelled referral with a free-text reason), one still open with a picked-up, scheduled referral.
    const first = await fixtures.draftReferral(AgencyCode.UWV);
    const { desk, bsn } = first;
    await fixtures.referrals.cancel(desk, first.referral.id, 'Synthetische reden met persoonsgegevens');
    await new LetGoService(fixtures.scoped).close(desk, first.visit.id);
    const second = await fixtures.draftReferral(AgencyCode.SVB, undefined, 'desk.utrecht', bsn);
    await fixtures.referrals.submit(desk, fixtures.trace, second.referral.id);
    await moveReferral(fixtures.scoped, SYSTEM_SCOPE, { referralId: second.referral.id, action: ReferralAction.RECEIVE, party: Party.LINE, actor: { id: null, role: 'LINE' }, isVisible: () => true });
    const specialist = await fixtures.actor('specialist.svb');
    await new LineService(fixtures.scoped, fixtures.referrals, fixtures.kit.vault).accept(specialist, fixtures.trace, second.referral.id);
    const startsAt = new Date(Date.now() + 3 * 86_400_000);
    await new AppointmentsService(fixtures.scoped, () => new Date()).schedule(specialist, {
      referralId: second.referral.id,
      kind: AppointmentKind.APPOINTMENT,
      startsAt,
      channel: ContactChannel.IN_PERSON,
      place: 'Synthetisch huisadres 2',
      extraItems: ['Synthetische brief'],
    });
    const someoneElse = await fixtures.draftReferral(AgencyCode.UWV);
    const visits = [first.visit.id, second.visit.id];
    const rowsBefore = await count(`SELECT count(*)::int AS n FROM referral_event WHERE referral_id = ANY($1::uuid[])`, [[first.referral.id, second.referral.id]]);

    const now = new Date('2026-06-01T10:00:00Z');
    const officerActor = await fixtures.actor('privacy.officer');
    const officer = fixtures.privacyOfficer(() => now);

    // Open referrals: refused, naming them, and nothing changes.
    const refused = await officer.erase(officerActor, fixtures.trace, bsn, false).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainException);
    expect((refused as DomainException).code).toBe(DomainErrorCode.ERASURE_NEEDS_WITHDRAWAL);
    expect((refused as DomainException).details.blockingReferrals).toEqual([{ id: second.referral.id, reference: second.referral.reference, status: 'ACCEPTED' }]);
    expect(await count(`SELECT count(*)::int AS n FROM visit_citizen WHERE visit_id = ANY($1::uuid[])`, [visits])).toBe(2);

    // Told to withdraw them: cancelled with the coded reason, by the officer, then erased; the BSN is found with spaces too.
    const spaced = `${bsn.slice(0, 4)} ${bsn.slice(4, 6)} ${bsn.slice(6)}`;
    const report = await officer.erase(officerActor, fixtures.trace, spaced, true);
    expect(report).toEqual({
      erasedVisits: 2,
      withdrawnReferrals: [{ id: second.referral.id, visitId: second.visit.id, reference: second.referral.reference, agencyCode: AgencyCode.SVB, status: 'ACCEPTED' }],
    });
    const [cancel] = await owner.query(`SELECT type, from_status, to_status, actor_id, actor_role, reason FROM referral_event WHERE referral_id = $1 ORDER BY id DESC LIMIT 1`, [second.referral.id]);
    expect(cancel).toEqual({ type: 'CANCEL', from_status: 'ACCEPTED', to_status: 'CANCELLED', actor_id: officerActor.accountId, actor_role: 'PRIVACY_OFFICER', reason: 'ERASURE_REQUESTED' });

    // Erased exactly as retention erases; rows, statuses and timestamps stay.
    expect(await count(`SELECT count(*)::int AS n FROM visit_citizen WHERE visit_id = ANY($1::uuid[])`, [visits])).toBe(0);
    expect(await owner.query(`SELECT id, status, close_reason, closed_at IS NOT NULL AS closed, questions_sealed, data_subject, erased_at FROM visit WHERE id = ANY($1::uuid[]) ORDER BY opened_at`, [visits])).toEqual([
      { id: first.visit.id, status: 'CLOSED', close_reason: 'LET_GO', closed: true, questions_sealed: null, data_subject: null, erased_at: now },
      { id: second.visit.id, status: 'CLOSED', close_reason: 'ERASURE_REQUEST', closed: true, questions_sealed: null, data_subject: null, erased_at: now },
    ]);
    const [referral] = await owner.query(`SELECT status, summary_sealed, outcome_sealed, data_subject, submitted_at, accepted_at FROM referral WHERE id = $1`, [second.referral.id]);
    expect(referral).toMatchObject({ status: 'CANCELLED', summary_sealed: null, outcome_sealed: null, data_subject: null, submitted_at: expect.any(Date), accepted_at: expect.any(Date) });
    expect(await owner.query(`SELECT place, extra_items, starts_at FROM referral_appointment WHERE referral_id = $1`, [second.referral.id])).toEqual([{ place: null, extra_items: [], starts_at: startsAt }]);
    expect(await count(`SELECT count(*)::int AS n FROM referral_event_note WHERE referral_id = $1`, [first.referral.id])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM referral_event WHERE referral_id = ANY($1::uuid[])`, [[first.referral.id, second.referral.id]])).toBe(rowsBefore + 1);
    expect((await fixtures.referrals.timeline(desk, fixtures.trace, first.referral.id)).find((e) => e.type === 'CANCEL')!.reason).toBeNull();

    // Logged: one ERASE per visit under the citizen's blind index, naming the officer; the other citizen is untouched.
    const records = await officer.processingOf(officerActor, fixtures.trace, bsn);
    const erasures = records.filter((r) => r.operation === ProcessingOperation.ERASE);
    expect(erasures.map((r) => [r.activity, r.actorRole, r.actorId])).toEqual([
      [ProcessingActivity.ERASURE_REQUEST, 'PRIVACY_OFFICER', officerActor.accountId],
      [ProcessingActivity.ERASURE_REQUEST, 'PRIVACY_OFFICER', officerActor.accountId],
    ]);
    expect(await count(`SELECT count(*)::int AS n FROM visit_citizen WHERE visit_id = $1`, [someoneElse.visit.id])).toBe(1);

    // Nothing is left to find: a second request erases nothing and logs nothing new.
    expect(await officer.erase(officerActor, fixtures.trace, bsn, false)).toEqual({ erasedVisits: 0, withdrawnReferrals: [] });
    expect((await officer.processingOf(officerActor, fixtures.trace, bsn)).filter((r) => r.operation === ProcessingOperation.ERASE)).toHaveLength(2);
  });
});
