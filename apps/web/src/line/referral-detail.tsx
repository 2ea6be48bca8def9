import { useQuery } from '@apollo/client/react';
import { mayActOnCase, mayTakeOver } from '@domain/access/case-handler.js';
import type { Role } from '@domain/catalogue/role.js';
import type { AgencyCode } from '@domain/catalogue/agency-code.js';
import { Alert, DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { errorMessage } from '../api/error-message';
import { useSignedIn } from '../api/session-context';
import type { ReferralStatus } from '../gql/graphql';
import { useLanguage } from '../i18n/language';
import { LINE_WORDS } from '../i18n/line-words';
import { DeadlineText } from '../shared/deadline-text';
import { formatDateTime, formatMoment } from '../shared/format';
import { ReferralStatusBadge } from '../shared/referral-status';
import { Timeline } from '../shared/timeline';
import { REFERRAL_DETAIL } from './line.operations';
import { ReferralActions } from './referral-actions';

/** One referral as the agency may see it: only the citizen details the citizen consented to. Opening it brings it into view with focus. */
export function ReferralDetail({ id, now, onMoved }: { id: string; now: number; onMoved: (reference: string, status: ReferralStatus) => void }) {
  const { t, language } = useLanguage();
  const words = LINE_WORDS[language];
  const { account } = useSignedIn();
  const { data, error } = useQuery(REFERRAL_DETAIL, { variables: { id } });
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = data?.referral != null;
  useEffect(() => {
    if (!loaded) return;
    heading.current?.scrollIntoView({ block: 'start' });
    heading.current?.focus();
  }, [id, loaded]);
  if (error) {
    return (
      <Alert type="error">
        <Paragraph>{errorMessage(error, t)}</Paragraph>
      </Alert>
    );
  }
  const referral = data?.referral;
  if (!referral) return null;
  const citizen = referral.citizen;
  // The hub enforces who has the case; this only hides buttons that would be refused (docs/decisions/0008).
  const actor = { accountId: account.id, role: account.role as Role, agencyCode: account.agencyCode as AgencyCode | null, servicePointId: account.servicePointId ?? null };
  const handled = { agencyCode: referral.agencyCode as AgencyCode, assignedTo: referral.assignee?.id ?? null };
  const live = referral.urgency === 'LIVE' && !referral.closedAt;
  const rows = citizen
    ? ([
        [t.desk.name, citizen.name],
        [t.desk.phone, citizen.phone],
        [t.desk.email, citizen.email],
        [t.desk.bsn, citizen.bsn],
      ] as const).filter(([, value]) => value)
    : [];
  return (
    <article aria-labelledby="detail" className="ll-detail">
      <Heading2 id="detail" ref={heading} tabIndex={-1} className="ll-detail__heading">
        {t.line.detail} {referral.reference}
      </Heading2>
      <Paragraph>
        {referral.topic.name} · {t.urgency[referral.urgency]} · <ReferralStatusBadge status={referral.status} />
        {referral.failReasonCode ? ` · ${t.failReason[referral.failReasonCode]}` : ''}
      </Paragraph>
      <Paragraph>
        <DeadlineText deadline={referral.deadlineState} now={now} />
        {referral.submittedAt && ` · ${words.sent(formatMoment(referral.submittedAt, language, now))}`}
      </Paragraph>
      {live && (
        <Alert type="info">
          <Paragraph className="ll-live-contact">
            <strong>{words.live}.</strong> {words.liveContact(referral.servicePoint.name, referral.servicePoint.address)}
          </Paragraph>
        </Alert>
      )}
      <Paragraph data-handler>
        {words.handlerColumn}: {referral.assignee?.displayName ?? words.nobody}
      </Paragraph>
      <Heading3>{t.line.question}</Heading3>
      <Paragraph>{referral.summary ?? t.line.noQuestion}</Paragraph>
      <Heading3>{t.line.citizen}</Heading3>
      {rows.length === 0 ? (
        <Paragraph>{t.line.noCitizen}</Paragraph>
      ) : (
        <DataList>
          {rows.map(([key, value]) => (
            <DataListItem key={key}>
              <DataListKey>{key}</DataListKey>
              <DataListValue value={value ?? ''}>{value}</DataListValue>
            </DataListItem>
          ))}
        </DataList>
      )}
      {referral.consent && (
        <>
          <Heading3>{t.line.consent}</Heading3>
          <Paragraph>
            {referral.consent.categories.map((c) => t.dataCategory[c]).join(', ') || '—'} ·{' '}
            {t.line.consentRecorded(t.consentMethod[referral.consent.method], formatDateTime(referral.consent.recordedAt, language))}
          </Paragraph>
        </>
      )}
      {referral.outcome && (
        <>
          <Heading3>{t.line.outcome}</Heading3>
          <Paragraph>{referral.outcome}</Paragraph>
        </>
      )}
      {referral.appointment && (
        <>
          <Heading3>{t.schedule.kinds[referral.appointment.kind]}</Heading3>
          <Paragraph>
            {formatDateTime(referral.appointment.startsAt, language)}
            {referral.appointment.endsAt ? ` – ${formatDateTime(referral.appointment.endsAt, language)}` : ''} · {t.schedule.channels[referral.appointment.channel]}
            {referral.appointment.place ? ` · ${referral.appointment.place}` : ''}
          </Paragraph>
        </>
      )}
      {referral.whatToBring.length > 0 && (
        <>
          <Heading3>{t.desk.whatToBring}</Heading3>
          <UnorderedList>
            {referral.whatToBring.map((item) => (
              <UnorderedListItem key={item}>{item}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      <ReferralActions
        referral={referral}
        consent={referral.consent ?? null}
        rejectReasons={referral.agency.rejectReasons}
        failReasons={referral.agency.failReasons}
        whatToBring={referral.whatToBring}
        coordinator={account.role === 'AGENCY_COORDINATOR'}
        assignee={referral.assignee ?? null}
        mayAct={mayActOnCase(actor, handled)}
        mayTakeOver={mayTakeOver(actor, handled)}
        scheduled={referral.appointment != null}
        onMoved={(status) => onMoved(referral.reference, status)}
      />
      <Heading3>{t.desk.timeline}</Heading3>
      <Timeline events={referral.timeline} />
    </article>
  );
}
