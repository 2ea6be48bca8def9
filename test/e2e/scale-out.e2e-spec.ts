import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { GqlClient, type Subscription } from '../support/graphql-client.js';
import { HandoffClient, loadDesk, type LoadDesk, settledHandoffs, type Submitted, tally } from '../support/handoff-load.js';
import { type EventPayload, LINE_EVENTS, SERVICE_POINT_EVENTS } from '../support/story-operations.js';

type Event = { servicePointEvents?: EventPayload; lineEvents?: EventPayload };

const REFERRALS = 40;
/** SVB answers day and night during this test, with one minute to accept: the accept reminder fires within a minute. */
const ALWAYS_OPEN = { timeZone: 'Europe/Amsterdam', days: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'], opens: '00:00', closes: '23:59' };

describe('scale-out: two hubs and two line workers on one Postgres and one Redis', () => {
  const apps: AppProcess[] = [];
  const subscriptions: Subscription<Event>[] = [];
  let db: pg.Client;
  let desk: LoadDesk;
  let saved: { lineHours: unknown; sla: { receive_amount: number; receive_unit: string; accept_amount: number; accept_unit: string } };

  beforeAll(async () => {
    db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    const agency = await db.query(`SELECT line_hours FROM agency WHERE code = 'SVB'`);
    const sla = await db.query(`SELECT receive_amount, receive_unit, accept_amount, accept_unit FROM sla_setting WHERE agency_code = 'SVB' AND urgency = 'REGULAR'`);
    saved = { lineHours: agency.rows[0].line_hours, sla: sla.rows[0] };
    await db.query(`UPDATE agency SET line_hours = $1 WHERE code = 'SVB'`, [ALWAYS_OPEN]);
    await db.query(`UPDATE sla_setting SET receive_amount = 1, receive_unit = 'MINUTES', accept_amount = 1, accept_unit = 'MINUTES' WHERE agency_code = 'SVB' AND urgency = 'REGULAR'`);
    const ports = [hubPort(), hubPort()];
    apps.push(...(await Promise.all(ports.map((port) => AppProcess.start('hub', { PORT: String(port) })))));
    apps.push(...(await Promise.all([1, 2].map(() => AppProcess.start('line-worker', { RECONCILE_INTERVAL_MS: '1000' })))));
    desk = await loadDesk(ports.map((port) => `http://127.0.0.1:${port}`), 'desk.utrecht', 'SVB', 'aow', 61);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(subscriptions.map((s) => s.close()));
    await Promise.all(apps.map((app) => app.stop()));
    if (saved) {
      await db.query(`UPDATE agency SET line_hours = $1 WHERE code = 'SVB'`, [saved.lineHours]);
      await db.query(`UPDATE sla_setting SET receive_amount = $1, receive_unit = $2, accept_amount = $3, accept_unit = $4 WHERE agency_code = 'SVB' AND urgency = 'REGULAR'`, [
        saved.sla.receive_amount,
        saved.sla.receive_unit,
        saved.sla.accept_amount,
        saved.sla.accept_unit,
      ]);
    }
    await db?.end();
  });

  it('delivers and receives every referral once, shows every event once on both hubs, and fires each timer once', async () => {
    for (const hub of desk.hubs) {
      const deskClient = new GqlClient(hub, desk.token);
      const svb = await GqlClient.signIn(hub, 'specialist.svb');
      subscriptions.push(await deskClient.subscribe<Event>(SERVICE_POINT_EVENTS), await svb.subscribe<Event>(LINE_EVENTS));
    }

    // Load through both hubs at once: referral n goes to hub n % 2, ten at a time.
    const client = new HandoffClient();
    const submitted: Submitted[] = [];
    for (let batch = 0; batch < REFERRALS; batch += 10) {
      const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => client.submit(desk, (batch + i) % 2, true)));
      submitted.push(...answers.filter((a): a is Submitted => a !== null));
    }
    expect(client.experience.untyped).toEqual([]);
    expect(submitted).toHaveLength(REFERRALS);
    expect(new Set(submitted.map((s) => s.hub))).toEqual(new Set([0, 1]));
    const ids = submitted.map((s) => s.referralId);

    const records = await settledHandoffs(db, ids);
    expect(tally(records, REFERRALS)).toEqual({ lost: 0, duplicated: 0 });

    // Every subscriber, on either hub, sees each referral's submit and receipt exactly once.
    for (const subscription of subscriptions) {
      await subscription.waitFor(() => ids.every((id) => received(subscription, id) > 0), 30_000);
      for (const id of ids) {
        expect([seen(subscription, id, 'SUBMIT'), seen(subscription, id, 'RECEIVE')]).toEqual([1, 1]);
      }
      const eventIds = subscription.events.map((e) => payload(e.value).eventId);
      expect(new Set(eventIds).size).toBe(eventIds.length);
    }

    // One minute after submit the accept deadline passes: two workers, yet one reminder per referral.
    const fired = async () =>
      (
        await db.query(
          `SELECT t.referral_id, (SELECT count(*)::int FROM referral_event e WHERE e.referral_id = t.referral_id AND e.type = 'REMINDED') AS notes
             FROM referral_timer t WHERE t.kind = 'ACCEPT_REMINDER' AND t.outcome = 'FIRED' AND t.referral_id = ANY($1::uuid[])`,
          [ids],
        )
      ).rows as { referral_id: string; notes: number }[];
    const deadline = Date.now() + 150_000;
    while ((await fired()).length < ids.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 1_000));
    const reminders = await fired();
    expect(reminders).toHaveLength(ids.length);
    expect(reminders.filter((r) => r.notes !== 1)).toEqual([]);
  }, 300_000);
});

function payload(event: Event): EventPayload {
  return (event.servicePointEvents ?? event.lineEvents)!;
}

function seen(subscription: Subscription<Event>, referralId: string, type: string): number {
  return subscription.events.filter((e) => payload(e.value).referralId === referralId && payload(e.value).type === type).length;
}

function received(subscription: Subscription<Event>, referralId: string): number {
  return seen(subscription, referralId, 'RECEIVE');
}
