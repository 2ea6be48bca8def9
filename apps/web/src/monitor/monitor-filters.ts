import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { AgencyCode, Channel, MonitorFilterInput, MonitorPeriodInput, Urgency } from '../gql/graphql';

/** What the monitor page is narrowed to; each field is one query-string parameter, so a view can be bookmarked. */
export interface MonitorFilters {
  from: string;
  to: string;
  servicePoint: string;
  municipality: string;
  agency: string;
  topic: string;
  urgency: string;
  channel: string;
}

export const FILTER_NAMES = ['from', 'to', 'servicePoint', 'municipality', 'agency', 'topic', 'urgency', 'channel'] as const;

/** A day (YYYY-MM-DD) in Dutch time, as the hub counts days. */
function dutchDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** The default period: the last four weeks up to today, counted in calendar days as the hub does (monitorPeriod). */
export function defaultPeriod(now = new Date()): { from: string; to: string } {
  const to = dutchDay(now);
  const from = new Date(`${to}T00:00:00Z`);
  from.setUTCDate(from.getUTCDate() - 27);
  return { from: from.toISOString().slice(0, 10), to };
}

export function filtersFrom(search: string, now = new Date()): MonitorFilters {
  const params = new URLSearchParams(search);
  const period = defaultPeriod(now);
  const get = (name: string) => params.get(name) ?? '';
  return {
    from: params.get('from') || period.from,
    to: params.get('to') || period.to,
    servicePoint: get('servicePoint'),
    municipality: get('municipality'),
    agency: get('agency'),
    topic: get('topic'),
    urgency: get('urgency'),
    channel: get('channel'),
  };
}

export function searchFor(filters: MonitorFilters): string {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) if (filters[name]) params.set(name, filters[name]);
  return `?${params.toString()}`;
}

const one = <T>(value: string) => (value ? [value as T] : undefined);

export function periodInput(filters: MonitorFilters): MonitorPeriodInput {
  return { from: filters.from, to: filters.to };
}

export function filterInput(filters: MonitorFilters): MonitorFilterInput {
  return {
    servicePointIds: one<string>(filters.servicePoint),
    municipalities: one<string>(filters.municipality),
    agencyCodes: one<AgencyCode>(filters.agency),
    topicIds: one<string>(filters.topic),
    urgencies: one<Urgency>(filters.urgency),
    channels: one<Channel>(filters.channel),
  };
}

/** The same period and filter as query parameters of the CSV endpoint. */
export function csvParams(filters: MonitorFilters): URLSearchParams {
  const params = new URLSearchParams({ from: filters.from, to: filters.to });
  const filter = filterInput(filters);
  for (const [name, values] of Object.entries(filter)) if (values) params.set(name, (values as string[]).join(','));
  return params;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

/** The filters live in the address bar; changing them replaces the query string. */
export function useMonitorFilters(): [MonitorFilters, (next: MonitorFilters) => void] {
  const search = useSyncExternalStore(subscribe, () => location.search);
  const filters = useMemo(() => filtersFrom(search), [search]);
  const setFilters = useCallback((next: MonitorFilters) => {
    history.replaceState(null, '', `${location.pathname}${searchFor(next)}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, []);
  return [filters, setFilters];
}
