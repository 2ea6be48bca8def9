import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { Alert, Button, ButtonGroup, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/error-message';
import { useSignedIn } from '../api/session-context';
import type { ReferralStatus } from '../gql/graphql';
import { useLanguage } from '../i18n/language';
import { LINE_WORDS } from '../i18n/line-words';
import { AppShell } from '../layout/app-shell';
import { AgencyAbbr } from '../shared/agency-abbr';
import { NewestSeen } from '../shared/newest-seen';
import { useNow } from '../shared/use-now';
import { Escalations } from './escalations';
import { type InboxFilter, InboxFilters, NO_FILTER } from './inbox-filters';
import { InboxTable } from './inbox-table';
import { INBOX, LINE_EVENTS, LINE_STAFF, OVERDUE, TAKE_NEXT } from './line.operations';
import { ReferralDetail } from './referral-detail';

/** The agency's inbox: filters, the list in work order, and the chosen referral beside it. */
export function LinePage() {
  const { t, language } = useLanguage();
  const words = LINE_WORDS[language];
  const { account } = useSignedIn();
  const agency = account.agencyCode!;
  const [filter, setFilter] = useState<InboxFilter>(NO_FILTER);
  const [selected, setSelected] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [nothingWaiting, setNothingWaiting] = useState(false);
  const coordinator = account.role === 'AGENCY_COORDINATOR';
  const now = useNow();
  const showOverdue = coordinator && filter.overdueOnly;
  const staff = useQuery(LINE_STAFF);
  const inbox = useQuery(INBOX, {
    variables: { agency, status: filter.status.length ? filter.status : null, urgency: filter.urgency.length ? filter.urgency : null, handler: filter.handler || null },
    skip: showOverdue,
  });
  // The hub's own list of referrals past a deadline now, by the same rule as every deadline shown.
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
  const seen = useRef(new NewestSeen());
  // A list answer older than an event (it was read before the event's change) is fetched again.
  useEffect(() => {
    if (data && seen.current.behind(data.inbox.edges.map((e) => e.node))) void refetch();
  }, [data, refetch]);
  useSubscription(LINE_EVENTS, {
    onData: ({ data: event }) => {
      const payload = event.data?.lineEvents;
      if (!payload) return;
      seen.current.saw(payload.referral.id, payload.referral.version);
      // The event already updated a listed referral in the cache; refetch when the list itself may change.
      const listed = referrals.some((r) => r.id === payload.referralId);
      if (!listed || filter.status.length > 0 || filter.handler !== '' || payload.type === 'REASSIGNED') void refetch();
      if (payload.toStatus === 'RECEIVED' && payload.type === 'RECEIVE') setAnnouncement(t.line.arrived(payload.referral.reference));
      const handler = payload.referral.assignee?.displayName;
      if (payload.type === 'REASSIGNED' && payload.referralId === selected && handler) setAnnouncement(words.handlerChanged(payload.referral.reference, handler));
    },
  });
  return (
    <AppShell title={t.line.title(agency)}>
      <Heading1>
        {words.lineOf} <AgencyAbbr code={agency} />
      </Heading1>
      <div className="ll-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {coordinator && <Escalations onOpen={setSelected} onArrived={setAnnouncement} />}
      <div className="ll-line">
        <InboxFilters value={filter} onChange={setFilter} myId={account.id} staff={staff.data?.lineStaff ?? []} coordinator={coordinator} />
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
          {referrals.length > 0 && <InboxTable referrals={referrals} selected={selected} now={now} onOpen={setSelected} />}
          {data?.inbox.pageInfo.hasNextPage && <Paragraph>{t.line.more}</Paragraph>}
        </section>
        <section aria-label={t.line.detail} className="ll-detail-pane">
          {selected ? (
            <ReferralDetail
              key={selected}
              id={selected}
              now={now}
              onMoved={(reference: string, next: ReferralStatus) => {
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
