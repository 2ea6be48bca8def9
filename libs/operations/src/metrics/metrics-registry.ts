import { collectDefaultMetrics, Registry } from 'prom-client';

/** Prefix of Loketlijn's own series; the default process and Node.js series keep their standard names. */
export const METRIC_PREFIX = 'loketlijn_';

/** One registry per process (hub or line worker), with the default process metrics (CPU, memory, event loop, GC). */
export function createMetricsRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return registry;
}
