import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import {
  Alert,
  Button,
  ButtonGroup,
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
import { currentDeadline } from '../desk/pickup-watch';
import { CheckboxGroup } from '../shared/fields';
import { formatTime } from '../shared/format';
import { ReferralStatusBadge } from '../shared/referral-status';
import { useNow } from '../shared/use-now';
import { INBOX, LINE_EVENTS, OVERDUE, TAKE_NEXT } from './line.operations';
import { Deadline } from './deadline';
import { Escalations } from './escalations';
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
  const [overdueOnly, setOverdueOnly] = useState<'OVERDUE'[]>([]);
  const [nothingWaiting, setNothingWaiting] = useState(false);
  const coordinator = account.role === 'AGENCY_COORDINATOR';
  const now = useNow();
  const showOverdue = coordinator && overdueOnly.length > 0;
  const inbox = useQuery(INBOX, {
    variables: { agency, status: status.length ? status : null, urgency: urgency.length ? urgency : null },
    skip: showOverdue,
  });
  // The hub's own list of referrals past a deadline now, most overdue first.
  const overdue = useQuery(OVERDUE, { variables: { agency }, skip: !showOverdue, fetchPolicy: 'network-only' });
  const { data, error, refetch } = showOverdue
    ? { data: overdue.data && { inbox: overdue.data.overdueReferrals }, error: overdue.error, refetch: overdue.refetch }
    : inbox;
  const referrals = data?.inbox.edges.map((e) => e.node) ?? [];
  const [takeNext, taking] = useMutation(TAKE_NEXT);

  async function takeNextReferral() {
    setNothingWaiting(false);
    const taken = (await takeNext()).data?.takeNextReferral;
    if (!taken) return setNothingWaiting(true);
    setSelected(taken.id);
    setAnnouncement(t.line.taken(taken.reference));
    void refetch();
  }
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
      {coordinator && <Escalations onOpen={setSelected} onArrived={setAnnouncement} />}
      <div className="ll-line">
        <section aria-labelledby="filters" className="ll-filters">
          <Heading2 id="filters">{t.line.filters}</Heading2>
          <CheckboxGroup legend={t.line.statusFilter} options={STATUSES.map((s) => ({ value: s, label: t.status[s] }))} value={status} onChange={setStatus} />
          <CheckboxGroup legend={t.line.urgencyFilter} options={URGENCIES.map((u) => ({ value: u, label: t.urgency[u] }))} value={urgency} onChange={setUrgency} />
          {coordinator && (
            <CheckboxGroup legend={t.line.overdueFilter} options={[{ value: 'OVERDUE' as const, label: t.line.overdueOnly }]} value={overdueOnly} onChange={setOverdueOnly} />
          )}
          {(status.length > 0 || urgency.length > 0 || overdueOnly.length > 0) && (
            <Button appearance="subtle-button" onClick={() => (setStatus([]), setUrgency([]), setOverdueOnly([]))}>
              {t.line.clearFilters}
            </Button>
          )}
        </section>
        <section aria-labelledby="inbox" className="ll-inbox">
          <Heading2 id="inbox">{showOverdue ? t.line.overdueTitle : t.line.inbox}</Heading2>
          <ButtonGroup>
            <Button appearance="primary-action-button" disabled={taking.loading} onClick={() => void takeNextReferral().catch((err) => setAnnouncement(errorMessage(err, t)))}>
              {t.line.takeNext}
            </Button>
          </ButtonGroup>
          {nothingWaiting && <Paragraph role="status">{t.line.nothingWaiting}</Paragraph>}
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
                  <TableHeaderCell scope="col">{t.line.columns.deadline}</TableHeaderCell>
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
                    <TableCell>
                      <Deadline due={currentDeadline(r)} now={now} />
                    </TableCell>
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
