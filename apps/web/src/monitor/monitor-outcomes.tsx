import { Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { MonitorPageQuery } from '../gql/graphql';
import { useMonitorWords } from '../i18n/monitor-words';
import { CsvDownload } from './csv-download';
import { PublishedCount } from './published-figure';

/** Rejections and failures by reason, re-routes by where they came from, cancellations. */
export function MonitorOutcomes({ outcomes, csv }: { outcomes: MonitorPageQuery['monitorOutcomes']; csv: URLSearchParams }) {
  const w = useMonitorWords();
  return (
    <section aria-labelledby="outcomes" className="ll-section">
      <Heading2 id="outcomes">{w.outcomes}</Heading2>
      {outcomes.length === 0 ? (
        <Paragraph>{w.noData}</Paragraph>
      ) : (
        <Table>
          <TableCaption>{w.outcomes}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{w.kind}</TableHeaderCell>
              <TableHeaderCell scope="col">{w.agency}</TableHeaderCell>
              <TableHeaderCell scope="col">{w.reason}</TableHeaderCell>
              <TableHeaderCell scope="col">{w.count}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {outcomes.map((o) => (
              <TableRow key={`${o.kind}-${o.agencyCode}-${o.code}`}>
                <TableHeaderCell scope="row">{w.outcomeKind[o.kind] ?? o.kind}</TableHeaderCell>
                <TableCell>{o.agencyCode}</TableCell>
                <TableCell>{o.code}</TableCell>
                <TableCell>
                  <PublishedCount count={o.count} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <CsvDownload table="outcomes" params={csv} name={w.outcomes.toLowerCase()} />
    </section>
  );
}
