import { Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { MonitorFiguresPartsFragment } from '../gql/graphql';
import { useMonitorWords } from '../i18n/monitor-words';
import { CsvDownload } from './csv-download';
import { Duration, PublishedCount, Share } from './published-figure';

/** The period's totals, shares within the deadline, and durations in business and wall-clock time. */
export function MonitorOverview({ figures, csv }: { figures: MonitorFiguresPartsFragment; csv: URLSearchParams }) {
  const w = useMonitorWords();
  const counts = [
    [w.referrals, figures.referrals],
    [w.visits, figures.visits],
    [w.received, figures.received],
    [w.accepted, figures.accepted],
    [w.rejected, figures.rejected],
    [w.rerouted, figures.rerouted],
    [w.cancelled, figures.cancelled],
    [w.failed, figures.failed],
  ] as const;
  return (
    <section aria-labelledby="overview" className="ll-section">
      <Heading2 id="overview">{w.overview}</Heading2>
      <div className="ll-charts">
        <Table>
          <TableCaption>{w.overview}</TableCaption>
          <TableBody>
            {counts.map(([name, count]) => (
              <TableRow key={name}>
                <TableHeaderCell scope="row">{name}</TableHeaderCell>
                <TableCell data-testid={`overview-${name}`}>
                  <PublishedCount count={count} />
                </TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableHeaderCell scope="row">{w.receivedInTime}</TableHeaderCell>
              <TableCell>
                <Share share={figures.receivedInTimeShare} />
              </TableCell>
            </TableRow>
            <TableRow>
              <TableHeaderCell scope="row">{w.acceptedInTime}</TableHeaderCell>
              <TableCell>
                <Share share={figures.acceptedInTimeShare} />
              </TableCell>
            </TableRow>
          </TableBody>
        </Table>
        <div>
          <Table>
            <TableCaption>{w.durations}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{w.durations}</TableHeaderCell>
                <TableHeaderCell scope="col">{w.median}</TableHeaderCell>
                <TableHeaderCell scope="col">{w.p90}</TableHeaderCell>
                <TableHeaderCell scope="col">{w.basedOn}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {figures.durations.map((d) => (
                <TableRow key={`${d.measure}-${d.clock}`}>
                  <TableHeaderCell scope="row">{`${w.measure[d.measure]} (${w.clock[d.clock]})`}</TableHeaderCell>
                  <TableCell>
                    <Duration seconds={d.medianSeconds} />
                  </TableCell>
                  <TableCell>
                    <Duration seconds={d.p90Seconds} />
                  </TableCell>
                  <TableCell>
                    <PublishedCount count={d.basedOn} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Paragraph>{w.durationsIntro}</Paragraph>
        </div>
      </div>
      <CsvDownload table="overview" params={csv} name={w.overview.toLowerCase()} />
    </section>
  );
}
