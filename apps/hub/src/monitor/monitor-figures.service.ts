import { Inject, Injectable } from '@nestjs/common';
import {
  type AgencyCode,
  monitorPeriod,
  MonitorDimension,
  type MonitorFilter,
  type MonitorPeriod,
  publishCount,
  publishFigures,
  type PublishedFigures,
} from '#domain';
import { type Clock, CLOCK } from '#lines';
import { MonitorFiguresRepository, type MonitorGrouping, MONITOR_DATABASE, type ScopedDatabase } from '#persistence';
import type { MonitorLiveType, MonitorOutcomeType, MonitorRowType, MonitorStep } from './monitor-figures.types.js';

/** Aggregates read in the monitor scope: rollups and referral rows only, never the citizen tables. */
const MONITOR_SCOPE = { kind: 'monitor' } as const;

export interface MonitorAsk {
  readonly period?: Partial<MonitorPeriod>;
  readonly filter?: MonitorFilter;
}

/** Groups whose key is an id: the label is the service point's or topic's name. */
const NAMED: ReadonlySet<MonitorGrouping> = new Set([MonitorDimension.SERVICE_POINT, MonitorDimension.TOPIC]);

/**
 * BZK's figures (decision 0008): sums of rollup cells, published through the domain's small-number
 * rules; the live figures from the current state. The CSV export reads the same tables.
 */
@Injectable()
export class MonitorFiguresService {
  private readonly repository = new MonitorFiguresRepository();

  constructor(
    @Inject(MONITOR_DATABASE) private readonly db: ScopedDatabase,
    @Inject(CLOCK) private readonly now: Clock,
  ) {}

  period(ask: MonitorAsk): MonitorPeriod {
    return monitorPeriod(this.now(), ask.period);
  }

  async overview(ask: MonitorAsk): Promise<PublishedFigures> {
    const [row] = await this.rows(ask, 'NONE');
    return row?.figures ?? publishFigures(EMPTY);
  }

  breakdown(ask: MonitorAsk, by: MonitorDimension): Promise<MonitorRowType[]> {
    return this.rows(ask, by);
  }

  trend(ask: MonitorAsk, step: MonitorStep): Promise<MonitorRowType[]> {
    return this.rows(ask, step);
  }

  async outcomes(ask: MonitorAsk): Promise<MonitorOutcomeType[]> {
    const rows = await this.db.run(MONITOR_SCOPE, (m) => this.repository.outcomes(m, this.period(ask), ask.filter ?? {}));
    return rows.map((row) => ({ kind: row.kind, code: row.code, agencyCode: row.agencyCode as AgencyCode, count: publishCount(row.n) }));
  }

  async live(filter: MonitorFilter = {}): Promise<MonitorLiveType> {
    const row = await this.db.run(MONITOR_SCOPE, (m) => this.repository.live(m, filter, this.now()));
    return {
      openNow: publishCount(row.openNow),
      waitingNow: publishCount(row.waitingNow),
      overdueNow: publishCount(row.overdueNow),
      warmVisitsOpenNow: publishCount(row.warmVisitsOpenNow),
    };
  }

  private async rows(ask: MonitorAsk, grouping: MonitorGrouping): Promise<MonitorRowType[]> {
    const period = this.period(ask);
    const { sums, names } = await this.db.run(MONITOR_SCOPE, async (m) => ({
      sums: await this.repository.sums(m, period, ask.filter ?? {}, grouping),
      names: NAMED.has(grouping) ? await this.repository.names(m) : new Map<string, string>(),
    }));
    return sums.map((s) => ({ key: s.key, label: names.get(s.key) ?? s.key, figures: publishFigures(s) }));
  }
}

const EMPTY = {
  counts: { submitted: 0, received: 0, receivedInTime: 0, accepted: 0, acceptedInTime: 0, rejected: 0, cancelled: 0, failed: 0, rerouted: 0, visits: 0 },
  histograms: { receiveWall: [], receiveBusiness: [], acceptWall: [], acceptBusiness: [] },
};
