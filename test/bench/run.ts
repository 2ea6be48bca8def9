/** `npm run bench`: every benchmark, against real services, figures as medians and percentiles. */
import { benchServices } from './bench-environment.js';
import { escalationAccuracy } from './escalation-accuracy.js';
import { handoffLatency } from './handoff-latency.js';
import { monitorBench } from './monitor-bench.js';
import { privacyCost } from './privacy-cost.js';
import { webhookDelivery } from './webhook-delivery.js';

const count = Number(process.env.BENCH_REFERRALS ?? 1000);
// BENCH_ONLY=monitor: the monitor section alone (it starts its own services).
const services = process.env.BENCH_ONLY === 'monitor' ? null : await benchServices();
if (services) try {
  await handoffLatency(count, 1);
  await handoffLatency(count, 8);
  await privacyCost();
  await escalationAccuracy(Number(process.env.BENCH_TIMERS ?? 1000));
  // About 300 referrals: 20 one at a time, then 10 per agency in each of three phases after a warm-up.
  await webhookDelivery(Number(process.env.BENCH_WEBHOOK_PER_AGENCY ?? 10), 20);
} finally {
  await services.stop();
}
await monitorBench(Number(process.env.BENCH_MONITOR_REFERRALS ?? 200_000));
