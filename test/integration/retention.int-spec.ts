import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { AgencyCode, AppointmentKind, ContactChannel, ProcessingOperation } from '#domain';
import { MonitorRollups, VisitEntity } from '#persistence';
import { Retention, traceFrom } from '#privacy';
import type { Fixtures } from '../support/fixtures.js';
import { closeIntegrationDatabases, openIntegrationDatabases } from '../support/integration-databases.js';
import { AppointmentsService } from '../../apps/hub/src/appointments/appointments.service.js';
import { LineService } from '../../apps/hub/src/lines/line.service.js';

const DAY = 86_400_000;

describe('retention', () => {
  let owner: DataSource;
  let app: DataSource;
  let fixtures: Fixtures;

  beforeAll(async () => {
    ({ owner, app, fixtures } = await openIntegrationDatabases());
  });

  afterAll(() => closeIntegrationDatabases({ owner, app }));

  // 60 s: its rollup drains also bring up to date whatever other files left in the shared database.
  it('erases a closed visit\'s personal data after the configured period, keeping every figure', async () => {
    const { referral, visit, desk, bsn } = await fixtures.submittedReferral(AgencyCode.DUO);
    const specialist = await fixtures.actor('specialist.duo');
    await fixtures.scoped.run({ kind: 'system' }, (m) => m.query(`UPDATE referral SET status = 'RECEIVED', received_at = now() WHERE id = $1`, [referral.id]));
    const line = new LineService(fixtures.scoped, fixtures.referrals, fixtures.kit.vault);
    await line.accept(specialist, fixtures.trace, referral.id);
    await line.hold(specialist, referral.id, 'Synthetische wachtreden');
    await line.resume(specialist, referral.id);
    const soon = new Date(Date.now() + 2 * DAY);
    await new AppointmentsService(fixtures.scoped, () => new Date()).schedule(specialist, {
      referralId: referral.id,
      kind: AppointmentKind.APPOINTMENT,
      startsAt: soon,
      channel: ContactChannel.IN_PERSON,
      place: 'Synthetisch huisadres 1',
      extraItems: ['Synthetische brief van de buren'],
    });
    await line.complete(specialist, referral.id, 'Synthetische uitkomst');
    expect(JSON.stringify(await owner.query(`SELECT * FROM referral_event WHERE referral_id = $1`, [referral.id]))).not.toContain('Synthetische uitkomst');
    const open = await fixtures.draftReferral(AgencyCode.DUO);
    // Closing arrives with the let-go gate (another issue); set it directly, long ago.
    const closedAt = new Date('2020-01-01T12:00:00Z');
    await owner.query(`UPDATE visit SET status = 'CLOSED', closed_at = $2 WHERE id = $1`, [visit.id, closedAt]);

    // The monitor's rollups are its statistics: every cell, brought up to date, as it is before the erasure.
    const rollups = async () => {
      await new MonitorRollups(fixtures.scoped).drainAll();
      return [await owner.query(`SELECT * FROM monitor_day ORDER BY 1, 2, 3, 4, 5, 6, 7`), await owner.query(`SELECT * FROM monitor_day_outcome ORDER BY 1, 2, 3, 4, 5, 6, 7`)];
    };
    const figures = await rollups();
    expect(figures[0]!.length).toBeGreaterThan(0);
    const retention = new Retention(fixtures.scoped, fixtures.kit.visitErasure, fixtures.kit.eraser, 90);

    expect(await retention.eraseExpired(new Date(closedAt.getTime() + 89 * DAY))).toBe(0);
    expect((await owner.query(`SELECT count(*)::int AS n FROM visit_citizen WHERE visit_id = $1`, [visit.id]))[0].n).toBe(1);
    expect((await owner.query(`SELECT count(*)::int AS n FROM referral_event_note WHERE referral_id = $1`, [referral.id]))[0].n).toBeGreaterThan(0);
    expect((await owner.query(`SELECT place FROM referral_appointment WHERE referral_id = $1`, [referral.id]))[0].place).toBe('Synthetisch huisadres 1');

    expect(await retention.eraseExpired(new Date(closedAt.getTime() + 91 * DAY))).toBe(1);
    expect((await owner.query(`SELECT count(*)::int AS n FROM visit_citizen WHERE visit_id = $1`, [visit.id]))[0].n).toBe(0);
    const [erased] = await owner.query(`SELECT questions_sealed, data_subject, erased_at FROM visit WHERE id = $1`, [visit.id]);
    expect(erased).toEqual({ questions_sealed: null, data_subject: null, erased_at: new Date(closedAt.getTime() + 91 * DAY) });
    const [row] = await owner.query(`SELECT status, summary_sealed, outcome_sealed, data_subject, submitted_at, accepted_at FROM referral WHERE id = $1`, [referral.id]);
    expect(row).toMatchObject({ status: 'COMPLETED', summary_sealed: null, outcome_sealed: null, data_subject: null, submitted_at: expect.any(Date), accepted_at: expect.any(Date) });
    const [consent] = await owner.query(`SELECT categories, representative_sealed FROM referral_consent WHERE referral_id = $1`, [referral.id]);
    expect(consent).toEqual({ categories: ['CONTACT_DETAILS'], representative_sealed: null });
    // The timeline stays, its free-text reasons go; the appointment keeps its time, not its place or items.
    expect((await owner.query(`SELECT type FROM referral_event WHERE referral_id = $1 AND type = 'HOLD'`, [referral.id])).length).toBe(1);
    expect(await owner.query(`SELECT event_id FROM referral_event_note WHERE referral_id = $1`, [referral.id])).toEqual([]);
    expect((await fixtures.referrals.timeline(desk, fixtures.trace, referral.id)).find((e) => e.type === 'HOLD')!.reason).toBeNull();
    const [appointment] = await owner.query(`SELECT place, extra_items, starts_at FROM referral_appointment WHERE referral_id = $1`, [referral.id]);
    expect(appointment).toEqual({ place: null, extra_items: [], starts_at: soon });

    // Statistics survive; the desk sees an emptied visit; the open visit is untouched.
    expect(await rollups()).toEqual(figures);
    const seen = await fixtures.visits.get(desk, visit.id);
    expect(await fixtures.visits.questions(desk, fixtures.trace, [seen])).toEqual([[]]);
    expect(await fixtures.visits.citizen(desk, fixtures.trace, seen)).toBeNull();
    expect(await fixtures.referrals.summary(desk, fixtures.trace, await fixtures.referrals.get(desk, referral.id))).toBeNull();
    expect((await owner.getRepository(VisitEntity).findOneByOrFail({ id: open.visit.id })).questionsSealed).not.toBeNull();

    // The erasure is itself in the processing log, under the citizen's blind index.
    const officer = fixtures.privacyOfficer();
    const records = await officer.processingOf(await fixtures.actor('privacy.officer'), traceFrom(undefined), bsn);
    expect(records.map((r) => r.operation)).toContain(ProcessingOperation.ERASE);
    expect(await retention.eraseExpired(new Date(closedAt.getTime() + 365 * DAY))).toBe(0);
  }, 60_000);
});
