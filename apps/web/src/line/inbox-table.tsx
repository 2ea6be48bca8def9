import { Button, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { InboxRowFieldsFragment } from '../gql/graphql';
import { useLanguage } from '../i18n/language';
import { LINE_WORDS } from '../i18n/line-words';
import { WithAbbreviations } from '../shared/agency-abbr';
import { DeadlineText } from '../shared/deadline-text';
import { formatMoment } from '../shared/format';
import { ReferralStatusBadge } from '../shared/referral-status';

/**
 * The inbox in the hub's work order (open first, most urgent, earliest deadline). Six columns that
 * wrap rather than scroll; on a phone each row reads as a card with its labels.
 */
export function InboxTable(props: { referrals: readonly InboxRowFieldsFragment[]; selected: string | null; now: number; onOpen: (id: string) => void }) {
  const { t, language } = useLanguage();
  const words = LINE_WORDS[language];
  const c = t.line.columns;
  return (
    <Table className="ll-inbox-table">
      <TableCaption className="ll-visually-hidden">{t.line.inbox}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{c.reference}</TableHeaderCell>
          <TableHeaderCell scope="col">{c.urgency}</TableHeaderCell>
          <TableHeaderCell scope="col">{c.topic}</TableHeaderCell>
          <TableHeaderCell scope="col">{c.status}</TableHeaderCell>
          <TableHeaderCell scope="col">{c.deadline}</TableHeaderCell>
          <TableHeaderCell scope="col">{words.handlerColumn}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.referrals.map((r) => {
          const live = r.urgency === 'LIVE' && !r.closedAt;
          const classes = [r.id === props.selected && 'll-row--selected', live && 'll-row--live', r.deadlineState?.state === 'OVERDUE' && 'll-row--late'];
          return (
            <TableRow key={r.id} data-referral={r.reference} data-urgency={r.urgency} className={classes.filter(Boolean).join(' ') || undefined}>
              <TableCell data-label={c.reference}>
                <Button appearance="subtle-button" aria-pressed={r.id === props.selected} aria-label={t.line.open(r.reference)} onClick={() => props.onOpen(r.id)}>
                  {r.reference}
                </Button>
                {r.submittedAt && <span className="ll-cell-note">{words.sent(formatMoment(r.submittedAt, language, props.now))}</span>}
              </TableCell>
              <TableCell data-label={c.urgency}>
                {live ? (
                  <strong className="ll-live">
                    <span aria-hidden="true">● </span>
                    {t.urgency.LIVE}
                  </strong>
                ) : (
                  t.urgency[r.urgency]
                )}
              </TableCell>
              <TableCell data-label={c.topic}>
                <WithAbbreviations text={r.topic.name} />
              </TableCell>
              <TableCell data-label={c.status}>
                <ReferralStatusBadge status={r.status} />
              </TableCell>
              <TableCell data-label={c.deadline}>
                <DeadlineText deadline={r.deadlineState} now={props.now} />
              </TableCell>
              <TableCell data-label={words.handlerColumn}>{r.assignee?.displayName ?? words.nobody}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
