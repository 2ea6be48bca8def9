import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { AgencyCode, AppointmentKind, Channel, ConsentMethod, ContactChannel, DataCategory, Party, ReferralAction, Urgency } from '#domain';
import { moveReferral, SYSTEM_SCOPE, TopicEntity } from '#persistence';
import { AbandonedVisits, Retention } from '#privacy';
import { AppointmentsService } from '../../apps/hub/src/appointments/appointments.service.js';
import { LineService } from '../../apps/hub/src/lines/line.service.js';
import type { Fixtures } from '../support/fixtures.js';
import { closeIntegrationDatabases, openIntegrationDatabases } from '../support/integration-databases.js';

const DAY = 86_400_000;
/** Long before anything other tests make, so the sweeps with this clock touch only this test's visits. */
const LONG_AGO = new Date('2010-01-04T09:00:00Z');

describe('abandoned visits', () => {
  let owner: DataSource;
  let app: DataSource;
  let fixtures: Fixtures;

  beforeAll(async () => {
    ({ owner, app, fixtures } = await openIntegrationDatabases());
  });

  afterAll(() => closeIntegrationDatabases({ owner, app }));

  /** Moves a visit and everything on its timelines back to LONG_AGO, as if it had been left there. */
  async function leaveSince(visitId: string, at: Date = LONG_AGO): Promise<void> {
    await owner.transaction(async (m) => {
      await m.query(`UPDATE visit SET opened_at = $2 WHERE id = $1`, [visitId, at]);
      // The timeline is append-only for everyone; the owner lifts that for this one backdating only.
      await m.query(`ALTER TABLE referral_event DISABLE TRIGGER referral_event_append_only`);
      await m.query(`UPDATE referral_event SET occurred_at = $2 WHERE referral_id IN (SELECT id FROM referral WHERE visit_id = $1)`, [visitId, at]);
      await m.query(`ALTER TABLE referral_event ENABLE TRIGGER referral_event_append_only`);
    });
  }

  async function addTo(visitId: string, agency: AgencyCode) {
    const desk = await fixtures.actor('desk.utrecht');
    const topic = await app.getRepository(TopicEntity).findOneByOrFail({ agencyCode: agency });
    return fixtures.referrals.add(desk, fixtures.trace, {
      visitId,
      agencyCode: agency,
      topicId: topic.id,
      urgency: Urgency.REGULAR,
      summary: 'Synthetische samenvatting',
      consent: { categories: [DataCategory.CONTACT_DETAILS], method: ConsentMethod.VERBAL },
    });
  }

  const lastEvent = async (referralId: string) =>
    (await owner.query(`SELECT type, from_status, to_status, actor_id, actor_role, reason FROM referral_event WHERE referral_id = $1 ORDER BY id DESC LIMIT 1`, [referralId]))[0];

  it('closes a visit nobody touched for the period, withdraws what was never picked up, and lets retention reach it', async () => {
    const line = new LineService(fixtures.scoped, fixtures.referrals, fixtures.kit.vault);
    const specialist = await fixtures.actor('specialist.svb');
    // Left behind: a draft, one waiting in the inbox, one picked up, one the desk cancelled.
    const { desk, visit, referral: draft } = await fixtures.draftReferral(AgencyCode.UWV);
    const waiting = await addTo(visit.id, AgencyCode.DUO);
    const pickedUp = await addTo(visit.id, AgencyCode.SVB);
    const cancelled = await addTo(visit.id, AgencyCode.CAK);
    for (const r of [waiting, pickedUp]) {
      await fixtures.referrals.submit(desk, fixtures.trace, r.id);
      await moveReferral(fixtures.scoped, SYSTEM_SCOPE, { referralId: r.id, action: ReferralAction.RECEIVE, party: Party.LINE, actor: { id: null, role: 'LINE' }, isVisible: () => true });
    }
    await line.accept(specialist, fixtures.trace, pickedUp.id);
    await fixtures.referrals.cancel(desk, cancelled.id, 'Synthetische reden');
    const cancelledEvents = (await owner.query(`SELECT count(*)::int AS n FROM referral_event WHERE referral_id = $1`, [cancelled.id]))[0].n;
    await leaveSince(visit.id);
    // Opened long ago too, but with no referrals at all.
    const empty = await fixtures.visits.open(desk, fixtures.trace, { channel: Channel.PHONE, questions: ['Synthetische vraag'], citizen: { name: 'Synthetisch Persoon', phone: null, bsn: fixtures.nextBsn() } });
    await leaveSince(empty.id);
    // Opened long ago, but its referral moved a moment ago: alive.
    const alive = await fixtures.draftReferral(AgencyCode.UWV);
    await leaveSince(alive.visit.id);
    await fixtures.referrals.submit(alive.desk, fixtures.trace, alive.referral.id);

    const abandoned = new AbandonedVisits(fixtures.scoped, fixtures.kit.visitErasure, 30);
    expect(await abandoned.closeAbandoned(new Date(LONG_AGO.getTime() + 29 * DAY))).toBe(0);
    const now = new Date(LONG_AGO.getTime() + 31 * DAY);
    expect(await abandoned.closeAbandoned(now)).toBe(2);

    const visitRow = (id: string) => owner.query(`SELECT status, closed_at, close_reason, erased_at FROM visit WHERE id = $1`, [id]).then((rows: unknown[]) => rows[0]);
    expect(await visitRow(visit.id)).toEqual({ status: 'CLOSED', closed_at: now, close_reason: 'ABANDONED', erased_at: null });
    expect(await visitRow(empty.id)).toEqual({ status: 'CLOSED', closed_at: now, close_reason: 'ABANDONED', erased_at: null });
    expect(await visitRow(alive.visit.id)).toMatchObject({ status: 'OPEN', close_reason: null });

    // Never picked up: cancelled with the coded reason, by the machinery, on the agency's line through the outbox.
    for (const [r, from] of [[draft, 'DRAFT'], [waiting, 'RECEIVED']] as const) {
      expect(await lastEvent(r.id)).toEqual({ type: 'CANCEL', from_status: from, to_status: 'CANCELLED', actor_id: null, actor_role: 'LINE', reason: 'VISIT_ABANDONED' });
      expect((await owner.query(`SELECT count(*)::int AS n FROM outbox o JOIN referral_event e ON e.id = o.event_id WHERE e.referral_id = $1 AND e.type = 'CANCEL'`, [r.id]))[0].n).toBe(1);
    }
    // Picked up: stays with the agency, which reads on its timeline that the desk let go.
    expect((await owner.query(`SELECT status FROM referral WHERE id = $1`, [pickedUp.id]))[0].status).toBe('ACCEPTED');
    expect(await lastEvent(pickedUp.id)).toEqual({ type: 'VISIT_ABANDONED', from_status: 'ACCEPTED', to_status: 'ACCEPTED', actor_id: null, actor_role: 'LINE', reason: null });
    expect((await fixtures.referrals.timeline(specialist, fixtures.trace, pickedUp.id)).map((e) => e.type)).toContain('VISIT_ABANDONED');
    // Ended already: nothing new.
    expect((await owner.query(`SELECT count(*)::int AS n FROM referral_event WHERE referral_id = $1`, [cancelled.id]))[0].n).toBe(cancelledEvents);
    // A closed visit takes no new referrals.
    await expect(addTo(visit.id, AgencyCode.IND)).rejects.toThrow('The visit is closed');
    expect(await abandoned.closeAbandoned(now)).toBe(0);

    // Retention now reaches both, once their period has passed, exactly as for a visit the desk let go.
    const retention = new Retention(fixtures.scoped, fixtures.kit.visitErasure, fixtures.kit.eraser, 90);
    expect(await retention.eraseExpired(new Date(now.getTime() + 89 * DAY))).toBe(0);
    expect(await retention.eraseExpired(new Date(now.getTime() + 91 * DAY))).toBe(2);
    expect((await owner.query(`SELECT count(*)::int AS n FROM visit_citizen WHERE visit_id = ANY($1::uuid[])`, [[visit.id, empty.id]]))[0].n).toBe(0);
    expect(await owner.query(`SELECT event_id FROM referral_event_note WHERE referral_id = $1`, [cancelled.id])).toEqual([]);
    expect((await owner.query(`SELECT count(*)::int AS n FROM visit_citizen WHERE visit_id = $1`, [alive.visit.id]))[0].n).toBe(1);

    // The agency still works on what it picked up; what it writes from now on is not kept: retention has passed.
    await line.hold(specialist, pickedUp.id, 'Synthetische wachtreden na het wissen');
    await line.resume(specialist, pickedUp.id);
    const startsAt = new Date(Date.now() + 2 * DAY);
    await new AppointmentsService(fixtures.scoped, () => new Date()).schedule(specialist, {
      referralId: pickedUp.id,
      kind: AppointmentKind.APPOINTMENT,
      startsAt,
      channel: ContactChannel.IN_PERSON,
      place: 'Synthetisch huisadres na het wissen',
      extraItems: ['Synthetische brief na het wissen'],
    });
    await line.complete(specialist, pickedUp.id, 'Synthetische uitkomst na het wissen');
    const [after] = await owner.query(`SELECT status, outcome_sealed, summary_sealed, erased_at FROM referral WHERE id = $1`, [pickedUp.id]);
    expect(after).toEqual({ status: 'COMPLETED', outcome_sealed: null, summary_sealed: null, erased_at: new Date(now.getTime() + 91 * DAY) });
    expect(await owner.query(`SELECT event_id FROM referral_event_note WHERE referral_id = $1`, [pickedUp.id])).toEqual([]);
    expect(await owner.query(`SELECT place, extra_items, starts_at FROM referral_appointment WHERE referral_id = $1`, [pickedUp.id])).toEqual([{ place: null, extra_items: [], starts_at: startsAt }]);
    const types = (await owner.query(`SELECT type FROM referral_event WHERE referral_id = $1 ORDER BY id`, [pickedUp.id])) as { type: string }[];
    expect(types.map((e) => e.type).slice(-5)).toEqual(['VISIT_ABANDONED', 'HOLD', 'RESUME', 'SCHEDULED', 'COMPLETE']);
  });
});
