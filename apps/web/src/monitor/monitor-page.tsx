import { useQuery } from '@apollo/client/react';
import { Alert, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { errorMessage } from '../api/error-message';
import { useT } from '../i18n/language';
import { useMonitorWords } from '../i18n/monitor-words';
import { AppShell } from '../layout/app-shell';
import { BreakdownFigures } from './breakdown-figures';
import { MonitorFilterBar } from './monitor-filter-bar';
import { csvParams, filterInput, periodInput, useMonitorFilters } from './monitor-filters';
import { MonitorLive } from './monitor-live';
import { MonitorOutcomes } from './monitor-outcomes';
import { MonitorOverview } from './monitor-overview';
import { MonitorTrend } from './monitor-trend';
import { MONITOR_PAGE } from './monitor.operations';

/** Figures for BZK over a period and filter kept in the address bar; no personal data is ever asked for. */
export function MonitorPage() {
  const t = useT();
  const w = useMonitorWords();
  const [filters, setFilters] = useMonitorFilters();
  const filter = useMemo(() => filterInput(filters), [filters]);
  const csv = useMemo(() => csvParams(filters), [filters]);
  const { data, error, loading } = useQuery(MONITOR_PAGE, { variables: { period: periodInput(filters), filter } });
  const by = (dimension: string) => new URLSearchParams([...csv, ['by', dimension]]);
  return (
    <AppShell title={w.title}>
      <Heading1>{w.title}</Heading1>
      <Paragraph>{w.intro}</Paragraph>
      <MonitorFilterBar filters={filters} onApply={setFilters} />
      <MonitorLive filter={filter} />
      {error && (
        <Alert type="error">
          <Paragraph>{errorMessage(error, t)}</Paragraph>
        </Alert>
      )}
      {loading && <Paragraph role="status">{w.loading}</Paragraph>}
      {data && (
        <>
          <MonitorOverview figures={data.monitorOverview} csv={csv} />
          <MonitorTrend rows={data.monitorTrend} csv={csv} />
          <BreakdownFigures id="per-agency" title={w.perAgency} rows={data.perAgency} csv={by('AGENCY')} />
          <BreakdownFigures id="per-service-point" title={w.perServicePoint} rows={data.perServicePoint} csv={by('SERVICE_POINT')} />
          <MonitorOutcomes outcomes={data.monitorOutcomes} csv={csv} />
        </>
      )}
    </AppShell>
  );
}
