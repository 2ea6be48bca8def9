import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { METRIC_PREFIX } from './metrics-registry.js';
import { OperationLabels } from './operation-label.js';

/** Distinct operation names with a series of their own; the web app sends a few dozen. */
const OPERATION_NAME_CAP = 100;
/** Codes come from the hub's error formatter, a closed set; anything else would be a bug, counted as OTHER. */
const ERROR_CODE = /^[A-Z][A-Z_]{0,39}$/;

/**
 * GraphQL over HTTP by operation: count, duration and errors by code. An operation that never
 * validated (parse or validation error, a refused shape) counts as "invalid": its name is not
 * trusted. Subscriptions run on graphql-ws, outside Apollo's request pipeline: they show as open sockets.
 */
export function graphqlMetricsPlugin(registry: Registry, openSockets: () => number): ApolloServerPlugin {
  const labels = new OperationLabels(OPERATION_NAME_CAP);
  const operations = new Counter({
    name: `${METRIC_PREFIX}graphql_operations_total`,
    help: 'GraphQL operations over HTTP by operation name and type',
    labelNames: ['operation', 'type'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: `${METRIC_PREFIX}graphql_operation_duration_seconds`,
    help: 'Time from the request to the response, by operation name and type',
    labelNames: ['operation', 'type'],
    registers: [registry],
  });
  const errors = new Counter({
    name: `${METRIC_PREFIX}graphql_errors_total`,
    help: 'Errors in GraphQL responses by operation name and extensions.code',
    labelNames: ['operation', 'code'],
    registers: [registry],
  });
  new Gauge({
    name: `${METRIC_PREFIX}subscription_sockets_open`,
    help: 'graphql-ws connections open on this hub',
    registers: [registry],
    collect() {
      this.set(openSockets());
    },
  });
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      let operation = 'invalid';
      let type = 'unknown';
      return {
        async didResolveOperation({ operation: resolved }) {
          if (!resolved) return;
          operation = labels.label(resolved.name?.value);
          type = resolved.operation;
        },
        async willSendResponse({ response }) {
          operations.inc({ operation, type });
          duration.observe({ operation, type }, Number(process.hrtime.bigint() - started) / 1e9);
          const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          for (const error of result.errors ?? []) {
            const code = error.extensions?.code;
            errors.inc({ operation, code: typeof code === 'string' && ERROR_CODE.test(code) ? code : 'OTHER' });
          }
        },
      };
    },
  };
}
