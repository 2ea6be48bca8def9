import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import pg from 'pg';
import { MonitorDimension } from '#domain';
import { loadConfig } from '#config';
import { createDataSource, MonitorRollups, ScopedDatabase } from '#persistence';
import { DEMO_PASSWORD } from '../../infra/scripts/demo.js';
import { startLocalServices } from '../../infra/scripts/local-services.js';
import { prepareDatabase } from '../../infra/scripts/prepare-database.js';
import { MonitorFiguresService } from '../../apps/hub/src/monitor/monitor-figures.service.js';
import { MonitorStep } from '../../apps/hub/src/monitor/monitor-figures.types.js';
import { generateMonitorLoad } from './monitor-generator.js';
import { percentile } from './stats.js';

interface Timing {
  readonly query: string;
  readonly p50: number;
  readonly p95: number;
  readonly runs: number;
}

async function measure(query: string, runs: number, work: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < 2; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  const round = (n: number) => Math.round(n * 10) / 10;
  return { query, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), runs };
}

/** The naive answer: the same figures aggregated over the raw referral and visit rows of the period. */
const NAIVE_FIGURES = `
  SELECT GROUP_KEY AS key, count(*) AS submitted, count(r.received_at) AS received, count(r.accepted_at) AS accepted,
         count(*) FILTER (WHERE r.received_at <= r.receive_due_at) AS received_in_time,
         count(*) FILTER (WHERE r.accepted_at <= r.accept_due_at) AS accepted_in_time,
         count(*) FILTER (WHERE r.status = 'REJECTED') AS rejected, count(*) FILTER (WHERE r.status = 'CANCELLED') AS cancelled,
         count(*) FILTER (WHERE r.status = 'FAILED') AS failed, count(r.rerouted_from_id) AS rerouted, count(DISTINCT r.visit_id) AS visits,
         percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY extract(epoch FROM r.accepted_at - r.submitted_at)) AS accept_wall
    FROM referral r JOIN visit v ON v.id = r.visit_id
   WHERE r.submitted_at >= $1 AND r.submitted_at < $2 GROUP BY 1`;

/**
 * The monitor section of `npm run bench` (`npm run bench -- monitor` runs it alone): loads BENCH_MONITOR_REFERRALS
 * synthetic referrals (once; a database that has them is reused), fills the rollups, then times every
 * monitor query next to the naive aggregate over the raw tables. Own services under .data/bench-monitor,
 * with fsync off: the section writes only while loading, and then measures reads.
 */
export async function monitorBench(referrals: number): Promise<void> {
  const services = await startLocalServices({ dataDir: resolve('.data/bench-monitor'), pgPort: 54_392, redisPort: 63_792, fsync: false, database: 'loketlijn_bench_monitor', log: () => undefined });
  await prepareDatabase(services.databaseUrl, DEMO_PASSWORD);
  process.env.DATABASE_URL = services.databaseUrl;
  process.env.REDIS_URL = services.redisUrl;
  const app = await createDataSource({ url: loadConfig().appDatabaseUrl, poolSize: 2 }).initialize();
  const owner = new pg.Client({ connectionString: services.databaseUrl });
  await owner.connect();
  try {
    await owner.query(`SELECT set_config('loketlijn.scope', 'system', false)`);
    const now = new Date();
    const [{ n: existing }] = (await owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM referral WHERE reference LIKE 'GEN-%'`)).rows as [{ n: number }];
    let load = { referrals: existing, visits: 0, seconds: 0 };
    let fill = 0;
    if (existing === 0) {
      load = await generateMonitorLoad(services.databaseUrl, referrals, now);
      console.log(`[bench:monitor] generated ${load.referrals} referrals in ${load.visits} visits with COPY in ${load.seconds.toFixed(0)} s`);
      const started = Date.now();
      await new MonitorRollups(new ScopedDatabase(app)).refillFromContributions();
      fill = (Date.now() - started) / 1000;
      console.log(`[bench:monitor] filled the rollups in ${fill.toFixed(0)} s`);
    } else console.log(`[bench:monitor] reusing ${existing} generated referrals`);
    // Also on reuse: a migration since may have rewritten rows, and autovacuum would catch up mid-measurement.
    const vacuumStarted = Date.now();
    for (const table of ['monitor_day', 'monitor_day_outcome', 'monitor_month', 'monitor_month_outcome', 'referral', 'visit']) await owner.query(`VACUUM ANALYZE ${table}`);
    console.log(`[bench:monitor] vacuumed and analysed in ${((Date.now() - vacuumStarted) / 1000).toFixed(0)} s`);
    const [{ cells }] = (await owner.query(`SELECT ((SELECT count(*) FROM monitor_day) + (SELECT count(*) FROM monitor_month))::int AS cells`)).rows as [{ cells: number }];
    const [last] = (await owner.query<{ last: Date }>(`SELECT max(submitted_at) AS last FROM referral`)).rows;
    const clock = () => new Date(last!.last.getTime() + 3_600_000);
    const monitor = new MonitorFiguresService(new ScopedDatabase(app), clock);
    const sp = (await owner.query<{ id: string }>(`SELECT id FROM service_point ORDER BY code LIMIT 1`)).rows[0]!.id;
    const topic = (await owner.query<{ id: string }>(`SELECT id FROM topic WHERE agency_code = 'UWV' ORDER BY code LIMIT 1`)).rows[0]!.id;
    const to = monitor.period({}).to;
    const yearFrom = new Date(new Date(to).getTime() - 364 * 86_400_000).toISOString().slice(0, 10);
    // Three years to the day, so it starts and ends mid-month: edge days plus 35 whole months.
    const threeYearsFrom = new Date(Date.UTC(Number(to.slice(0, 4)) - 3, Number(to.slice(5, 7)) - 1, Number(to.slice(8, 10)) + 1)).toISOString().slice(0, 10);
    const threeYears = { period: { from: threeYearsFrom } };
    const runs = Number(process.env.BENCH_MONITOR_RUNS ?? 30);
    const timings: Timing[] = [];
    const time = async (query: string, work: () => Promise<unknown>) => {
      timings.push(await measure(query, runs, work));
      console.log(`[bench:monitor] ${query}: p50 ${timings.at(-1)!.p50} ms, p95 ${timings.at(-1)!.p95} ms`);
    };
    await time('monitorOverview (4 weeks)', () => monitor.overview({}));
    for (const by of Object.values(MonitorDimension)) await time(`monitorBreakdown ${by} (4 weeks)`, () => monitor.breakdown({}, by));
    await time('monitorTrend WEEK (4 weeks)', () => monitor.trend({}, MonitorStep.WEEK));
    await time('monitorTrend DAY (4 weeks)', () => monitor.trend({}, MonitorStep.DAY));
    await time('monitorTrend WEEK (1 year)', () => monitor.trend({ period: { from: yearFrom } }, MonitorStep.WEEK));
    await time('monitorBreakdown SERVICE_POINT (1 year)', () => monitor.breakdown({ period: { from: yearFrom } }, MonitorDimension.SERVICE_POINT));
    await time('monitorOverview service point + agency + topic + urgency (4 weeks)', () =>
      monitor.overview({ filter: { servicePointIds: [sp], agencyCodes: ['UWV' as never], topicIds: [topic], urgencies: ['REGULAR' as never] } }),
    );
    await time('monitorBreakdown TOPIC, filter municipality + channel (4 weeks)', () =>
      monitor.breakdown({ filter: { municipalities: ['Utrecht'], channels: ['WALK_IN' as never] } }, MonitorDimension.TOPIC),
    );
    await time('monitorBreakdown SERVICE_POINT, filter channel + urgency (4 weeks, full cells)', () =>
      monitor.breakdown({ filter: { channels: ['PHONE' as never], urgencies: ['CALLBACK' as never] } }, MonitorDimension.SERVICE_POINT),
    );
    await time('monitorOutcomes (4 weeks)', () => monitor.outcomes({}));
    await time('monitorOverview (3 years)', () => monitor.overview(threeYears));
    await time('monitorBreakdown SERVICE_POINT (3 years)', () => monitor.breakdown(threeYears, MonitorDimension.SERVICE_POINT));
    await time('monitorBreakdown TOPIC (3 years)', () => monitor.breakdown(threeYears, MonitorDimension.TOPIC));
    await time('monitorOutcomes (3 years)', () => monitor.outcomes(threeYears));
    await time('monitorLive (now)', () => monitor.live({}));
    await time('monitorLive, filter channel (now)', () => monitor.live({ channels: ['PHONE' as never] }));

    const naiveRuns = Number(process.env.BENCH_MONITOR_NAIVE_RUNS ?? 5);
    const boundsOf = (ask: Parameters<typeof monitor.period>[0]) => {
      const period = monitor.period(ask);
      return [new Date(`${period.from}T00:00:00+01:00`), new Date(new Date(`${period.to}T00:00:00+01:00`).getTime() + 86_400_000)];
    };
    const naive = async (query: string, groupKey: string, bounds = boundsOf({})) => {
      const t = await measure(query, naiveRuns, () => owner.query(NAIVE_FIGURES.replace('GROUP_KEY', groupKey), bounds));
      console.log(`[bench:monitor] naive ${query}: p50 ${t.p50} ms, p95 ${t.p95} ms`);
      return t;
    };
    const naiveTimings = {
      'monitorOverview (4 weeks)': await naive('overview over raw rows (4 weeks)', `''`),
      'monitorBreakdown SERVICE_POINT (4 weeks)': await naive('per service point over raw rows (4 weeks)', 'r.service_point_id'),
      'monitorBreakdown AGENCY (4 weeks)': await naive('per agency over raw rows (4 weeks)', 'r.agency_code'),
      'monitorOverview (3 years)': await naive('overview over raw rows (3 years)', `''`, boundsOf(threeYears)),
    };
    await writeResults({ referrals: load.referrals || existing, generatorSeconds: load.seconds, rollupFillSeconds: fill, cells, timings, naiveTimings });
  } finally {
    await owner.end();
    await app.destroy();
    await services.stop();
  }
}

interface MonitorResults {
  referrals: number;
  generatorSeconds: number;
  rollupFillSeconds: number;
  cells: number;
  timings: Timing[];
  naiveTimings: Record<string, Timing>;
}

/** Into bench/results.json (under "monitor", beside what other sections wrote) and bench/monitor.md. */
async function writeResults(results: MonitorResults): Promise<void> {
  await mkdir('bench', { recursive: true });
  const all = JSON.parse(await readFile('bench/results.json', 'utf8').catch(() => '{}')) as Record<string, unknown>;
  all.monitor = { measuredAt: new Date().toISOString(), ...results };
  await writeFile('bench/results.json', `${JSON.stringify(all, null, 2)}\n`);
  const lines = [
    `# Monitor queries at ${results.referrals.toLocaleString('en')} referrals`,
    '',
    results.generatorSeconds > 0
      ? `Generated with COPY in ${results.generatorSeconds.toFixed(0)} s; rollups filled in ${results.rollupFillSeconds.toFixed(0)} s (${results.cells.toLocaleString('en')} day and month rows).`
      : `Measured on a database generated by an earlier run (${results.cells.toLocaleString('en')} day and month rows).`,
    'Shared 2-core machine, other work running: figures are noisy.',
    '',
    '| query | p50 ms | p95 ms | naive p50 ms | naive p95 ms | naive / rollup (p95) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...results.timings.map((t) => {
      const naive = results.naiveTimings[t.query];
      return `| ${t.query} | ${t.p50} | ${t.p95} | ${naive?.p50 ?? ''} | ${naive?.p95 ?? ''} | ${naive ? `${(naive.p95 / t.p95).toFixed(0)}x` : ''} |`;
    }),
    '',
  ];
  await writeFile('bench/monitor.md', lines.join('\n'));
}
