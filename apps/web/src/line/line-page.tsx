import { useQuery, useSubscription } from '@apollo/client/react';
import {
  Alert,
  Button,
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
import { useState } from 'react';
import { errorMessage } from '../api/error-message';
import { useSignedIn } from '../api/session-context';
import type { ReferralStatus, Urgency } from '../gql/graphql';
import { useLanguage } from '../i18n/language';
import { AppShell } from '../layout/app-shell';
import { CheckboxGroup } from '../shared/fields';
import { formatTime } from '../shared/format';
import { ReferralStatusBadge } from '../shared/referral-status';
import { INBOX, LINE_EVENTS } from './line.operations';
import { ReferralDetail } from './referral-detail';

const STATUSES: readonly ReferralStatus[] = ['REQUESTED', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'REJECTED', 'CANCELLED', 'FAILED'];
const URGENCIES: readonly Urgency[] = ['LIVE', 'CALLBACK', 'REGULAR'];

/** The agency's inbox: filters, the list, and the chosen referral beside it. */
export function LinePage() {
  const { t, language } = useLanguage();
  const { account } = useSignedIn();
  const agency = account.agencyCode!;
  const [status, setStatus] = useState<ReferralStatus[]>([]);
  const [urgency, setUrgency] = useState<Urgency[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const { data, error, refetch } = useQuery(INBOX, {
    variables: { agency, status: status.length ? status : null, urgency: urgency.length ? urgency : null },
  });
  const referrals = data?.inbox.edges.map((e) => e.node) ?? [];
  useSubscription(LINE_EVENTS, {
    onData: ({ data: event }) => {
      const payload = event.data?.lineEvents;
      if (!payload) return;
      // The event already updated a listed referral in the cache; refetch only when the list itself may change.
      const listed = referrals.some((r) => r.id === payload.referralId);
      if (!listed || status.length > 0) void refetch();
      if (payload.toStatus === 'RECEIVED') setAnnouncement(t.line.arrived(payload.referral.reference));
    },
  });
  const title = t.line.title(agency);
  return (
    <AppShell title={title}>
      <Heading1>{title}</Heading1>
      <div className="ll-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      <div className="ll-line">
        <section aria-labelledby="filters" className="ll-filters">
          <Heading2 id="filters">{t.line.filters}</Heading2>
          <CheckboxGroup legend={t.line.statusFilter} options={STATUSES.map((s) => ({ value: s, label: t.status[s] }))} value={status} onChange={setStatus} />
          <CheckboxGroup legend={t.line.urgencyFilter} options={URGENCIES.map((u) => ({ value: u, label: t.urgency[u] }))} value={urgency} onChange={setUrgency} />
          {(status.length > 0 || urgency.length > 0) && (
            <Button appearance="subtle-button" onClick={() => (setStatus([]), setUrgency([]))}>
              {t.line.clearFilters}
            </Button>
          )}
        </section>
        <section aria-labelledby="inbox" className="ll-inbox">
          <Heading2 id="inbox">{t.line.inbox}</Heading2>
          {error && (
            <Alert type="error">
              <Paragraph>{errorMessage(error, t)}</Paragraph>
            </Alert>
          )}
          {data && referrals.length === 0 && <Paragraph>{t.line.inboxEmpty}</Paragraph>}
          {referrals.length > 0 && (
            <Table>
              <TableCaption className="ll-visually-hidden">{t.line.inbox}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t.line.columns.reference}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.line.columns.topic}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.line.columns.urgency}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.line.columns.status}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t.line.columns.submitted}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {referrals.map((r) => (
                  <TableRow key={r.id} data-referral={r.reference} className={r.id === selected ? 'll-row--selected' : undefined}>
                    <TableCell>
                      <Button
                        appearance="subtle-button"
                        aria-pressed={r.id === selected}
                        aria-label={t.line.open(r.reference)}
                        onClick={() => setSelected(r.id)}
                      >
                        {r.reference}
                      </Button>
                    </TableCell>
                    <TableCell>{r.topic.name}</TableCell>
                    <TableCell>{t.urgency[r.urgency]}</TableCell>
                    <TableCell>
                      <ReferralStatusBadge status={r.status} />
                    </TableCell>
                    <TableCell>{r.submittedAt ? formatTime(r.submittedAt, language) : '—'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          {data?.inbox.pageInfo.hasNextPage && <Paragraph>{t.line.more}</Paragraph>}
        </section>
        <section aria-label={t.line.detail} className="ll-detail-pane">
          {selected ? (
            <ReferralDetail
              key={selected}
              id={selected}
              onMoved={(reference, next) => {
                setAnnouncement(t.line.done(reference, t.status[next]));
                void refetch();
              }}
            />
          ) : (
            <Paragraph>{t.line.chooseReferral}</Paragraph>
          )}
        </section>
      </div>
    </AppShell>
  );
}
