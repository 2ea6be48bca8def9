import { Inject } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { MonitorDimension, Role } from '#domain';
import { Roles } from '#auth';
import { MonitorFiguresService } from './monitor-figures.service.js';
import { MonitorFiguresType, MonitorLiveType, MonitorOutcomeType, MonitorRowType, MonitorStep } from './monitor-figures.types.js';
import { MonitorFilterInput, MonitorPeriodInput } from './monitor.inputs.js';

const period = () => Args('period', { type: () => MonitorPeriodInput, nullable: true });
const filter = () => Args('filter', { type: () => MonitorFilterInput, nullable: true });

/** BZK's monitor: figures only, published through the small-number rules (decision 0008). */
@Resolver()
@Roles(Role.MONITOR, Role.ADMIN)
export class MonitorFiguresResolver {
  constructor(@Inject(MonitorFiguresService) private readonly monitor: MonitorFiguresService) {}

  @Query(() => MonitorFiguresType, { description: 'Figures of the referrals submitted in the period (default: the last four weeks).' })
  monitorOverview(@period() p?: MonitorPeriodInput, @filter() f?: MonitorFilterInput) {
    return this.monitor.overview({ period: p, filter: f });
  }

  @Query(() => [MonitorRowType], { description: 'The figures per agency, service point, municipality, topic, urgency or channel.' })
  monitorBreakdown(@Args('by', { type: () => MonitorDimension }) by: MonitorDimension, @period() p?: MonitorPeriodInput, @filter() f?: MonitorFilterInput) {
    return this.monitor.breakdown({ period: p, filter: f }, by);
  }

  @Query(() => [MonitorRowType], { description: 'The figures per day or per week of the period; days without referrals are left out.' })
  monitorTrend(@Args('step', { type: () => MonitorStep }) step: MonitorStep, @period() p?: MonitorPeriodInput, @filter() f?: MonitorFilterInput) {
    return this.monitor.trend({ period: p, filter: f }, step);
  }

  @Query(() => [MonitorOutcomeType], { description: 'Rejections and failures by reason, cancellations, and re-routes (from which agency to which).' })
  monitorOutcomes(@period() p?: MonitorPeriodInput, @filter() f?: MonitorFilterInput) {
    return this.monitor.outcomes({ period: p, filter: f });
  }

  @Query(() => MonitorLiveType, { description: 'Open, waiting, overdue and warm now; the filter applies, the period does not.' })
  monitorLive(@filter() f?: MonitorFilterInput) {
    return this.monitor.live(f);
  }
}
