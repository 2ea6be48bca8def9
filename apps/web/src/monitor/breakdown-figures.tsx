import { Button, Figure, FigureCaption, Heading2, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { MonitorFiguresPartsFragment } from '../gql/graphql';
import { useMonitorWords } from '../i18n/monitor-words';
import { CsvDownload } from './csv-download';
import { Duration, PublishedCount, Share } from './published-figure';

export interface BreakdownRow {
  key: string;
  label: string;
  figures: MonitorFiguresPartsFragment;
}

const TOP = 10;
const BAR_COLOUR = '#24578f';

type Column = 'label' | 'referrals' | 'accepted' | 'acceptedInTime' | 'medianAccept';

/** Business time to acceptance: what the deadlines are about. */
export function medianAccept(figures: MonitorFiguresPartsFragment): number | null {
  return figures.durations.find((d) => d.measure === 'ACCEPT' && d.clock === 'BUSINESS')?.medianSeconds ?? null;
}

/** Sort value per column; what the API withholds sorts as lowest. */
function sortValue(row: BreakdownRow, column: Column): string | number {
  switch (column) {
    case 'label':
      return row.label;
    case 'referrals':
      return row.figures.referrals.value ?? -1;
    case 'accepted':
      return row.figures.accepted.value ?? -1;
    case 'acceptedInTime':
      return row.figures.acceptedInTimeShare ?? -1;
    case 'medianAccept':
      return medianAccept(row.figures) ?? -1;
  }
}

/** The largest groups by referrals as bars, the rest summed under one "other" bar, so 340 service points stay legible. */
export function topBars(rows: BreakdownRow[], rest: string): { label: string; referrals: number }[] {
  const sorted = [...rows].sort((a, b) => (b.figures.referrals.value ?? 0) - (a.figures.referrals.value ?? 0));
  const bars = sorted.slice(0, TOP).map((r) => ({ label: r.label, referrals: r.figures.referrals.value ?? 0 }));
  const others = sorted.slice(TOP);
  if (others.length > 0) bars.push({ label: rest, referrals: others.reduce((sum, r) => sum + (r.figures.referrals.value ?? 0), 0) });
  return bars;
}

/** One breakdown: bars of the top groups beside a sortable table of every group, and its CSV. */
export function BreakdownFigures(props: { id: string; title: string; rows: BreakdownRow[]; csv: URLSearchParams }) {
  const w = useMonitorWords();
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({ column: 'referrals', descending: true });
  const bars = topBars(props.rows, w.rest);
  const rows = [...props.rows].sort((a, b) => {
    const [x, y] = [sortValue(a, sort.column), sortValue(b, sort.column)];
    const order = typeof x === 'string' ? x.localeCompare(String(y)) : x - Number(y);
    return sort.descending ? -order : order;
  });
  const columns: { column: Column; name: string }[] = [
    { column: 'label', name: w.group },
    { column: 'referrals', name: w.referrals },
    { column: 'accepted', name: w.accepted },
    { column: 'acceptedInTime', name: w.acceptedInTime },
    { column: 'medianAccept', name: `${w.median} ${w.measure.ACCEPT.toLowerCase()} (${w.clock.BUSINESS})` },
  ];
  return (
    <section aria-labelledby={props.id} className="ll-section">
      <Heading2 id={props.id}>{props.title}</Heading2>
      <div className="ll-charts">
        <Figure className="ll-chart">
          <div className="ll-chart__canvas" role="img" aria-label={props.title} aria-describedby={`${props.id}-desc`}>
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={bars} layout="vertical" accessibilityLayer={false} margin={{ left: 24 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="label" width={160} />
                <Bar dataKey="referrals" name={w.referrals} fill={BAR_COLOUR} isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <FigureCaption id={`${props.id}-desc`}>{w.barsDesc(Math.min(TOP, props.rows.length))}</FigureCaption>
        </Figure>
        <div>
          <Table>
            <TableCaption>{`${props.title}: ${w.fullTable}`}</TableCaption>
            <TableHeader>
              <TableRow>
                {columns.map(({ column, name }) => (
                  <TableHeaderCell key={column} scope="col" aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                    <Button appearance="subtle-button" onClick={() => setSort({ column, descending: sort.column === column ? !sort.descending : column !== 'label' })}>
                      {name}
                    </Button>
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.key} data-group={row.label}>
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
          <CsvDownload table="breakdown" params={props.csv} name={props.title.toLowerCase()} />
        </div>
      </div>
    </section>
  );
}
