import { graphql } from '../gql';

/** Aggregates only: the monitor never asks for anything personal. Counts come as published ("<5" or rounded). */
export const MONITOR_FIGURES = graphql(`
  fragment MonitorFiguresParts on MonitorFigures {
    referrals { value label }
    visits { value label }
    received { value label }
    accepted { value label }
    rejected { value label }
    cancelled { value label }
    failed { value label }
    rerouted { value label }
    receivedInTimeShare
    acceptedInTimeShare
    durations { measure clock medianSeconds p90Seconds basedOn { value label } }
  }
`);

export const MONITOR_PAGE = graphql(`
  query MonitorPage($period: MonitorPeriodInput, $filter: MonitorFilterInput) {
    monitorOverview(period: $period, filter: $filter) { ...MonitorFiguresParts }
    monitorTrend(period: $period, filter: $filter, step: WEEK) { key label figures { ...MonitorFiguresParts } }
    perAgency: monitorBreakdown(by: AGENCY, period: $period, filter: $filter) { key label figures { ...MonitorFiguresParts } }
    perServicePoint: monitorBreakdown(by: SERVICE_POINT, period: $period, filter: $filter) { key label figures { ...MonitorFiguresParts } }
    monitorOutcomes(period: $period, filter: $filter) { kind code agencyCode count { value label } }
  }
`);

/** The choices for the filters: every group with referrals in the period, unfiltered. */
export const MONITOR_CHOICES = graphql(`
  query MonitorChoices($period: MonitorPeriodInput) {
    servicePoints: monitorBreakdown(by: SERVICE_POINT, period: $period) { key label }
    municipalities: monitorBreakdown(by: MUNICIPALITY, period: $period) { key label }
    topics: monitorBreakdown(by: TOPIC, period: $period) { key label }
  }
`);

export const MONITOR_LIVE = graphql(`
  query MonitorLive($filter: MonitorFilterInput) {
    monitorLive(filter: $filter) {
      openNow { value label }
      overdueNow { value label }
      warmVisitsOpenNow { value label }
    }
  }
`);
