import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Figure,
  FigureCaption,
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
import { SERVICE_POINT_FIGURES } from './monitor.operations';

const COLOURS = { referrals: '#24578f', warmVisitsOpen: '#c25100' };

/** Referrals and warm visits open now per service point: a chart, and the same numbers as a table. */
export function ServicePointFigures({ pollInterval }: { pollInterval: number }) {
  const t = useT();
  const { data, error } = useQuery(SERVICE_POINT_FIGURES, { pollInterval });
  const rows = data?.servicePointFigures ?? [];
  const warmNow = rows.reduce((sum, r) => sum + r.warmVisitsOpen, 0);
  return (
    <section aria-labelledby="per-service-point" className="ll-section">
      {error && (
        <Alert type="error">
          <Paragraph>{errorMessage(error, t)}</Paragraph>
        </Alert>
      )}
      {data && (
        <Paragraph className="ll-kpi">
          {t.monitor.warmVisitsNow}: <strong data-testid="warm-visits-now">{warmNow}</strong>
        </Paragraph>
      )}
      <Figure className="ll-chart">
        <Heading2 id="per-service-point">{t.monitor.perServicePoint}</Heading2>
        <div className="ll-chart__canvas" role="img" aria-labelledby="per-service-point" aria-describedby="per-service-point-desc">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={rows} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="servicePointName" />
              <YAxis allowDecimals={false} />
              <Tooltip />
              <Legend />
              <Bar dataKey="referrals" name={t.monitor.series.referrals} fill={COLOURS.referrals} isAnimationActive={false} />
              <Bar dataKey="warmVisitsOpen" name={t.monitor.series.warmVisitsOpen} fill={COLOURS.warmVisitsOpen} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <FigureCaption id="per-service-point-desc">{t.monitor.perServicePointDesc}</FigureCaption>
      </Figure>
      <Table aria-labelledby="per-service-point-table">
        <TableCaption id="per-service-point-table">{t.monitor.servicePointTable}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.monitor.columns.servicePoint}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.monitor.columns.municipality}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.monitor.columns.referrals}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.monitor.columns.warmVisitsOpen}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.servicePointName} data-service-point={row.servicePointName}>
              <TableHeaderCell scope="row">{row.servicePointName}</TableHeaderCell>
              <TableCell>{row.municipality}</TableCell>
              <TableCell>{row.referrals}</TableCell>
              <TableCell>{row.warmVisitsOpen}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
