import { Figure, FigureCaption, Heading2, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useMonitorWords } from '../i18n/monitor-words';
import { type BreakdownRow, medianAccept } from './breakdown-figures';
import { CsvDownload } from './csv-download';
import { Duration, PublishedCount, Share } from './published-figure';

const LINE_COLOUR = '#24578f';

/** Referrals per week as a line, with the same weeks as a table. */
export function MonitorTrend({ rows, csv }: { rows: BreakdownRow[]; csv: URLSearchParams }) {
  const w = useMonitorWords();
  const points = rows.map((r) => ({ week: r.key, referrals: r.figures.referrals.value ?? 0 }));
  return (
    <section aria-labelledby="trend" className="ll-section">
      <Heading2 id="trend">{w.trend}</Heading2>
      <Figure className="ll-chart">
        <div className="ll-chart__canvas" role="img" aria-label={w.trend} aria-describedby="trend-desc">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={points} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="week" />
              <YAxis allowDecimals={false} />
              <Line dataKey="referrals" name={w.referrals} stroke={LINE_COLOUR} strokeWidth={2} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </div>
        <FigureCaption id="trend-desc">{w.trendDesc}</FigureCaption>
      </Figure>
      <Table>
        <TableCaption>{w.trend}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{w.week}</TableHeaderCell>
            <TableHeaderCell scope="col">{w.referrals}</TableHeaderCell>
            <TableHeaderCell scope="col">{w.accepted}</TableHeaderCell>
            <TableHeaderCell scope="col">{w.acceptedInTime}</TableHeaderCell>
            <TableHeaderCell scope="col">{`${w.median} ${w.measure.ACCEPT.toLowerCase()} (${w.clock.BUSINESS})`}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <TableHeaderCell scope="row">{row.label}</TableHeaderCell>
              <TableCell>
                <PublishedCount count={row.figures.referrals} />
              </TableCell>
              <TableCell>
                <PublishedCount count={row.figures.accepted} />
              </TableCell>
              <TableCell>
                <Share share={row.figures.acceptedInTimeShare} />
              </TableCell>
              <TableCell>
                <Duration seconds={medianAccept(row.figures)} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <CsvDownload table="trend" params={new URLSearchParams([...csv, ['step', 'WEEK']])} name={w.trend.toLowerCase()} />
    </section>
  );
}
