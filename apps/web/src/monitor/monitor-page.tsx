import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Figure,
  FigureCaption,
  Heading1,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { errorMessage } from '../api/error-message';
import { useT } from '../i18n/language';
import { AppShell } from '../layout/app-shell';
import { LINE_FIGURES } from './monitor.operations';

/** Colours from the Utrecht palette with at least 3:1 contrast against white, as WCAG asks of graphics. */
const COLOURS = { waiting: '#c25100', pickedUp: '#24578f', completed: '#2f7d32', ended: '#5c5c5c', median: '#24578f' };
const REFRESH_MS = 15_000;

/** Aggregates per professional line for BZK; the query has no personal fields to ask for. */
export function MonitorPage() {
  const t = useT();
  const { data, error } = useQuery(LINE_FIGURES, { pollInterval: REFRESH_MS });
  const figures = data?.lineFigures ?? [];
  const rows = figures.map((f) => ({
    ...f,
    medianMinutes: f.medianSecondsToPickup == null ? null : Math.round((f.medianSecondsToPickup / 60) * 10) / 10,
  }));
  const waitingNow = figures.reduce((sum, f) => sum + f.waiting, 0);
  return (
    <AppShell title={t.monitor.title}>
      <Heading1>{t.monitor.title}</Heading1>
      <Paragraph>{t.monitor.intro}</Paragraph>
      {error && (
        <Alert type="error">
          <Paragraph>{errorMessage(error, t)}</Paragraph>
        </Alert>
      )}
      {data && figures.length === 0 && <Paragraph>{t.monitor.noData}</Paragraph>}
      {data && (
        <Paragraph className="ll-kpi">
          {t.monitor.waitingNow}: <strong data-testid="waiting-now">{waitingNow}</strong>
        </Paragraph>
      )}
      <div className="ll-charts">
        <Figure className="ll-chart">
          <Heading2 id="per-agency">{t.monitor.perAgency}</Heading2>
          <div className="ll-chart__canvas" role="img" aria-labelledby="per-agency" aria-describedby="per-agency-desc">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={rows} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="agencyCode" />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Legend />
                <Bar dataKey="waiting" stackId="a" name={t.monitor.series.waiting} fill={COLOURS.waiting} isAnimationActive={false} />
                <Bar dataKey="pickedUp" stackId="a" name={t.monitor.series.pickedUp} fill={COLOURS.pickedUp} isAnimationActive={false} />
                <Bar dataKey="completed" stackId="a" name={t.monitor.series.completed} fill={COLOURS.completed} isAnimationActive={false} />
                <Bar dataKey="ended" stackId="a" name={t.monitor.series.ended} fill={COLOURS.ended} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <FigureCaption id="per-agency-desc">{t.monitor.perAgencyDesc}</FigureCaption>
        </Figure>
        <Figure className="ll-chart">
          <Heading2 id="pickup">{t.monitor.pickup}</Heading2>
          <div className="ll-chart__canvas" role="img" aria-labelledby="pickup" aria-describedby="pickup-desc">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={rows} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="agencyCode" />
                <YAxis />
                <Tooltip />
                <Bar dataKey="medianMinutes" name={t.monitor.series.median} fill={COLOURS.median} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <FigureCaption id="pickup-desc">{t.monitor.pickupDesc}</FigureCaption>
        </Figure>
      </div>
      <Heading2 id="figures">{t.monitor.table}</Heading2>
      <Table aria-labelledby="figures">
        <TableCaption className="ll-visually-hidden">{t.monitor.table}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.monitor.columns.agency}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.monitor.columns.waiting}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.monitor.columns.pickedUp}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.monitor.columns.completed}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.monitor.columns.ended}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.monitor.columns.median}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.agencyCode}>
              <TableHeaderCell scope="row">{row.agencyCode}</TableHeaderCell>
              <TableCell>{row.waiting}</TableCell>
              <TableCell>{row.pickedUp}</TableCell>
              <TableCell>{row.completed}</TableCell>
              <TableCell>{row.ended}</TableCell>
              <TableCell>{row.medianSecondsToPickup == null ? '—' : t.duration(row.medianSecondsToPickup)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </AppShell>
  );
}
