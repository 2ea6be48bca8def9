import { useQuery, useSubscription } from '@apollo/client/react';
import { Alert, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { errorMessage } from '../api/error-message';
import { useLanguage } from '../i18n/language';
import { formatTime } from '../shared/format';
import { useNow } from '../shared/use-now';
import { OPEN_VISITS, SERVICE_POINT_EVENTS } from './desk.operations';
import { ReferralRow } from './referral-row';
import type { Notify } from './desk-notice';
import { NewestSeen } from '../shared/newest-seen';
import { VisitActions } from './visit-actions';

/** How often the board asks while a referral is on its way to an agency. */
const DELIVERY_POLL_MS = 10_000;

/**
 * This service point's open visits. Each event carries the referral as it is now, so Apollo's
 * cache updates the row in place; an event for a referral not on the board yet (a colleague's new
 * visit) refetches the list.
 */
export function VisitBoard({ notify }: { notify: Notify }) {
  const { t, language } = useLanguage();
  const now = useNow();
  const [announcement, setAnnouncement] = useState('');
  const { data, error, refetch, startPolling, stopPolling } = useQuery(OPEN_VISITS);
  const visits = data?.visits.edges.map((e) => e.node) ?? [];
  const seen = useRef(new NewestSeen());
  useSubscription(SERVICE_POINT_EVENTS, {
    onData: ({ data: event }) => {
      const payload = event.data?.servicePointEvents;
      if (!payload) return;
      seen.current.saw(payload.referral.id, payload.referral.version);
      const known = visits.some((v) => v.referrals.some((r) => r.id === payload.referralId));
      if (!known) void refetch();
      const r = payload.referral;
      setAnnouncement(t.desk.live(r.reference, r.agency.name, t.status[r.status]));
    },
  });
  // While a referral waits to be delivered (normally milliseconds; longer while a line is down) the board
  // also asks now and then, so a live event it missed (a socket that was reconnecting) cannot leave the
  // desk looking at "Verstuurd" after the agency has it.
  const delivering = visits.some((v) => v.referrals.some((r) => r.status === 'REQUESTED'));
  useEffect(() => {
    if (!delivering) return;
    startPolling(DELIVERY_POLL_MS);
    return () => stopPolling();
  }, [delivering, startPolling, stopPolling]);
  // A list answer older than an event (it was read before the event's change) is fetched again.
  useEffect(() => {
    if (data && seen.current.behind(data.visits.edges.flatMap((e) => e.node.referrals))) void refetch();
  }, [data, refetch]);
  return (
    <section aria-labelledby="board" className="ll-section">
      <Heading2 id="board">{t.desk.board}</Heading2>
      <Paragraph>{t.desk.boardIntro}</Paragraph>
      <div className="ll-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {error && (
        <Alert type="error">
          <Paragraph>{errorMessage(error, t)}</Paragraph>
        </Alert>
      )}
      {data && visits.length === 0 && <Paragraph>{t.desk.boardEmpty}</Paragraph>}
      <ul className="ll-board">
        {visits.map((visit) => (
          <li key={visit.id} className="ll-visit">
            <article aria-labelledby={`visit-${visit.id}`}>
              <Heading3 id={`visit-${visit.id}`}>{t.desk.visitOf(visit.citizen?.name || t.desk.anonymous)}</Heading3>
              <Paragraph className="ll-visit__meta">
                {t.channel[visit.channel]} · {t.desk.openedAt(formatTime(visit.openedAt, language))}
              </Paragraph>
              <UnorderedList className="ll-visit__questions">
                {visit.questions.map((q, i) => (
                  <UnorderedListItem key={i}>{q}</UnorderedListItem>
                ))}
              </UnorderedList>
              <ul className="ll-referrals">
                {visit.referrals.map((referral) => (
                  <ReferralRow key={referral.id} referral={referral} now={now} />
                ))}
              </ul>
              <VisitActions visitId={visit.id} label={t.desk.visitOf(visit.citizen?.name || t.desk.anonymous)} referrals={visit.referrals} notify={notify} />
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
