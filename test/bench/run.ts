/**
 * `npm run bench`: every benchmark, against real services; figures to bench/results.json and
 * bench/results.md. Run some only with `npm run bench -- floor submit` or BENCH_SECTIONS=floor,submit.
 */
import { benchServices } from './bench-environment.js';
import { BenchResults } from './bench-results.js';
import { escalationAccuracy } from './escalation-accuracy.js';
import { monitorBench } from './monitor-bench.js';
import { privacyCost } from './privacy-cost.js';
import { submitPath } from './submit-path.js';
import { webhookDelivery } from './webhook-delivery.js';

const SUBMIT_PATH = ['floor', 'intake', 'submit', 'handoff', 'accept'] as const;
const sections: Record<string, (results: BenchResults) => Promise<void>> = {
  'submit-path': (results) => submitPath(results, new Set(SUBMIT_PATH.filter((part) => chosen(part)))),
  // Issue 10, point 5: the submit with HUB_PROCESSES=1 and 2 (node cluster on one port).
  'hub-processes': async (results) => {
    for (const n of [1, 2]) await submitPath(results, new Set(['floor', 'submit']), `hub processes: ${n}`, n);
  },
  privacy: () => privacyCost(),
  escalation: () => escalationAccuracy(Number(process.env.BENCH_TIMERS ?? 1000)),
  // About 300 referrals: 20 one at a time, then 10 per agency in each of three phases after a warm-up.
  webhook: () => webhookDelivery(Number(process.env.BENCH_WEBHOOK_PER_AGENCY ?? 10), 20),
};

const asked = [...process.argv.slice(2), ...(process.env.BENCH_SECTIONS ?? '').split(',')].map((s) => s.trim()).filter(Boolean);
/** A section (or a part of the submit path) runs when nothing was asked for, or it was named. */
function chosen(name: string): boolean {
  if (asked.length === 0 || asked.includes(name)) return true;
  return (SUBMIT_PATH as readonly string[]).includes(name) && asked.includes('submit-path');
}

// The monitor starts its own services: it loads a database of its own size (BENCH_MONITOR_REFERRALS).
const MONITOR = 'monitor';

const unknown = asked.filter((name) => name !== MONITOR && !(name in sections) && !(SUBMIT_PATH as readonly string[]).includes(name));
if (unknown.length > 0) throw new Error(`unknown bench section(s): ${unknown.join(', ')}; known: ${[...Object.keys(sections), ...SUBMIT_PATH, MONITOR].join(', ')}`);

const results = new BenchResults();
const runs = (name: string) => (name === 'submit-path' ? SUBMIT_PATH.some((part) => chosen(part)) : chosen(name));
if (Object.keys(sections).some(runs)) {
  const services = await benchServices();
  try {
    for (const [name, run] of Object.entries(sections)) if (runs(name)) await run(results);
  } finally {
    await services.stop();
  }
}
if (chosen(MONITOR)) await monitorBench(Number(process.env.BENCH_MONITOR_REFERRALS ?? 200_000));
console.log('results in bench/results.json and bench/results.md');
