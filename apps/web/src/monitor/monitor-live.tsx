import { useQuery } from '@apollo/client/react';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { errorMessage } from '../api/error-message';
import type { MonitorFilterInput } from '../gql/graphql';
import { useT } from '../i18n/language';
import { useMonitorWords } from '../i18n/monitor-words';
import { MONITOR_LIVE } from './monitor.operations';
import { PublishedCount } from './published-figure';

const REFRESH_MS = 15_000;

/** Figures of now, not of a period: polled, so they change without a reload. */
export function MonitorLive({ filter }: { filter: MonitorFilterInput }) {
  const t = useT();
  const w = useMonitorWords();
  const { data, error } = useQuery(MONITOR_LIVE, { variables: { filter }, pollInterval: REFRESH_MS });
  const live = data?.monitorLive;
  return (
    <section aria-labelledby="live" className="ll-section">
      <Heading2 id="live">{w.live}</Heading2>
      <Paragraph>{w.liveIntro}</Paragraph>
      {error && (
        <Alert type="error">
          <Paragraph>{errorMessage(error, t)}</Paragraph>
        </Alert>
      )}
      {live && (
        <dl className="ll-kpis">
          <div>
            <dt>{w.openNow}</dt>
            <dd data-testid="open-now">
              <PublishedCount count={live.openNow} />
            </dd>
          </div>
          <div>
            <dt>{w.overdueNow}</dt>
            <dd data-testid="overdue-now">
              <PublishedCount count={live.overdueNow} />
            </dd>
          </div>
          <div>
            <dt>{w.warmVisitsNow}</dt>
            <dd data-testid="warm-visits-now">
              <PublishedCount count={live.warmVisitsOpenNow} />
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
