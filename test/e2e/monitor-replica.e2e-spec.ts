import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { APP_DATABASE_ROLE } from '#config';
import { syntheticBsn } from '#domain';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { eventually } from '../support/eventually.js';
import { GqlClient } from '../support/graphql-client.js';
import { PostgresStandby } from '../support/postgres-standby.js';
import { ADD_REFERRAL, OPEN_VISIT, SUBMIT, TOPICS } from '../support/story-operations.js';

const WAITING_ON_DUO = `query { monitorLive(filter: { agencyCodes: [DUO] }) { waitingNow { label } } }`;
/** The monitor publishes counts rounded to ten, so ten new referrals always change what it shows. */
const NEW_REFERRALS = 10;

describe('the monitor reads from the replica of MONITOR_DATABASE_URL', () => {
  let standby: PostgresStandby;
  let hub: AppProcess;
  let db: pg.Client;
  let database: string;

  beforeAll(async () => {
    const primary = new URL(process.env.DATABASE_URL!);
    database = primary.pathname.slice(1);
    standby = await PostgresStandby.start(process.env.DATABASE_URL!);
    const appOnStandby = new URL(standby.urlLike(process.env.DATABASE_URL!));
    appOnStandby.username = APP_DATABASE_ROLE;
    appOnStandby.password = '';
    hub = await AppProcess.start('hub', { PORT: String(hubPort()), MONITOR_DATABASE_URL: appOnStandby.toString() });
    db = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
  }, 120_000);

  afterAll(async () => {
    await hub?.stop();
    await db?.end();
    await standby?.stop();
  });

  async function waitingOnDuo(monitor: GqlClient): Promise<string> {
    return (await monitor.data<{ monitorLive: { waitingNow: { label: string } } }>(WAITING_ON_DUO)).monitorLive.waitingNow.label;
  }

  it('answers with the replica\'s figures (a paused replay hides new referrals) and catches up when it resumes', async () => {
    const [monitor, desk] = await Promise.all([GqlClient.signIn(hub.baseUrl, 'monitor.bzk'), GqlClient.signIn(hub.baseUrl, 'desk.utrecht')]);
    await standby.pauseReplay(database);
    const before = await waitingOnDuo(monitor);
    // The hub's replica pool is connected to the standby (its idle connections live for seconds).
    const connections = await standby.query<{ n: number }>(database, `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'loketlijn-replica'`);
    expect(connections[0]!.n).toBeGreaterThan(0);
    const topicId = (await desk.data<{ topics: { id: string }[] }>(TOPICS, { a: 'DUO' })).topics[0]!.id;
    const citizen = { name: 'Testpersoon Synthetisch', phone: '06 1234 5678', bsn: syntheticBsn(77) };
    const visitId = (await desk.data<{ openVisit: { id: string } }>(OPEN_VISIT, { input: { channel: 'WALK_IN', questions: ['Vraag over studiefinanciering'], citizen } })).openVisit.id;
    const input = { visitId, agencyCode: 'DUO', topicId, urgency: 'REGULAR', summary: 'Vraag over terugbetalen.', consent: { categories: ['CONTACT_DETAILS'], method: 'VERBAL' } };
    const { rows: [{ n: waitingBefore }] } = await db.query(`SELECT count(*)::int AS n FROM referral WHERE agency_code = 'DUO' AND status IN ('REQUESTED', 'RECEIVED')`);
    for (let i = 0; i < NEW_REFERRALS; i++) await desk.data(SUBMIT, { id: (await desk.data<{ addReferral: { id: string } }>(ADD_REFERRAL, { input })).addReferral.id });
    const { rows } = await db.query(`SELECT count(*)::int AS n FROM referral WHERE agency_code = 'DUO' AND status IN ('REQUESTED', 'RECEIVED')`);
    expect(rows[0].n).toBe(waitingBefore + NEW_REFERRALS);
    // The primary has it; the monitor, reading the paused replica, does not yet.
    expect(await waitingOnDuo(monitor)).toBe(before);

    await standby.resumeReplay(database);
    await eventually(async () => (await waitingOnDuo(monitor)) !== before);
  }, 60_000);
});
