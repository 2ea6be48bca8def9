import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { publishCount, syntheticBsn } from '#domain';
import { loadConfig } from '#config';
import { createDataSource, MonitorRollups, ScopedDatabase, SYSTEM_SCOPE } from '#persistence';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { GqlClient } from '../support/graphql-client.js';
import { ADD_REFERRAL, OPEN_VISIT, SUBMIT, TOPICS } from '../support/story-operations.js';

const COUNT = '{ value label }';
const FIGURES = `{ referrals ${COUNT} received ${COUNT} accepted ${COUNT} receivedInTimeShare acceptedInTimeShare rejected ${COUNT}
  cancelled ${COUNT} failed ${COUNT} rerouted ${COUNT} visits ${COUNT} referralsPerVisit
  durations { measure clock medianSeconds p90Seconds basedOn ${COUNT} } }`;
const OVERVIEW = `query ($period: MonitorPeriodInput, $filter: MonitorFilterInput) { monitorOverview(period: $period, filter: $filter) ${FIGURES} }`;
const BREAKDOWN = `query ($by: MonitorDimension!, $filter: MonitorFilterInput) { monitorBreakdown(by: $by, filter: $filter) { key label figures ${FIGURES} } }`;
const TREND = `query { monitorTrend(step: WEEK) { key figures { referrals ${COUNT} } } }`;
const OUTCOMES = `query { monitorOutcomes { kind code agencyCode count ${COUNT} } }`;
const LIVE = `query ($filter: MonitorFilterInput) { monitorLive(filter: $filter) { openNow ${COUNT} waitingNow ${COUNT} overdueNow ${COUNT} warmVisitsOpenNow ${COUNT} } }`;

type Count = { value: number | null; label: string };

/** Every count anywhere in a response, found by its shape. */
function counts(value: unknown): Count[] {
  if (Array.isArray(value)) return value.flatMap(counts);
  if (value && typeof value === 'object') {
    if ('label' in value && 'value' in value) return [value as Count];
    return Object.values(value).flatMap(counts);
  }
  return [];
}

describe('the monitor over GraphQL', () => {
  let hub: AppProcess;
  let url: string;
  let app: DataSource;
  let monitor: GqlClient;
  let desk: GqlClient;

  beforeAll(async () => {
    const port = hubPort();
    url = `http://127.0.0.1:${port}`;
    hub = await AppProcess.start('hub', { PORT: String(port) });
    app = await createDataSource({ url: loadConfig().appDatabaseUrl, poolSize: 2 }).initialize();
    [monitor, desk] = await Promise.all([GqlClient.signIn(url, 'monitor.bzk'), GqlClient.signIn(url, 'desk.amersfoort')]);
    // Three submitted referrals at Amersfoort for UWV: a small cell.
    const { topics } = await desk.data<{ topics: { id: string }[] }>(TOPICS, { a: 'UWV' });
    for (let i = 0; i < 3; i++) {
      const { openVisit } = await desk.data<{ openVisit: { id: string } }>(OPEN_VISIT, {
        input: { channel: 'ONLINE', questions: ['Synthetische vraag'], citizen: { name: 'Synthetisch Persoon', phone: '0612345678', bsn: syntheticBsn(9100 + i) } },
      });
      const { addReferral } = await desk.data<{ addReferral: { id: string } }>(ADD_REFERRAL, {
        input: { visitId: openVisit.id, agencyCode: 'UWV', topicId: topics[0]!.id, urgency: 'REGULAR', summary: 'Synthetische samenvatting', consent: { categories: ['CONTACT_DETAILS'], method: 'VERBAL' } },
      });
      await desk.data(SUBMIT, { id: addReferral.id });
    }
    // No line worker here: the test drains the timeline's marks itself.
    await new MonitorRollups(new ScopedDatabase(app)).drainAll();
  }, 180_000);

  afterAll(async () => {
    await hub?.stop();
    await app?.destroy();
  });

  it('answers every figure as published counts: "<5" or a multiple of ten, the same rule as the domain', async () => {
    const responses = await Promise.all([
      monitor.data(OVERVIEW),
      ...['AGENCY', 'SERVICE_POINT', 'MUNICIPALITY', 'TOPIC', 'URGENCY', 'CHANNEL'].map((by) => monitor.data(BREAKDOWN, { by })),
      monitor.data(TREND),
      monitor.data(OUTCOMES),
      monitor.data(LIVE),
    ]);
    const all = responses.flatMap(counts);
    expect(all.length).toBeGreaterThan(50);
    for (const count of all) {
      if (count.label === '<5') expect(count.value).toBeNull();
      else expect(count.value !== null && count.value % 10 === 0 && String(count.value) === count.label).toBe(true);
    }
  });

  it('shows the small cell of three online referrals as "<5", equal to the raw count published', async () => {
    const [{ n }] = (await new ScopedDatabase(app).run(SYSTEM_SCOPE, (m) =>
      m.query(`SELECT count(*)::int AS n FROM referral r JOIN visit v ON v.id = r.visit_id JOIN service_point sp ON sp.id = r.service_point_id
                WHERE r.submitted_at >= now() - interval '27 days' AND v.channel = 'ONLINE' AND sp.municipality = 'Amersfoort' AND r.agency_code = 'UWV'`),
    )) as [{ n: number }];
    const filter = { municipalities: ['Amersfoort'], channels: ['ONLINE'], agencyCodes: ['UWV'] };
    const { monitorOverview } = await monitor.data<{ monitorOverview: { referrals: Count; durations: { medianSeconds: number | null }[] } }>(OVERVIEW, { filter });
    expect(monitorOverview.referrals).toEqual(publishCount(n));
    expect(n).toBeLessThan(5);
    expect(monitorOverview.referrals.label).toBe('<5');
    // Fewer than five referrals: no duration figure either.
    expect(monitorOverview.durations.every((d) => d.medianSeconds === null)).toBe(true);
    const { monitorBreakdown } = await monitor.data<{ monitorBreakdown: { label: string; figures: { referrals: Count } }[] }>(BREAKDOWN, { by: 'SERVICE_POINT', filter });
    expect(monitorBreakdown.map((row) => row.figures.referrals.label)).toEqual(['<5']);
  });

  it('is for the monitor only: the desk gets not-found, and a reversed period is refused', async () => {
    expect((await desk.request(OVERVIEW)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect((await desk.request(LIVE)).errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const reversed = await monitor.request(OVERVIEW, { period: { from: '2026-02-01', to: '2026-01-01' } });
    expect(reversed.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('downloads every table as CSV with the same published figures, for the monitor only', async () => {
    const csv = (client: GqlClient, path: string) => fetch(`${url}/monitor-csv/${path}`, { headers: { authorization: `Bearer ${client.token}` } });
    const filter = 'municipalities=Amersfoort&channels=ONLINE&agencyCodes=UWV';
    const response = await csv(monitor, `breakdown?by=SERVICE_POINT&${filter}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, ...rows] = (await response.text()).trim().split('\r\n');
    expect(header!.split(',').slice(0, 3)).toEqual(['key', 'label', 'referrals']);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.split(',')[2]).toBe('<5');
    for (const table of ['overview', 'trend?step=DAY', 'outcomes', 'live']) expect((await csv(monitor, table)).status).toBe(200);
    expect((await csv(desk, 'overview')).status).toBe(404);
    expect((await csv(monitor, 'breakdown?by=NAME')).status).toBe(404);
    expect((await csv(monitor, 'overview?servicePointIds=not-an-id')).status).toBe(400);
  });
});
