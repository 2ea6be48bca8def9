import { Inject, Injectable } from '@nestjs/common';
import { Counter, Histogram, Registry } from 'prom-client';
import { AGENCY_CODES, type AgencyCode, SlaDeadline, Urgency } from '#domain';
import type { HandoffStep } from '#lines';
import { METRIC_PREFIX } from './metrics-registry.js';

/** How a webhook attempt ended; one label value each. */
export const WEBHOOK_OUTCOMES = ['delivered', 'failed', 'throttled', 'gone', 'dead_letter', 'not_configured'] as const;
export type WebhookOutcome = (typeof WEBHOOK_OUTCOMES)[number];

/** Seconds: a LIVE pickup is minutes, a REGULAR one may be days. */
const HANDOFF_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 4 * 3600, 24 * 3600, 7 * 24 * 3600];

/**
 * What the lines do, counted where it happens. Labels are closed sets (line, urgency, step, outcome),
 * never ids or anything a person typed.
 */
@Injectable()
export class WorkMetrics {
  private readonly handoff: Histogram<'line' | 'step'>;
  private readonly deadlines: Counter<'line' | 'urgency' | 'deadline'>;
  private readonly webhooks: Counter<'line' | 'outcome'>;

  constructor(@Inject(Registry) registry: Registry) {
    this.handoff = new Histogram({
      name: `${METRIC_PREFIX}handoff_seconds`,
      help: 'Handoff latency: submit commit to RECEIVED (step="RECEIVED"), RECEIVED to ACCEPTED (step="ACCEPTED"); observed by the outbox relay',
      labelNames: ['line', 'step'],
      buckets: HANDOFF_BUCKETS,
      registers: [registry],
    });
    this.deadlines = new Counter({
      name: `${METRIC_PREFIX}deadlines_missed_total`,
      help: 'SLA deadlines that passed unmet (the reminder fired), per line, urgency and deadline',
      labelNames: ['line', 'urgency', 'deadline'],
      registers: [registry],
    });
    this.webhooks = new Counter({
      name: `${METRIC_PREFIX}webhook_deliveries_total`,
      help: "Attempts to deliver an event to an agency's system, by outcome",
      labelNames: ['line', 'outcome'],
      registers: [registry],
    });
    // Every series exists from the start at zero, so rate() and alerts see the first event too.
    for (const line of AGENCY_CODES) {
      for (const step of ['RECEIVED', 'ACCEPTED']) this.handoff.zero({ line, step });
      for (const urgency of Object.values(Urgency)) for (const deadline of Object.values(SlaDeadline)) this.deadlines.inc({ line, urgency, deadline }, 0);
      for (const outcome of WEBHOOK_OUTCOMES) this.webhooks.inc({ line, outcome }, 0);
    }
  }

  handoffSteps(steps: readonly HandoffStep[]): void {
    for (const { agency, step, seconds } of steps) this.handoff.observe({ line: agency, step }, seconds);
  }

  deadlineMissed(line: AgencyCode, urgency: Urgency, deadline: SlaDeadline): void {
    this.deadlines.inc({ line, urgency, deadline });
  }

  webhookDelivery(line: AgencyCode, outcome: WebhookOutcome): void {
    this.webhooks.inc({ line, outcome });
  }
}
